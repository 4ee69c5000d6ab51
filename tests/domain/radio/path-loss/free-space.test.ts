import { describe, it, expect } from 'vitest';
import { freeSpaceDb, freeSpacePathLossDb, freeSpaceWarnings } from '../../../../src/domain/radio/path-loss/free-space';

describe('free-space path loss', () => {
  it('matches Friis at 2 GHz, 1 km', () => {
    // 20·log10(1 km) + 20·log10(2000 MHz) + 32.45 = 0 + 66.02 + 32.45 = 98.47 dB (98.46 with the rounded 32.44)
    expect(freeSpaceDb(2000, 1000)).toBeCloseTo(98.47, 1);
  });

  it('adds 6.02 dB per doubling of distance and of frequency', () => {
    expect(freeSpaceDb(900, 2000) - freeSpaceDb(900, 1000)).toBeCloseTo(6.02, 2);
    expect(freeSpaceDb(1800, 1000) - freeSpaceDb(900, 1000)).toBeCloseTo(6.02, 2);
  });

  it('uses the straight-line distance between the antennas', () => {
    // d3D = sqrt(30² + 40²) = 50 m when the height difference is 40 m and the ground distance 30 m
    const input = { freqMHz: 900, distanceM: 30, baseHeightM: 41.5, mobileHeightM: 1.5, clutter: 'open' as const };
    expect(freeSpacePathLossDb(input)).toBeCloseTo(freeSpaceDb(900, 50), 9);
  });

  it('warns only in the near field', () => {
    const base = { freqMHz: 900, baseHeightM: 30, mobileHeightM: 1.5, clutter: 'open' as const };
    expect(freeSpaceWarnings({ ...base, distanceM: 1000 })).toEqual([]);
    // 10 wavelengths at 900 MHz = 10 × 0.333 m = 3.33 m
    expect(freeSpaceWarnings({ ...base, distanceM: 2 })).toEqual([{ code: 'model-range', model: 'free-space', kind: 'near-field', distanceM: 2, nearFieldM: 3.33 }]);
  });
});
