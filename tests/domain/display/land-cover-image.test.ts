import { describe, expect, it } from 'vitest';
import { landCoverImage } from '../../../src/domain/display/land-cover-image';
import { LAND_COVER_COLOURS } from '../../../src/domain/display/land-cover-palette';
import { createGrid } from '../../../src/domain/grid/equal-area-grid';
import { landCoverCode } from '../../../src/domain/model/land-cover';

describe('land-cover map image', () => {
  it('paints each class in its colour, leaves unknown cells transparent, and samples a large grid down', () => {
    const grid = createGrid([107.5, 12.0, 107.52, 12.02], 100);
    const classes = new Uint8Array(grid.nx * grid.ny).fill(landCoverCode('forest'));
    classes.fill(0, 0, grid.nx);
    const image = landCoverImage({ grid, classes });
    expect([image.width, image.height]).toEqual([grid.nx, grid.ny]);
    expect([...image.rgba.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    const last = (grid.nx * grid.ny - 1) * 4;
    expect([...image.rgba.subarray(last, last + 3)]).toEqual([...LAND_COVER_COLOURS.forest]);
    expect(image.rgba[last + 3]).toBeGreaterThan(0);
    const small = landCoverImage({ grid, classes }, 8);
    expect(Math.max(small.width, small.height)).toBeLessThanOrEqual(8);
  });
});
