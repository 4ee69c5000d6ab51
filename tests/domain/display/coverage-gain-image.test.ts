import { describe, expect, it } from 'vitest';
import { createGrid } from '../../../src/domain/coverage';
import { GAIN_RGBA, LOSS_RGBA, renderGainImage } from '../../../src/domain/display/coverage-gain-image';

describe('renderGainImage (levels in hundredths of a dB)', () => {
  const grid = createGrid([107.5, 12, 107.52, 12.02], 100, 0);
  const cells = grid.nx * grid.ny;

  it('counts and colours gained and lost cells', () => {
    const a = new Int16Array(cells).fill(-20000);
    const b = new Int16Array(cells).fill(-20000);
    b[0] = -9000; // gained
    a[1] = -9000; // lost
    a[2] = -9000; b[2] = -9500; // covered in both
    const img = renderGainImage(grid, a, b, -105);
    expect(img.gainedCells).toBe(1);
    expect(img.lostCells).toBe(1);
    const colours = new Set<string>();
    for (let i = 0; i < img.rgba.length; i += 4) if ((img.rgba[i + 3] ?? 0) > 0) colours.add(String([...img.rgba.slice(i, i + 4)]));
    expect(colours.has(String(GAIN_RGBA))).toBe(true);
    expect(colours.has(String(LOSS_RGBA))).toBe(true);
  });

  it('is all transparent when nothing is covered in either', () => {
    const none = new Int16Array(cells).fill(-20000);
    const img = renderGainImage(grid, none, none, -105);
    expect(img.rgba.every((v) => v === 0)).toBe(true);
  });
});
