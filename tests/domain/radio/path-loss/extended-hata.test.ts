import { describe, it, expect } from 'vitest';
import { cost231HataDb } from '../../../../src/domain/radio/path-loss/cost231-hata';
import { extendedHataAlpha, extendedHataDb, extendedHataWarnings } from '../../../../src/domain/radio/path-loss/extended-hata';
import { okumuraHataDb } from '../../../../src/domain/radio/path-loss/okumura-hata';

describe('Extended Hata (ITU-R SM.2028)', () => {
  it('2–3 GHz branch: 2500 MHz urban, hb 30 m, 5 km', () => {
    // 46.3 + 33.9·log 2000 (111.9049) + 10·log 1.25 (0.9691) − 13.82·log 30 (20.4138)
    // + (44.9 − 6.55·log 30)·log 5 = 35.22486·0.698970 = 24.6211
    // − a(1.5) = (1.1·3.397940 − 0.7)·1.5 − (1.56·3.397940 − 0.8) = 0.055815, b(30) = 0
    // = 163.33 dB
    expect(extendedHataDb(2500, 5, 30, 1.5, 'urban')).toBeCloseTo(163.33, 1);
  });

  it('equals COST-231 (Cm 0) at its 2000 MHz boundary', () => {
    expect(extendedHataDb(2000, 5, 30, 1.5, 'urban')).toBeCloseTo(cost231HataDb(2000, 5, 30, 1.5, 0), 9);
    // and is continuous across 2000 MHz: the 10·log(f/2000) term starts at 0
    expect(extendedHataDb(2000.001, 5, 30, 1.5, 'urban') - extendedHataDb(2000, 5, 30, 1.5, 'urban')).toBeLessThan(0.01);
  });

  it('matches Okumura-Hata at 1500 MHz within SM.2028 rounding (69.6/26.2 vs 69.55/26.16)', () => {
    // difference = 0.05 + 0.04·log 1500 = 0.05 + 0.04·3.176091 = 0.177 dB
    const diff = extendedHataDb(1500, 5, 30, 1.5, 'urban') - okumuraHataDb(1500, 5, 30, 1.5, 'medium-city');
    expect(diff).toBeCloseTo(0.177, 2);
    // same for the open-area correction at 900 MHz (difference 0.05 + 0.04·2.954243 = 0.168 dB)
    const openDiff = extendedHataDb(900, 10, 50, 1.5, 'open') - okumuraHataDb(900, 10, 50, 1.5, 'open');
    expect(openDiff).toBeCloseTo(0.168, 2);
  });

  it('applies the d > 20 km alpha term', () => {
    // α(900 MHz, 40 km, hb 30) = 1 + (0.14 + 1.87e-4·900 + 1.07e-3·30)·(log 2)^0.8
    //   = 1 + 0.3404·0.301030^0.8 = 1 + 0.3404·0.38271 = 1.13027
    expect(extendedHataAlpha(900, 40, 30)).toBeCloseTo(1.13027, 4);
    expect(extendedHataAlpha(900, 20, 30)).toBe(1);
    // (log 40)^α = 1.602060^1.13027 = 1.70352 → distance term 35.22486·1.70352 = 60.0062
    // 69.6 + 26.2·2.954243 (77.4012) − 20.4138 + 60.0062 − 0.0159 = 186.58 dB
    expect(extendedHataDb(900, 40, 30, 1.5, 'urban')).toBeCloseTo(186.58, 1);
    // with α = 1 it would be 35.22486·1.602060 = 56.4324 → 147.0012 − 20.4138 + 56.4324 − 0.0159 = 183.00 dB:
    // the α term adds 60.0062 − 56.4324 = 3.57 dB at 40 km
    expect(extendedHataDb(900, 40, 30, 1.5, 'urban') - 183.0).toBeCloseTo(3.57, 1);
  });

  it('is continuous at 20 km', () => {
    const below = extendedHataDb(900, 20, 30, 1.5, 'urban');
    const above = extendedHataDb(900, 20.001, 30, 1.5, 'urban');
    expect(above - below).toBeGreaterThanOrEqual(0);
    expect(above - below).toBeLessThan(0.01);
  });

  it('is free space up to 40 m and never below free space', () => {
    // 32.4 + 20·log 900 + 10·log(0.03² + 28.5²/1e6) = 32.4 + 59.0849 + 10·log(0.0017122) = 91.4849 − 27.6648 = 63.82 dB
    expect(extendedHataDb(900, 0.03, 30, 1.5, 'open')).toBeCloseTo(63.82, 1);
    for (const d of [0.05, 0.08, 0.2, 1, 5]) {
      const fs = 32.4 + 20 * Math.log10(900) + 10 * Math.log10(d * d + (28.5 * 28.5) / 1e6);
      expect(extendedHataDb(900, d, 30, 1.5, 'open')).toBeGreaterThanOrEqual(fs - 1e-9);
    }
  });

  it('models rural clutter as quasi-open: exactly 5 dB above the open-area loss', () => {
    for (const f of [900, 1800, 2600]) {
      expect(extendedHataDb(f, 5, 30, 1.5, 'rural') - extendedHataDb(f, 5, 30, 1.5, 'open')).toBeCloseTo(5, 9);
    }
  });

  it('is symmetric in the two antenna heights', () => {
    expect(extendedHataDb(1800, 3, 1.5, 40, 'suburban')).toBe(extendedHataDb(1800, 3, 40, 1.5, 'suburban'));
  });

  it('warns above 3 GHz (extrapolated), beyond 100 km and outside 30 MHz', () => {
    const ok = { freqMHz: 2600, distanceM: 30_000, baseHeightM: 40, mobileHeightM: 1.5, clutter: 'rural' as const };
    expect(extendedHataWarnings(ok)).toEqual([]);
    expect(extendedHataWarnings({ ...ok, freqMHz: 3500 })[0]).toEqual({ code: 'model-range', model: 'extended-hata', kind: 'extrapolated', freqMHz: 3500 });
    expect(extendedHataWarnings({ ...ok, freqMHz: 20 })[0]).toMatchObject({ kind: 'outside', quantity: 'frequency', value: 20, min: 30, max: 3000, unit: 'MHz' });
    expect(extendedHataWarnings({ ...ok, distanceM: 150_000 })[0]).toMatchObject({ kind: 'outside', quantity: 'distance', value: 150, min: 0, max: 100, unit: 'km' });
  });
});
