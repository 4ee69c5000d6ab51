import { describe, expect, it } from 'vitest';
import { isLevelChangeEmpty, levelChange } from '../../../src/domain/scenario/level-change';
import { levelFromDbm, NO_SIGNAL_LEVEL, thresholdLevel } from '../../../src/domain/coverage/tech-raster';

const levels = (dbm: (number | null)[]) => Int16Array.from(dbm, (x) => (x === null ? NO_SIGNAL_LEVEL : levelFromDbm(x)));

describe('levelChange', () => {
  const threshold = thresholdLevel(-100);

  it('counts stronger and weaker cells by at least the step, the covered share of the stronger, and mean changes worked by hand', () => {
    //                   covered, +6 dB  covered, +0.5  below, +4   none → -90   covered, −3   covered → none
    const before = levels([-90, -95, -105, null, -80, -99]);
    const after = levels([-84, -94.5, -101, -90, -83, null]);
    const c = levelChange('4G', before, after, threshold, 0.01);
    // Stronger: cells 0, 2 and 3 (cell 1 rose 0.5 dB, under the 1 dB step); cell 0 was covered before.
    expect(c.strongerKm2).toBeCloseTo(0.03, 10);
    expect(c.strongerCoveredKm2).toBeCloseTo(0.01, 10);
    // Mean over cells with a signal before: (6 + 4) / 2; the no-signal cell is left out.
    expect(c.meanGainDb).toBeCloseTo(5, 6);
    // Weaker: cells 4 and 5; the mean only over cell 4, which keeps a signal.
    expect(c.weakerKm2).toBeCloseTo(0.02, 10);
    expect(c.meanLossDb).toBeCloseTo(3, 6);
    expect(isLevelChangeEmpty(c)).toBe(false);
  });

  it('is empty for equal rasters and refuses rasters of different grids', () => {
    const a = levels([-90, null, -110]);
    expect(isLevelChangeEmpty(levelChange('5G', a, a.slice(), threshold, 1))).toBe(true);
    expect(() => levelChange('4G', a, levels([-90]), threshold, 1)).toThrow(/differ in size/);
  });
});
