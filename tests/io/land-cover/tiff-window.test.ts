import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { WGS84 } from '../../../src/io/dem/dem-tile';
import { areaWindow, readSize, windowPlace, type RasterPlace } from '../../../src/io/land-cover/tiff-window';

/** A WorldCover tile: 3° × 3° at 1/12 000°, pixel (0, 0)'s centre half a pixel inside 105°E, 15°N. */
const STEP = 1 / 12_000;
const TILE: RasterPlace = { x0: 105 + STEP / 2, y0: 15 - STEP / 2, dx: STEP, dy: STEP, width: 36_000, height: 36_000 };

describe('the raster window over a planning area', () => {
  it('takes the area\'s pixels with a two-pixel margin, and reads a 10 m tile at a quarter of a 100 m cell', () => {
    const w = areaWindow([107.2, 12.0, 107.4, 12.2], WGS84, TILE);
    // 107.2°E is 26 400 pixels east of 105°E, i.e. 26 399.5 pixel centres on: floor − 2; the south edge is the tile's
    expect(w).toEqual({ col0: 26_397, row0: 33_597, col1: 28_803, row1: 36_000 });
    const size = readSize(w ?? { col0: 0, row0: 0, col1: 1, row1: 1 }, 9.1, 100);
    expect(size.width).toBe(Math.round(2406 / (25 / 9.1)));
    expect(areaWindow([100, 20, 101, 21], WGS84, TILE)).toBeNull();
  });

  it('places the window read smaller so its pixels cover the same ground', () => {
    const w = { col0: 100, row0: 200, col1: 300, row1: 400 };
    const p = windowPlace(TILE, w, { width: 50, height: 50 });
    // the window's west edge and north edge are where the tile's pixel 100 and row 200 begin
    expect(p.x0 - p.dx / 2).toBeCloseTo(TILE.x0 - TILE.dx / 2 + 100 * STEP, 12);
    expect(p.y0 + p.dy / 2).toBeCloseTo(TILE.y0 + TILE.dy / 2 - 200 * STEP, 12);
    expect(p.dx).toBeCloseTo(4 * STEP, 15);
  });

  it('finds the window of a projected raster from the area\'s edges', () => {
    const utm = '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs';
    const [e0 = 0, n0 = 0] = proj4('WGS84', utm).forward([107.0, 12.5]);
    const place: RasterPlace = { x0: e0 + 5, y0: n0 - 5, dx: 10, dy: 10, width: 10_000, height: 10_000 };
    const w = areaWindow([107.1, 12.3, 107.2, 12.4], { epsg: 32648, proj4: utm }, place);
    // 0.1° is ~10.9 km east–west and ~11.1 km north–south here: about 1 090 × 1 110 pixels of 10 m, plus margins
    expect((w?.col1 ?? 0) - (w?.col0 ?? 0)).toBeGreaterThan(1090);
    expect((w?.col1 ?? 0) - (w?.col0 ?? 0)).toBeLessThan(1120);
    expect((w?.row1 ?? 0) - (w?.row0 ?? 0)).toBeGreaterThan(1100);
    expect((w?.row1 ?? 0) - (w?.row0 ?? 0)).toBeLessThan(1130);
  });
});
