import { describe, it, expect } from 'vitest';
import { rmaBreakpointM, tr38901RmaDb, tr38901RmaWarnings } from '../../../../src/domain/radio/path-loss/tr38901-rma';

// fc = 3.5 GHz, hBS = 35 m, hUT = 1.5 m, h = 5 m, W = 20 m (38.901 defaults)
// h^1.72 = 5^1.72 = 15.9305 → min(0.03·15.9305, 10) = 0.47791, min(0.044·15.9305, 14.77) = 0.70094
// dBP = 2π·35·1.5·3.5e9/3e8 = 2π·52.5·11.6667 = 3848.45 m
describe('3GPP TR 38.901 RMa', () => {
  it('breakpoint distance', () => {
    expect(rmaBreakpointM(3.5, 35, 1.5)).toBeCloseTo(3848.45, 1);
    // 0.9 GHz: 2π·52.5·3 = 989.60 m
    expect(rmaBreakpointM(0.9, 35, 1.5)).toBeCloseTo(989.6, 1);
  });

  it('LOS below the breakpoint (PL1), 1 km', () => {
    // d3D = sqrt(1000² + 33.5²) = 1000.561
    // 20·log10(40π·1000.561·3.5/3) = 20·log10(146,690.6) = 103.3285
    // + 0.47791·log10(1000.561) = 0.47791·3.000244 = 1.43385
    // − 0.70094 + 0.002·log10(5)·1000.561 = 0.002·0.69897·1000.561 = 1.39872
    // = 105.46 dB
    expect(tr38901RmaDb(3.5, 1000, 35, 1.5, true)).toBeCloseTo(105.46, 1);
  });

  it('LOS above the breakpoint (PL2), 6 km', () => {
    // PL1(dBP = 3848.45): 20·log10(40π·3848.45·3.5/3) = 115.0322; + 0.47791·3.585285 = 1.71346;
    //   − 0.70094 + 0.002·0.69897·3848.45 = 5.37985 → 121.4246
    // d3D = sqrt(6000² + 33.5²) = 6000.094; 40·log10(6000.094/3848.45) = 40·0.192870 = 7.7148
    // = 129.14 dB
    expect(tr38901RmaDb(3.5, 6000, 35, 1.5, true)).toBeCloseTo(129.14, 1);
  });

  it('NLOS = max(LOS, NLOS\'), 1 km', () => {
    // NLOS' = 161.04 − 7.1·log 20 (9.2372) + 7.5·log 5 (5.2423) − (24.37 − 3.7·(5/35)²)·log 35
    //   = −(24.37 − 0.07551)·1.544068 = −37.5114
    //   + (43.42 − 3.1·1.544068)·(log10 1000.561 − 3) = 38.6334·0.000244 = 0.0094
    //   + 20·log 3.5 (10.8814) − (3.2·(log 17.625)² − 4.97 = −0.00092)
    //   = 130.42 dB (> LOS 105.46, so NLOS = 130.42)
    expect(tr38901RmaDb(3.5, 1000, 35, 1.5, false)).toBeCloseTo(130.42, 1);
  });

  it('NLOS is never below LOS and grows with distance', () => {
    let previous = -Infinity;
    for (let d = 10; d <= 10_000; d *= 1.2) {
      const nlos = tr38901RmaDb(0.9, d, 35, 1.5, false);
      expect(nlos).toBeGreaterThanOrEqual(tr38901RmaDb(0.9, d, 35, 1.5, true));
      expect(nlos).toBeGreaterThanOrEqual(previous);
      previous = nlos;
    }
  });

  it('warns outside 0.5–30 GHz, 10 m–5 km, hBS 10–150 m', () => {
    const ok = { freqMHz: 3500, distanceM: 2000, baseHeightM: 35, mobileHeightM: 1.5, clutter: 'rural' as const };
    expect(tr38901RmaWarnings(ok)).toEqual([]);
    expect(tr38901RmaWarnings({ ...ok, freqMHz: 450 })[0]).toMatchObject({ model: '3gpp-rma', quantity: 'frequency', value: 450, min: 500, max: 30000, unit: 'MHz' });
    expect(tr38901RmaWarnings({ ...ok, distanceM: 8000 })[0]).toMatchObject({ quantity: 'distance', value: 8000, unit: 'm' });
    expect(tr38901RmaWarnings({ ...ok, baseHeightM: 5 })[0]).toMatchObject({ quantity: 'base-height' });
  });
});
