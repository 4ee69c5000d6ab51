import { describe, it, expect } from 'vitest';
import { cost231HataDb, cost231HataPathLossDb, cost231HataWarnings } from '../../../../src/domain/radio/path-loss/cost231-hata';
import { okumuraHataDb } from '../../../../src/domain/radio/path-loss/okumura-hata';

describe('COST-231 Hata', () => {
  it('1800 MHz, hb 30 m, hm 1.5 m, 1 km', () => {
    // log 1800 = 3.255273 → 33.9·log f = 110.3537; 13.82·log 30 = 20.4138
    // a(1.5) = (1.1·3.255273 − 0.7)·1.5 − (1.56·3.255273 − 0.8) = 4.321200 − 4.278226 = 0.042975
    // Cm 0: 46.3 + 110.3537 − 20.4138 − 0.0430 + 0 = 136.20 dB; metropolitan Cm 3 → 139.20 dB
    expect(cost231HataDb(1800, 1, 30, 1.5, 0)).toBeCloseTo(136.2, 1);
    expect(cost231HataDb(1800, 1, 30, 1.5, 3)).toBeCloseTo(139.2, 1);
  });

  it('1800 MHz, hb 40 m, 5 km, suburban', () => {
    // 13.82·log 40 = 22.1404; (44.9 − 6.55·1.602060)·log 5 = 34.4065·0.698970 = 24.0491
    // 46.3 + 110.3537 − 22.1404 − 0.0430 + 24.0491 = 158.52 dB
    const pl = cost231HataPathLossDb({ freqMHz: 1800, distanceM: 5000, baseHeightM: 40, mobileHeightM: 1.5, clutter: 'suburban' });
    expect(pl).toBeCloseTo(158.52, 1);
  });

  it('Cm is 3 dB for urban and 0 dB for suburban/rural', () => {
    const at = (clutter: 'urban' | 'suburban' | 'rural') =>
      cost231HataPathLossDb({ freqMHz: 1800, distanceM: 1000, baseHeightM: 30, mobileHeightM: 1.5, clutter });
    expect(at('urban') - at('suburban')).toBeCloseTo(3, 9);
    expect(at('rural')).toBe(at('suburban'));
  });

  it('joins Okumura-Hata near 1500 MHz within about 1 dB (different fits)', () => {
    // Hata: 69.55 + 26.16·3.176091 = 152.6366; COST: 46.3 + 33.9·3.176091 = 153.9695 → 1.33 dB apart by design
    const diff = cost231HataDb(1500, 5, 30, 1.5, 0) - okumuraHataDb(1500, 5, 30, 1.5, 'medium-city');
    expect(diff).toBeCloseTo(1.33, 1);
  });

  it('warns outside 1500–2000 MHz and for rural/open clutter', () => {
    const ok = { freqMHz: 1800, distanceM: 3000, baseHeightM: 30, mobileHeightM: 1.5, clutter: 'urban' as const };
    expect(cost231HataWarnings(ok)).toEqual([]);
    expect(cost231HataWarnings({ ...ok, freqMHz: 900 })).toEqual([
      { code: 'model-range', model: 'cost231-hata', kind: 'outside', quantity: 'frequency', value: 900, min: 1500, max: 2000, unit: 'MHz' },
    ]);
    expect(cost231HataWarnings({ ...ok, clutter: 'open' })[0]).toEqual({ code: 'model-range', model: 'cost231-hata', kind: 'built-up-only', clutter: 'open' });
  });
});
