import { describe, expect, it } from 'vitest';
import { summariseComparison } from '../../../src/domain/measure/comparison-summary';
import { MeasurementSetBuilder } from '../../../src/domain/measure/measurement-set';
import type { SamplePredictions } from '../../../src/domain/measure/predict-samples';
import { TECHNOLOGIES } from '../../../src/domain/model/types';

// Five samples: errors +2, −2, +4, (none: outside every footprint), −4; units 0, 0, 1, 1, −1.
const measured = [-90, -100, -96, -120, -110];
const predicted = [-92, -98, -100, NaN, -106];

function fixture() {
  const b = new MeasurementSetBuilder(TECHNOLOGIES);
  measured.forEach((levelDbm, i) => b.add({ lon: 107 + i / 1000, lat: 12, levelDbm, tech: '4G', carrier: i < 3 ? 'Viettel' : 'VNPT' }));
  const set = b.build();
  const p: SamplePredictions = {
    tech: '4G', predictedDbm: Float32Array.from(predicted), classCode: Uint8Array.from([1, 1, 2, 2, 6]),
    distanceM: new Float32Array(5), site: Int32Array.from([0, 0, 1, -1, 1]), siteIds: ['S1', 'S2'],
    considered: 5, offGrid: 0, outsideFootprints: 1, unknownServing: 0,
  };
  return { set, p };
}

describe('the comparison summary of measured against predicted', () => {
  it('gives the errors overall and per group, the verdict agreement, and the measured share per unit', () => {
    const { set, p } = fixture();
    const s = summariseComparison(set, p, { thresholdDbm: -99, classes: 9, unitOfSample: Int32Array.from([0, 0, 1, 1, -1]), units: 3 });
    expect(s.overall.count).toBe(4);
    expect(s.overall.meanDb).toBe(0);
    expect(s.overall.rmseDb).toBeCloseTo(Math.sqrt(10), 9);
    expect(s.perClass.map((g) => [g.key, g.stats.count, g.stats.meanDb])).toEqual([[1, 2, 0], [2, 1, 4], [6, 1, -4]]);
    expect(s.perCarrier.map((g) => [g.key, g.stats.count])).toEqual([['Viettel', 3], ['VNPT', 1]]);
    expect(s.perSite.map((g) => [g.key, g.stats.count])).toEqual([['S1', 2], ['S2', 2]]);
    expect(s.perTech.map((g) => g.key)).toEqual(['4G']);
    // at −99 dBm: (−90, −92) both above, (−100, −98) apart, (−96, −100) apart, (−110, −106) both below
    expect(s.agreement).toMatchObject({ count: 4, agree: 2, share: 0.5 });
    expect(s.outsideFootprints).toBe(1);
    // unit 0: −90 above, −100 below; unit 1: −96 above, −120 below (measured, with or without a prediction)
    expect(s.units).toEqual([{ unit: 0, samples: 2, measuredShare: 0.5 }, { unit: 1, samples: 2, measuredShare: 0.5 }]);
    expect(s.histogram.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect([...s.scatter.predicted]).toEqual([-92, -98, -100, -106]);
    expect([...s.scatter.measured]).toEqual([-90, -100, -96, -110]);
  });

  it('subsamples the scatter evenly and lists the sites with most samples first', () => {
    const { set, p } = fixture();
    const s = summariseComparison(set, p, { thresholdDbm: -99, classes: 9, unitOfSample: new Int32Array(5).fill(-1), units: 0, maxPoints: 2, maxSites: 1 });
    expect([...s.scatter.measured]).toEqual([-90, -96]);
    expect(s.perSite).toHaveLength(1);
    expect(s.moreSites).toBe(1);
    expect(s.units).toEqual([]);
  });
});
