import { describe, it, expect } from 'vitest';
import { budgetFor, receivedLevelDbm } from '../../../src/domain/radio/link-budget';
import { DEFAULT_RANGE_CAP_M, maxRangeM } from '../../../src/domain/radio/max-range';
import { pathLossDb, PATH_LOSS_MODELS } from '../../../src/domain/radio/path-loss';

describe('maxRangeM', () => {
  it('matches a hand-solved COST-231 range: 4G 1800, hb 30 m, urban, −110 dBm', () => {
    // EIRP = 15.21 + 18 − 0.5 = 32.71; allowed PL = 32.71 − 7 (shadow) + 110 = 135.71 dB
    // COST-231 urban (Cm 3) at 1 km = 139.20 dB, slope 35.2249 dB/decade
    // log d = (135.71 − 139.20)/35.2249 = −0.0990 → d = 0.796 km
    const r = maxRangeM(budgetFor('4G', 1800), 'cost231-hata', -110, 30, 'urban');
    expect(r).toBeGreaterThan(788);
    expect(r).toBeLessThan(804);
  });

  it('the level at the returned range equals the threshold within 0.1 dB, for every model', () => {
    const b = budgetFor('4G', 1800);
    for (const model of PATH_LOSS_MODELS) {
      const r = maxRangeM(b, model, -110, 30, 'suburban');
      if (r >= DEFAULT_RANGE_CAP_M) continue;
      const pl = pathLossDb(model, { freqMHz: 1800, distanceM: r, baseHeightM: 30, mobileHeightM: 1.5, clutter: 'suburban' });
      expect(Math.abs(receivedLevelDbm(b, pl, 0, false) - -110)).toBeLessThan(0.1);
    }
  });

  it('a stricter threshold gives a shorter range', () => {
    const b = budgetFor('4G', 900);
    const basic = maxRangeM(b, 'okumura-hata', -110, 40, 'rural');
    const indoor = maxRangeM(b, 'okumura-hata', -100, 40, 'rural');
    expect(indoor).toBeLessThan(basic);
  });

  it('is capped at 35 km by default and at the given cap', () => {
    const b = budgetFor('4G', 700);
    expect(maxRangeM(b, 'free-space', -110, 40, 'open')).toBe(35_000);
    expect(maxRangeM(b, 'free-space', -110, 40, 'open', 5000)).toBe(5000);
  });

  it('is 0 when even 1 m does not reach the threshold', () => {
    expect(maxRangeM(budgetFor('4G', 1800), 'free-space', 50, 30, 'urban')).toBe(0);
  });
});
