import { describe, it, expect } from 'vitest';
import {
  hataOpenAreaCorrectionDb,
  hataSuburbanCorrectionDb,
  okumuraHataDb,
  okumuraHataPathLossDb,
  okumuraHataWarnings,
} from '../../../../src/domain/radio/path-loss/okumura-hata';

// Shared hand arithmetic, f = 900 MHz: log f = 2.954243, 26.16·log f = 77.2830
// hb = 30 m: 13.82·log 30 = 13.82·1.477121 = 20.4138
// a(1.5) medium city = (1.1·2.954243 − 0.7)·1.5 − (1.56·2.954243 − 0.8) = 3.824501 − 3.808619 = 0.015882
// a(1.5) large city  = 3.2·(log 17.625)² − 4.97 = 3.2·1.246129² − 4.97 = −0.000919
describe('Okumura-Hata', () => {
  it('urban small/medium city, 900 MHz, hb 30 m, hm 1.5 m, 1 km', () => {
    // 69.55 + 77.2830 − 20.4138 − 0.0159 + (44.9 − 9.6751)·log 1 = 126.40 dB
    expect(okumuraHataDb(900, 1, 30, 1.5, 'medium-city')).toBeCloseTo(126.4, 1);
  });

  it('urban large city, same point (the classic textbook 126.42 dB)', () => {
    // 69.55 + 77.2830 − 20.4138 + 0.0009 = 126.42 dB
    expect(okumuraHataDb(900, 1, 30, 1.5, 'large-city')).toBeCloseTo(126.42, 2);
  });

  it('urban, suburban and open at 900 MHz, hb 50 m, 10 km', () => {
    // 13.82·log 50 = 23.4798; distance term (44.9 − 6.55·1.69897)·log 10 = 33.7717
    // urban = 69.55 + 77.2830 − 23.4798 − 0.0159 + 33.7717 = 157.11 dB
    // suburban corr = 2·(log(900/28))² + 5.4 = 2·1.507088² + 5.4 = 9.9426 → 147.17 dB
    // open corr = 4.78·2.954243² − 18.33·2.954243 + 40.94 = 41.7177 − 54.1513 + 40.94 = 28.5064 → 128.60 dB
    expect(okumuraHataDb(900, 10, 50, 1.5, 'medium-city')).toBeCloseTo(157.11, 1);
    expect(hataSuburbanCorrectionDb(900)).toBeCloseTo(9.94, 2);
    expect(hataOpenAreaCorrectionDb(900)).toBeCloseTo(28.51, 2);
    expect(okumuraHataDb(900, 10, 50, 1.5, 'suburban')).toBeCloseTo(147.17, 1);
    expect(okumuraHataDb(900, 10, 50, 1.5, 'open')).toBeCloseTo(128.6, 1);
  });

  it('maps clutter: urban → medium city, suburban → suburban, rural → quasi-open (open + 5 dB), open → open area', () => {
    const at = (clutter: 'urban' | 'suburban' | 'rural' | 'open') =>
      okumuraHataPathLossDb({ freqMHz: 900, distanceM: 10_000, baseHeightM: 50, mobileHeightM: 1.5, clutter });
    expect(at('urban')).toBeCloseTo(157.11, 1);
    expect(at('suburban')).toBeCloseTo(147.17, 1);
    expect(at('open')).toBeCloseTo(128.6, 1);
    // Okumura's quasi-open curve: 128.60 + 5 = 133.60 dB
    expect(at('rural')).toBeCloseTo(133.6, 1);
  });

  it('slope per decade of distance is 44.9 − 6.55·log hb', () => {
    // hb 30 m: 44.9 − 6.55·1.477121 = 35.22 dB/decade
    expect(okumuraHataDb(900, 10, 30, 1.5, 'medium-city') - okumuraHataDb(900, 1, 30, 1.5, 'medium-city')).toBeCloseTo(35.22, 2);
  });

  it('warns outside 150–1500 MHz, 1–20 km, hb 30–200 m, hm 1–10 m', () => {
    const ok = { freqMHz: 900, distanceM: 5000, baseHeightM: 30, mobileHeightM: 1.5, clutter: 'urban' as const };
    expect(okumuraHataWarnings(ok)).toEqual([]);
    expect(okumuraHataWarnings({ ...ok, freqMHz: 2100 })).toEqual([
      { code: 'model-range', model: 'okumura-hata', kind: 'outside', quantity: 'frequency', value: 2100, min: 150, max: 1500, unit: 'MHz' },
    ]);
    expect(okumuraHataWarnings({ ...ok, distanceM: 30_000 })[0]).toMatchObject({ quantity: 'distance', value: 30, min: 1, max: 20, unit: 'km' });
    expect(okumuraHataWarnings({ ...ok, baseHeightM: 20 })[0]).toMatchObject({ quantity: 'base-height', value: 20, unit: 'm' });
    expect(okumuraHataWarnings({ ...ok, mobileHeightM: 0.5 })[0]).toMatchObject({ quantity: 'mobile-height' });
  });
});
