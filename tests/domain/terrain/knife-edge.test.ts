import { describe, expect, it } from 'vitest';
import {
  earthBulgeM, EFFECTIVE_EARTH_RADIUS_M, fresnelV, inverseKnifeEdgeV, knifeEdgeLossDb, smoothEarthLossDb, wavelengthM,
} from '../../../src/domain/terrain/knife-edge';

describe('knife-edge J(v), ITU-R P.526', () => {
  // J(v) = 6.9 + 20·log10(√((v − 0.1)² + 1) + v − 0.1), worked by hand:
  //   v = 0:     √(0.01 + 1) = 1.004988;  − 0.1 → 0.904988;  log10 = −0.043357;  J = 6.9 − 0.867 = 6.033 dB
  //   v = −0.78: √(0.7744 + 1) = 1.332066; − 0.88 → 0.452066; log10 = −0.344799; J = 6.9 − 6.896 = 0.004 dB
  //   v = 1:     √(0.81 + 1) = 1.345362;   + 0.9 → 2.245362;  log10 = 0.351286;   J = 6.9 + 7.026 = 13.926 dB
  //   v = 2.4:   √(5.29 + 1) = 2.507987;   + 2.3 → 4.807987;  log10 = 0.681963;   J = 6.9 + 13.639 = 20.539 dB
  it('matches the hand-worked values', () => {
    expect(knifeEdgeLossDb(0)).toBeCloseTo(6.033, 3);
    expect(knifeEdgeLossDb(-0.78)).toBe(0); // the approximation's floor: v ≤ −0.78 is clear (0.004 dB there)
    expect(knifeEdgeLossDb(-0.779)).toBeCloseTo(0.0, 1);
    expect(knifeEdgeLossDb(1)).toBeCloseTo(13.926, 3);
    expect(knifeEdgeLossDb(2.4)).toBeCloseTo(20.539, 3);
    expect(knifeEdgeLossDb(-5)).toBe(0);
  });

  it('is increasing, and inverseKnifeEdgeV undoes it', () => {
    let last = -1;
    for (let v = -0.7; v < 20; v += 0.1) {
      const j = knifeEdgeLossDb(v);
      expect(j).toBeGreaterThan(last);
      last = j;
      expect(inverseKnifeEdgeV(j)).toBeCloseTo(v, 9);
    }
    expect(inverseKnifeEdgeV(0)).toBe(-0.78);
  });

  // 1 GHz: λ = 299 792 458 / 1e9 = 0.299792 m. Edge 10 m above the line, 5 km from both ends:
  //   v = 10·√(2·10 000 / (0.299792·5000·5000)) = 10·√(20 000 / 7 494 811) = 10·√0.00266851 = 10·0.0516576 = 0.51658
  it('gives v for a worked geometry', () => {
    const lambda = wavelengthM(1000);
    expect(lambda).toBeCloseTo(0.299792, 6);
    expect(fresnelV(10, 5000, 5000, lambda)).toBeCloseTo(0.51658, 5);
    expect(fresnelV(-10, 5000, 5000, lambda)).toBeCloseTo(-0.51658, 5);
    expect(fresnelV(10, 0, 5000, lambda)).toBe(Number.NEGATIVE_INFINITY);
  });

  // k·R = 4/3 · 6 371 000 = 8 494 667 m; bulge in the middle of 10 km: 5000·5000 / (2·8 494 667) = 1.4715 m.
  it('adds the 4/3-earth bulge', () => {
    expect(EFFECTIVE_EARTH_RADIUS_M).toBeCloseTo(8_494_666.67, 1);
    expect(earthBulgeM(5000, 5000)).toBeCloseTo(1.4715, 4);
    expect(earthBulgeM(0, 10_000)).toBe(0);
  });

  it('finds what a smooth earth costs a 1.5 m mobile on its own (the baseline the terrain term is in excess of)', () => {
    const lambda = wavelengthM(1000);
    expect(smoothEarthLossDb(500, 30, 1.5, lambda)).toBe(0);
    const far = smoothEarthLossDb(10_000, 30, 1.5, lambda);
    expect(far).toBeGreaterThan(2);
    expect(far).toBeLessThan(5);
    expect(smoothEarthLossDb(10_000, 30, 10, lambda)).toBeLessThan(far);
  });
});
