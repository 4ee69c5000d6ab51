/**
 * Lines (roads, fibre) as the map draws them at a zoom: simplified to half a screen pixel (turf.simplify) and only
 * those whose box meets the view. Software WebGL pays for every drawn segment at every frame; at province zoom two
 * thirds of the demo's segments are shorter than a pixel.
 */
import * as turf from '@turf/turf';
import type { LngLat } from '../model/types';

export interface DrawnPath<T> {
  item: T;
  coordinates: LngLat[];
}

/** [west, south, east, north] in degrees. */
export type ViewBox = readonly [number, number, number, number];

/** Simplification tolerance: half a pixel of the 512-pixel Web Mercator world at the zoom, in degrees. */
export const toleranceDeg = (zoom: number): number => (0.5 * 360) / (512 * 2 ** zoom);

/** Each line simplified for one whole zoom level (the tolerance of the level's lower end). */
export function simplifiedPaths<T extends { coordinates: readonly (readonly number[])[] }>(items: readonly T[], zoomLevel: number): DrawnPath<T>[] {
  const tolerance = toleranceDeg(zoomLevel);
  return items.map((item) => {
    const coordinates = item.coordinates.map((c): LngLat => [c[0] ?? 0, c[1] ?? 0]);
    if (coordinates.length < 3) return { item, coordinates };
    const simple = turf.simplify(turf.lineString(coordinates.map((c) => [c[0], c[1]])), { tolerance, highQuality: false, mutate: true });
    return { item, coordinates: simple.geometry.coordinates.map((c): LngLat => [c[0] ?? 0, c[1] ?? 0]) };
  });
}

/** The paths whose bounding box meets `view` widened by its own size on every side. */
export function pathsInView<T>(paths: readonly DrawnPath<T>[], boxes: Float64Array, view: ViewBox): DrawnPath<T>[] {
  const [w, s, e, n] = view;
  const dx = e - w;
  const dy = n - s;
  return paths.filter((_, i) => {
    const o = i * 4;
    return (boxes[o] ?? 0) <= e + dx && (boxes[o + 2] ?? 0) >= w - dx && (boxes[o + 1] ?? 0) <= n + dy && (boxes[o + 3] ?? 0) >= s - dy;
  });
}

/** [west, south, east, north] of each path, four numbers a path. */
export function pathBoxes<T>(paths: readonly DrawnPath<T>[]): Float64Array {
  const boxes = new Float64Array(paths.length * 4);
  paths.forEach((p, i) => {
    let w = Infinity;
    let s = Infinity;
    let e = -Infinity;
    let n = -Infinity;
    for (const [x, y] of p.coordinates) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    boxes.set([w, s, e, n], i * 4);
  });
  return boxes;
}
