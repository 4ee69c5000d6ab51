/**
 * Lines as plain triangles: each segment a quad as wide on screen as the line at a zoom, dashes cut along the line.
 * Software WebGL (SwiftShader) runs an instanced draw once per instance, and deck.gl's PathLayer draws one instance a
 * segment: the demo's 2,023 fibre segments cost every frame 60–90 ms. The same quads in one non-instanced draw
 * (a SolidPolygonLayer) cost a few. Widths are exact at the zoom they are cut for; the map cuts them again as it
 * zooms (see ribbonZoom).
 */
import type { DrawnPath } from './paths-for-view';
import { mercatorLngLat, mercatorXY } from '../print/atlas';

export interface Ribbon<T> {
  item: T;
  /** Four corners, lon/lat. */
  polygon: [number, number][];
}

export interface RibbonStyle {
  widthPx: number;
  /** Dash and gap lengths in line widths (as deck.gl's PathStyleExtension reads them); none: solid. */
  dash?: readonly [number, number] | null;
  /**
   * Square ends half a width long, so the corners of an opaque solid line close (a translucent one would darken
   * them). Not on dashes: it would lengthen each dash by a width.
   */
  squareEnds?: boolean;
}

const WORLD_PX = 512;

/** The zoom ribbons are cut for: quarter steps, so a wheel step cuts them again and a pan does not. */
export const ribbonZoom = (zoom: number): number => Math.round(zoom * 4) / 4;

const fromPx = (x: number, y: number, scale: number): [number, number] => mercatorLngLat(x / scale, y / scale);
const toPx = (lon: number, lat: number, scale: number): [number, number] => {
  const [x, y] = mercatorXY(lon, lat);
  return [x * scale, y * scale];
};

export function lineRibbons<T>(paths: readonly DrawnPath<T>[], zoom: number, style: (item: T) => RibbonStyle): Ribbon<T>[] {
  const scale = WORLD_PX * 2 ** zoom;
  const out: Ribbon<T>[] = [];
  for (const path of paths) {
    const { widthPx, dash, squareEnds } = style(path.item);
    const half = widthPx / 2;
    const on = dash ? dash[0] * widthPx : Infinity;
    const period = dash ? (dash[0] + dash[1]) * widthPx : Infinity;
    const points = path.coordinates.map((c) => toPx(c[0], c[1], scale));
    let along = 0;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (!a || !b) continue;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const length = Math.hypot(dx, dy);
      if (length === 0) continue;
      const ux = dx / length;
      const uy = dy / length;
      const quad = (from: number, to: number): void => {
        const s = squareEnds && !dash ? from - half : from;
        const e = squareEnds && !dash ? to + half : to;
        const [sx, sy] = [a[0] + ux * s, a[1] + uy * s];
        const [ex, ey] = [a[0] + ux * e, a[1] + uy * e];
        const [nx, ny] = [-uy * half, ux * half];
        out.push({
          item: path.item,
          polygon: [fromPx(sx + nx, sy + ny, scale), fromPx(ex + nx, ey + ny, scale), fromPx(ex - nx, ey - ny, scale), fromPx(sx - nx, sy - ny, scale)],
        });
      };
      if (!dash) quad(0, length);
      else {
        // The dash pattern runs on along the whole line, across its vertices: the dashes of the periods this
        // segment meets, clipped to it.
        for (let p = Math.floor(along / period); p * period < along + length; p++) {
          const from = Math.max(p * period, along) - along;
          const to = Math.min(p * period + on, along + length) - along;
          if (to > from) quad(from, to);
        }
      }
      along += length;
    }
  }
  return out;
}
