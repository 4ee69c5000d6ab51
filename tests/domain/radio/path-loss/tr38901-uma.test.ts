import { describe, it, expect } from 'vitest';
import { tr38901UmaDb, tr38901UmaWarnings, umaBreakpointM } from '../../../../src/domain/radio/path-loss/tr38901-uma';

// fc = 3.5 GHz (20·log10 3.5 = 10.8814), hBS = 25 m, hUT = 1.5 m, hE = 1 m
// d'BP = 4·(25 − 1)·(1.5 − 1)·3.5e9/3e8 = 48·11.6667 = 560 m
describe('3GPP TR 38.901 UMa', () => {
  it('breakpoint distance uses effective heights', () => {
    expect(umaBreakpointM(3.5, 25, 1.5)).toBeCloseTo(560, 6);
  });

  it('LOS below the breakpoint (PL1), 200 m', () => {
    // d3D = sqrt(200² + 23.5²) = 201.376; 28 + 22·2.303993 (50.6878) + 10.8814 = 89.57 dB
    expect(tr38901UmaDb(3.5, 200, 25, 1.5, true)).toBeCloseTo(89.57, 1);
  });

  it('LOS above the breakpoint (PL2), 1 km', () => {
    // d3D = 1000.276; 28 + 40·3.000120 (120.0048) + 10.8814 − 9·log10(560² + 23.5²) = 9·5.497000 = 49.4733
    // = 109.41 dB
    expect(tr38901UmaDb(3.5, 1000, 25, 1.5, true)).toBeCloseTo(109.41, 1);
  });

  it('LOS is continuous at the breakpoint', () => {
    const dbp = umaBreakpointM(3.5, 25, 1.5);
    expect(tr38901UmaDb(3.5, dbp + 1e-6, 25, 1.5, true) - tr38901UmaDb(3.5, dbp, 25, 1.5, true)).toBeCloseTo(0, 4);
  });

  it('NLOS, 1 km', () => {
    // 13.54 + 39.08·3.000120 (117.2447) + 10.8814 − 0.6·(1.5 − 1.5) = 141.67 dB
    expect(tr38901UmaDb(3.5, 1000, 25, 1.5, false)).toBeCloseTo(141.67, 1);
  });

  it('NLOS takes LOS when LOS is larger (tall UT close in)', () => {
    // hUT = 22.5 m, d2D = 10 m: d3D = sqrt(100 + 2.5²) = 10.3078, log = 1.013164; d'BP = 4·24·21.5·11.667 ≫ 10 m
    // LOS PL1 = 28 + 22·1.013164 + 10.8814 = 61.17; NLOS' = 13.54 + 39.08·1.013164 + 10.8814 − 0.6·21 = 51.42
    expect(tr38901UmaDb(3.5, 10, 25, 22.5, false)).toBeCloseTo(61.17, 1);
  });

  it('warns outside 10 m–5 km and hUT 1.5–22.5 m', () => {
    const ok = { freqMHz: 3500, distanceM: 1000, baseHeightM: 25, mobileHeightM: 1.5, clutter: 'urban' as const };
    expect(tr38901UmaWarnings(ok)).toEqual([]);
    expect(tr38901UmaWarnings({ ...ok, distanceM: 5 })[0]).toMatchObject({ model: '3gpp-uma', quantity: 'distance', value: 5, min: 10, max: 5000, unit: 'm' });
    expect(tr38901UmaWarnings({ ...ok, mobileHeightM: 30 })[0]).toMatchObject({ quantity: 'mobile-height', value: 30, unit: 'm' });
  });
});
