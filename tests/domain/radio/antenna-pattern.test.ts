import { describe, it, expect } from 'vitest';
import type { Sector } from '../../../src/domain/model/types';
import { horizontalPatternDb, sectorPatternDb, verticalPatternDb, wrapAngleDeg } from '../../../src/domain/radio/antenna-pattern';

describe('horizontal pattern A_H(φ) = −min(12(φ/φ3dB)², 30)', () => {
  it('is 0 dB at boresight and −3 dB at ±φ3dB/2', () => {
    expect(horizontalPatternDb(0, 65)).toBeCloseTo(0, 12);
    // 12·(32.5/65)² = 12·0.25 = 3
    expect(horizontalPatternDb(32.5, 65)).toBeCloseTo(-3, 12);
    expect(horizontalPatternDb(-32.5, 65)).toBeCloseTo(-3, 12);
  });

  it('follows the parabola, then clamps at 30 dB', () => {
    // 12·(60/65)² = 12·0.852071 = 10.2249
    expect(horizontalPatternDb(60, 65)).toBeCloseTo(-10.22, 2);
    // 12·(90/65)² = 23.0059 < 30
    expect(horizontalPatternDb(90, 65)).toBeCloseTo(-23.01, 2);
    // 12·(120/65)² = 40.9 → clamped
    expect(horizontalPatternDb(120, 65)).toBe(-30);
    expect(horizontalPatternDb(180, 65)).toBe(-30);
  });

  it('wraps offsets around ±180°', () => {
    expect(wrapAngleDeg(350)).toBeCloseTo(-10, 12);
    expect(wrapAngleDeg(-190)).toBeCloseTo(170, 12);
    expect(horizontalPatternDb(350, 65)).toBeCloseTo(horizontalPatternDb(-10, 65), 12);
  });

  it('is 0 dB for a 360° beam', () => {
    expect(horizontalPatternDb(135, 360)).toBe(0);
  });
});

describe('vertical pattern A_V(θ) = −min(12((θ − tilt)/θ3dB)², SLAv 30)', () => {
  it('peaks at the downtilt', () => {
    expect(verticalPatternDb(6, 6)).toBeCloseTo(0, 12);
  });

  it('is −3 dB half a vertical beamwidth from the tilt (default 10°)', () => {
    // 12·((1 − 6)/10)² = 12·0.25 = 3
    expect(verticalPatternDb(1, 6)).toBeCloseTo(-3, 12);
    expect(verticalPatternDb(11, 6)).toBeCloseTo(-3, 12);
    // explicit 6.5° beamwidth: 12·(3.25/6.5)² = 3
    expect(verticalPatternDb(9.25, 6, 6.5)).toBeCloseTo(-3, 12);
  });

  it('tilting down attenuates the horizon: 8° tilt at the horizon = 12·0.8² = 7.68 dB', () => {
    expect(verticalPatternDb(0, 8)).toBeCloseTo(-7.68, 12);
    expect(verticalPatternDb(0, 2)).toBeGreaterThan(verticalPatternDb(0, 8));
  });

  it('clamps at the 30 dB side-lobe level', () => {
    expect(verticalPatternDb(40, 0)).toBe(-30);
  });
});

describe('sectorPatternDb', () => {
  const sector: Sector = { azimuthDeg: 120, beamwidthDeg: 65, downtiltDeg: 4 };

  it('adds horizontal and vertical parts', () => {
    // bearing 152.5 → φ = 32.5 → −3; elevation 9 with tilt 4 → 12·0.5² = −3; total −6
    expect(sectorPatternDb(sector, 152.5, 9)).toBeCloseTo(-6, 12);
  });

  it('clamps the sum at A_m = 30 dB', () => {
    // A_H(90°) = −23.01, A_V(elev 18, tilt 4) = −12·1.4² = −23.52 → sum −46.5 → −30
    expect(sectorPatternDb(sector, 210, 18)).toBe(-30);
  });

  it('handles azimuth wrap-around', () => {
    const north: Sector = { azimuthDeg: 350, beamwidthDeg: 65, downtiltDeg: 4 };
    expect(sectorPatternDb(north, 10, 4)).toBeCloseTo(-12 * (20 / 65) ** 2, 12);
  });

  it('an omni sector has only the vertical pattern', () => {
    const omni: Sector = { azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 2 };
    for (const bearing of [0, 90, 181, 300]) expect(sectorPatternDb(omni, bearing, 2)).toBeCloseTo(0, 12);
    expect(sectorPatternDb(omni, 45, 7)).toBeCloseTo(-3, 12);
  });
});
