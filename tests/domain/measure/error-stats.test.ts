import { describe, expect, it } from 'vitest';
import { errorHistogram, errorStats, groupedErrorStats, verdictAgreement } from '../../../src/domain/measure/error-stats';

describe('prediction error statistics', () => {
  it('count, mean, sample standard deviation and RMSE of a hand-worked case, skipping samples without a prediction', () => {
    // e = 1, 2, 3, 6: mean 3; Σ(e − 3)² = 4 + 1 + 0 + 9 = 14, std = √(14/3) = 2.1602; RMSE = √((1 + 4 + 9 + 36)/4) = 3.5355
    const s = errorStats(new Float32Array([1, NaN, 2, 3, 6]));
    expect(s.count).toBe(4);
    expect(s.meanDb).toBeCloseTo(3, 9);
    expect(s.stdDb).toBeCloseTo(2.1602, 4);
    expect(s.rmseDb).toBeCloseTo(3.5355, 4);
    expect(errorStats(new Float32Array([NaN])).count).toBe(0);
    expect(errorStats(new Float32Array([-2])).stdDb).toBe(0);
  });

  it('per group, leaving out samples of no group', () => {
    const g = groupedErrorStats(new Float32Array([1, 3, -4, 10]), [0, 0, 1, -1], 2);
    expect(g.map((s) => s.count)).toEqual([2, 1]);
    expect(g[0]?.meanDb).toBe(2);
    expect(g[1]?.rmseDb).toBe(4);
  });

  it('a histogram counts each error once, with what falls outside its range', () => {
    const h = errorHistogram(new Float32Array([-31, -30, -0.5, 0, 1.9, 29.9, 30, NaN]), -30, 30, 2);
    expect(h.counts.length).toBe(30);
    expect(h.below).toBe(1);
    expect(h.above).toBe(1);
    expect(h.counts[0]).toBe(1);
    expect(h.counts[14]).toBe(1);
    expect(h.counts[15]).toBe(2);
    expect(h.counts[29]).toBe(1);
  });

  it('the covered verdicts of measurement and prediction agree where both are on the same side of the threshold', () => {
    const measured = new Float32Array([-90, -110, -95, -120, -100]);
    const predicted = new Float32Array([-92, -105, -101, NaN, -100]);
    // −90/−92 both covered, −110/−105 both not, −95/−101 measured only, the NaN left out, −100/−100 both (≥ threshold).
    expect(verdictAgreement(measured, predicted, -100)).toEqual({ count: 4, agree: 3, share: 0.75, measuredOnly: 1, predictedOnly: 0 });
    expect(verdictAgreement(new Float32Array([-110]), new Float32Array([-90]), -100)).toMatchObject({ agree: 0, predictedOnly: 1 });
  });
});
