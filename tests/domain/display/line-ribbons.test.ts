import { describe, expect, it } from 'vitest';
import { lineRibbons, ribbonZoom } from '../../../src/domain/display/line-ribbons';
import type { DrawnPath } from '../../../src/domain/display/paths-for-view';

/** Web Mercator pixels of the 512-pixel world at a zoom, worked from the formula (y down). */
const px = (lon: number, lat: number, zoom: number): [number, number] => {
  const scale = 512 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * scale, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * scale];
};
const dist = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** A line east from (107.7°E, 12°N) that is `lengthPx` long on screen at the zoom, optionally turning north. */
function line(zoom: number, lengthPx: number, northPx = 0): DrawnPath<string> {
  const degPerPx = 360 / (512 * 2 ** zoom);
  const start: [number, number] = [107.7, 12];
  const corner: [number, number] = [107.7 + lengthPx * degPerPx, 12];
  const coordinates: [number, number][] = [start, corner];
  if (northPx > 0) {
    // 1 px of Mercator y at 12°N is cos(12°) of a longitude pixel in latitude degrees (to within 1e-4 for 10 px)
    coordinates.push([corner[0], 12 + northPx * degPerPx * Math.cos((12 * Math.PI) / 180)]);
  }
  return { item: 'fibre', coordinates };
}

describe('lineRibbons', () => {
  it('cuts a solid segment into one quad as long as the segment and as wide on screen as the line', () => {
    const zoom = 9;
    const [quad] = lineRibbons([line(zoom, 100)], zoom, () => ({ widthPx: 3 }));
    if (!quad) throw new Error('no quad');
    const c = quad.polygon.map(([lon, lat]) => px(lon, lat, zoom));
    expect(dist(c[0]!, c[1]!)).toBeCloseTo(100, 6);
    expect(dist(c[1]!, c[2]!)).toBeCloseTo(3, 6);
    expect(dist(c[3]!, c[0]!)).toBeCloseTo(3, 6);
  });

  it('squares the ends of an opaque line by half its width', () => {
    const zoom = 11;
    const [quad] = lineRibbons([line(zoom, 40)], zoom, () => ({ widthPx: 4, squareEnds: true }));
    const c = quad!.polygon.map(([lon, lat]) => px(lon, lat, zoom));
    expect(dist(c[0]!, c[1]!)).toBeCloseTo(44, 6);
  });

  it('dashes a line in widths, as deck.gl reads [4, 3]: 8 px on and 6 px off for a 2 px line', () => {
    const zoom = 10;
    const quads = lineRibbons([line(zoom, 100)], zoom, () => ({ widthPx: 2, dash: [4, 3] }));
    // dashes start at 0, 14, …, 98; the last one is cut at the line's end (2 px of 8)
    expect(quads).toHaveLength(8);
    const lengths = quads.map((q) => q.polygon.map(([lon, lat]) => px(lon, lat, zoom))).map((c) => dist(c[0]!, c[1]!));
    expect(lengths.slice(0, 7).every((l) => Math.abs(l - 8) < 1e-6)).toBe(true);
    expect(lengths[7]).toBeCloseTo(2, 6);
  });

  it('carries the dash pattern on across a vertex instead of starting it again', () => {
    const zoom = 12;
    // 10 px east then 10 px north: the dash [0, 8] on the first leg, then [14, 20] of the pattern, on the second
    const quads = lineRibbons([line(zoom, 10, 10)], zoom, () => ({ widthPx: 2, dash: [4, 3] }));
    expect(quads).toHaveLength(2);
    const second = quads[1]!.polygon.map(([lon, lat]) => px(lon, lat, zoom));
    expect(dist(second[0]!, second[1]!)).toBeCloseTo(6, 3);
    const corner = px(107.7 + 10 * (360 / (512 * 2 ** zoom)), 12, zoom);
    // it starts 4 px up the second leg (the pattern is at 14 there), 1 px either side of the line's axis
    expect(dist(second[0]!, corner)).toBeCloseTo(Math.hypot(4, 1), 3);
  });

  it('skips repeated points and keeps lines apart by their items', () => {
    const zoom = 9;
    const a = line(zoom, 50);
    const repeated: DrawnPath<string> = { item: 'road', coordinates: [a.coordinates[0]!, a.coordinates[0]!, a.coordinates[1]!] };
    const quads = lineRibbons([a, repeated], zoom, () => ({ widthPx: 1 }));
    expect(quads.map((q) => q.item)).toEqual(['fibre', 'road']);
  });

  it('cuts again for each quarter of a zoom level', () => {
    expect(ribbonZoom(9.1)).toBe(9);
    expect(ribbonZoom(9.2)).toBe(9.25);
    expect(ribbonZoom(12.9)).toBe(13);
  });
});

describe('lineRibbons with square ends and dashes', () => {
  it('keeps each dash its own length: square ends are for solid lines only', () => {
    const zoom = 10;
    const quads = lineRibbons([line(zoom, 30)], zoom, () => ({ widthPx: 2, dash: [4, 3], squareEnds: true }));
    const c = quads[0]!.polygon.map(([lon, lat]) => px(lon, lat, zoom));
    expect(dist(c[0]!, c[1]!)).toBeCloseTo(8, 6);
  });
});
