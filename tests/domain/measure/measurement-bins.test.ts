import { describe, expect, it } from 'vitest';
import { createGrid } from '../../../src/domain/grid/equal-area-grid';
import { cellIndexAt } from '../../../src/domain/grid/equal-area-grid';
import { binMeasurements } from '../../../src/domain/measure/measurement-bins';
import { MeasurementSetBuilder } from '../../../src/domain/measure/measurement-set';
import { levelClassesFor } from '../../../src/domain/display/coverage-palette';
import { BELOW_CLASSES_RGBA, DIFF_STEPS, diffColour, differencePoints, measuredLevelPoints } from '../../../src/domain/display/measurement-image';
import { TECHNOLOGIES } from '../../../src/domain/model/types';

const grid = createGrid([107.5, 12, 107.52, 12.02], 100);

function set(samples: [number, number, number][]) {
  const b = new MeasurementSetBuilder(TECHNOLOGIES);
  for (const [lon, lat, levelDbm] of samples) b.add({ lon, lat, levelDbm });
  return b.build();
}

describe('measurements binned to the grid', () => {
  it('averages the level and the difference of the samples of each cell; samples off the grid are counted apart', () => {
    const s = set([[107.5101, 12.0101, -80], [107.5101, 12.0101, -90], [107.5151, 12.0151, -100], [106, 11, -70]]);
    const predicted = new Float32Array([-84, NaN, -110, -70]);
    const bins = binMeasurements(grid, s, predicted);
    const a = cellIndexAt(grid, 107.5101, 12.0101);
    const b = cellIndexAt(grid, 107.5151, 12.0151);
    expect([...bins.cells]).toEqual([a, b].sort((x, y) => x - y));
    const at = (cell: number) => bins.cells.indexOf(cell);
    expect(bins.count[at(a)]).toBe(2);
    expect(bins.meanLevelDbm[at(a)]).toBe(-85);
    // only the first sample of the cell has a prediction: −80 − (−84)
    expect(bins.meanDiffDb[at(a)]).toBe(4);
    expect(bins.meanDiffDb[at(b)]).toBe(10);
    expect(bins.offGrid).toBe(1);
  });

  it('gives one point per binned cell at its centre: the level on the coverage classes, the difference diverging', () => {
    const s = set([[107.5101, 12.0101, -80], [107.5151, 12.0151, -140]]);
    const bins = binMeasurements(grid, s, new Float32Array([-90, NaN]));
    const classes = levelClassesFor('4G');
    const level = measuredLevelPoints(grid, bins, classes);
    expect(level.count).toBe(2);
    const first = bins.cells[0] === cellIndexAt(grid, 107.5101, 12.0101) ? 0 : 1;
    // the centre lies in the sample's cell, within half a cell of it
    const [lon, lat] = [level.positions[first * 2] ?? 0, level.positions[first * 2 + 1] ?? 0];
    expect(cellIndexAt(grid, lon, lat)).toBe(cellIndexAt(grid, 107.5101, 12.0101));
    expect(Math.abs(lon - 107.5101) * 111_320).toBeLessThan(100);
    const colours = new Set([0, 1].map((k) => [...level.colours.subarray(k * 4, k * 4 + 4)].join()));
    expect(colours).toEqual(new Set([classes.find((c) => -80 >= c.minDbm)?.rgba.join(), BELOW_CLASSES_RGBA.join()]));
    const diff = differencePoints(grid, bins);
    // +10 dB: the strongest step; the second cell has no prediction and is left out
    expect(diff.count).toBe(1);
    expect([...diff.colours]).toEqual(DIFF_STEPS[0]?.rgba);
    expect(diffColour(0)).toEqual(DIFF_STEPS[2]?.rgba);
    expect(diffColour(-20)).toEqual(DIFF_STEPS[4]?.rgba);
    expect(diffColour(NaN)).toBeNull();
  });
});
