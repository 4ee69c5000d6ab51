import { describe, expect, it } from 'vitest';
import { hillshadeImage, hillshadeValues } from '../../../src/domain/display/hillshade';
import { createGrid, type GridSpec } from '../../../src/domain/grid/equal-area-grid';
import { NO_ELEVATION, type TerrainGrid } from '../../../src/domain/terrain/terrain-grid';

const grid: GridSpec = createGrid([107.5, 12, 107.52, 12.02], 50, 0);
const { nx, ny } = grid;
const terrain = (f: (row: number, col: number) => number): TerrainGrid => {
  const heights = new Int16Array(nx * ny);
  for (let r = 0; r < ny; r++) for (let c = 0; c < nx; c++) heights[r * nx + c] = Math.round(f(r, c));
  return { grid, heights };
};
const pixel = (img: { width: number; rgba: Uint8ClampedArray }, row: number, col: number): number[] =>
  Array.from(img.rgba.slice((row * img.width + col) * 4, (row * img.width + col) * 4 + 4));
const mid = [Math.floor(ny / 2), Math.floor(nx / 2)] as const;

describe('hillshadeImage (Horn)', () => {
  it('shades a flat grid uniformly: transparent as an overlay, sin(altitude) grey as an image', () => {
    const flat = terrain(() => 600);
    const overlay = hillshadeImage(flat);
    expect(overlay.width).toBe(nx);
    expect(overlay.height).toBe(ny);
    expect(overlay.rgba.every((v) => v === 0)).toBe(true);
    const grey = hillshadeImage(flat, { style: 'grey' });
    const first = pixel(grey, 0, 0);
    expect(first).toEqual([180, 180, 180, 255]);
    for (let i = 0; i < grey.rgba.length; i += 4) expect(Array.from(grey.rgba.slice(i, i + 4))).toEqual(first);
    const b = overlay.bounds;
    expect(b[0]).toBeCloseTo(107.5, 3);
    expect(b[3]).toBeCloseTo(12.02, 3);
  });

  it('is brighter on a plane tilted towards the light (north-west) than on one tilted away', () => {
    // Rising to the south-east faces the north-west light; rising to the north-west faces away.
    const towards = terrain((r, c) => 300 + 10 * (r + c));
    const away = terrain((r, c) => 300 + 10 * (2 * ny - r - c));
    const gTowards = pixel(hillshadeImage(towards, { style: 'grey' }), mid[0], mid[1]);
    const gAway = pixel(hillshadeImage(away, { style: 'grey' }), mid[0], mid[1]);
    const gFlat = 180;
    expect(gTowards[0]).toBeGreaterThan(gFlat);
    expect(gAway[0]).toBeLessThan(gFlat);
    // 14.1 m per 50 m cell along the light: slope 15.8°, facing it: cos(45° − 15.8°) ≈ 0.873.
    expect((gTowards[0] ?? 0) / 255).toBeCloseTo(Math.cos(((45 - (Math.atan(Math.SQRT2 * 10 / 50) * 180) / Math.PI) * Math.PI) / 180), 2);
    // As an overlay: white light on the lit plane, black shadow on the other.
    const oTowards = pixel(hillshadeImage(towards), mid[0], mid[1]);
    const oAway = pixel(hillshadeImage(away), mid[0], mid[1]);
    expect(oTowards.slice(0, 3)).toEqual([255, 255, 255]);
    expect(oTowards[3]).toBeGreaterThan(0);
    expect(oAway.slice(0, 3)).toEqual([0, 0, 0]);
    expect(oAway[3]).toBeGreaterThan(0);
    // The light's direction matters: lit from the south-east the two swap.
    const se = pixel(hillshadeImage(towards, { style: 'grey', azimuthDeg: 135 }), mid[0], mid[1]);
    expect(se[0]).toBeLessThan(gFlat);
    // So does the vertical exaggeration.
    const steeper = pixel(hillshadeImage(away, { style: 'grey', zFactor: 2 }), mid[0], mid[1]);
    expect(steeper[0]).toBeLessThan(gAway[0] ?? 0);
  });

  it('leaves unknown cells transparent and does not let them shade their neighbours', () => {
    const t = terrain(() => 500);
    const hole = mid[0] * nx + mid[1];
    t.heights[hole] = NO_ELEVATION;
    const img = hillshadeImage(t, { style: 'grey' });
    expect(pixel(img, mid[0], mid[1])[3]).toBe(0);
    expect(pixel(img, mid[0], mid[1] + 1)).toEqual([180, 180, 180, 255]);
    expect(pixel(img, mid[0] - 1, mid[1] - 1)).toEqual([180, 180, 180, 255]);
    const values = hillshadeValues(grid, Float32Array.from(t.heights, (h) => (h === NO_ELEVATION ? Number.NaN : h)));
    expect(Number.isNaN(values[hole] ?? 0)).toBe(true);
  });

  it('averages a large grid down to at most maxSide pixels a side', () => {
    const t = terrain((r, c) => 400 + 5 * c + 3 * r);
    const img = hillshadeImage(t, { maxSide: 16 });
    expect(Math.max(img.width, img.height)).toBeLessThanOrEqual(16);
    expect(img.rgba.length).toBe(img.width * img.height * 4);
    const k = Math.ceil(Math.max(nx, ny) / 16);
    expect(img.width).toBe(Math.ceil(nx / k));
    // An averaged plane is still the same plane: one uniform shade inside.
    expect(pixel(img, 2, 2)).toEqual(pixel(img, img.height - 3, img.width - 3));
  });
});
