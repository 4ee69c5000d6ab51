import { describe, expect, it } from 'vitest';
import { summariseComparison } from '../../../src/domain/measure/comparison-summary';
import { MeasurementSetBuilder } from '../../../src/domain/measure/measurement-set';
import type { SamplePredictions } from '../../../src/domain/measure/predict-samples';
import { TECHNOLOGIES } from '../../../src/domain/model/types';

describe('indoor samples in the comparison', () => {
  it('are reported apart and left out of the overall figures, groups and agreement', () => {
    // errors +2, −2 outdoors; −20, −16 indoors
    const measured = [-90, -100, -112, -114];
    const b = new MeasurementSetBuilder(TECHNOLOGIES);
    measured.forEach((levelDbm, i) => b.add({ lon: 107 + i / 1000, lat: 12, levelDbm, tech: '4G', indoor: i >= 2 }));
    const p: SamplePredictions = {
      tech: '4G', predictedDbm: Float32Array.from([-92, -98, -92, -98]), classCode: Uint8Array.from([1, 1, 1, 1]),
      distanceM: new Float32Array(4), site: Int32Array.from([0, 0, 0, 0]), siteIds: ['S1'],
      considered: 4, offGrid: 0, outsideFootprints: 0, unknownServing: 0,
    };
    const s = summariseComparison(b.build(), p, { thresholdDbm: -99, classes: 9, unitOfSample: new Int32Array(4).fill(-1), units: 0 });
    expect(s.overall).toMatchObject({ count: 2, meanDb: 0 });
    expect(s.indoor).toMatchObject({ count: 2, meanDb: -18 });
    expect(s.perClass.map((g) => g.stats.count)).toEqual([2]);
    expect(s.perSite.map((g) => g.stats.count)).toEqual([2]);
    expect(s.agreement.count).toBe(2);
  });
});
