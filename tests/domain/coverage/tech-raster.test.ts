import { describe, expect, it } from 'vitest';
import {
  coveredCellCount, createTechRaster, dbmFromLevel, levelFromDbm, MAX_LEVEL, NO_SIGNAL_LEVEL, thresholdLevel,
} from '../../../src/domain/coverage/tech-raster';

describe('stored levels (hundredths of a dB in 16 bits)', () => {
  it('rounds levels down to 0.01 dB and thresholds up, and reads back in dBm', () => {
    expect(levelFromDbm(-97.121)).toBe(-9713);
    expect(levelFromDbm(-97.129)).toBe(-9713);
    expect(levelFromDbm(-110)).toBe(-11000);
    expect(thresholdLevel(-105.3)).toBe(-10530);
    expect(thresholdLevel(-105.333)).toBe(-10533);
    expect(dbmFromLevel(thresholdLevel(-105.3))).toBe(-105.3);
  });

  it('covers a cell exactly when its unrounded level reaches a threshold given to 0.01 dB', () => {
    for (const t of [-110, -105.3, -100, -94.99]) {
      for (const dbm of [t - 0.004, t - 1e-9, t, t + 1e-9, t + 0.004]) {
        expect(levelFromDbm(dbm) >= thresholdLevel(t)).toBe(dbm >= t);
      }
    }
  });

  it('floors at no signal (−200 dBm), also for −Infinity and NaN, and caps at the 16-bit maximum', () => {
    expect(levelFromDbm(-250)).toBe(NO_SIGNAL_LEVEL);
    expect(levelFromDbm(-Infinity)).toBe(NO_SIGNAL_LEVEL);
    expect(levelFromDbm(NaN)).toBe(NO_SIGNAL_LEVEL);
    expect(levelFromDbm(400)).toBe(MAX_LEVEL);
    expect(new Int16Array([levelFromDbm(-250), levelFromDbm(400)])).toEqual(new Int16Array([-20000, 32767]));
  });

  it('never counts a cell no site reaches as covered, even at the lowest threshold', () => {
    const r = createTechRaster('4G', 2, -200);
    r.levels.set([NO_SIGNAL_LEVEL, levelFromDbm(-199.99)]);
    expect(coveredCellCount(r)).toBe(1);
  });

  it('a raster covers the cells at or above its threshold, 2 bytes a cell', () => {
    const r = createTechRaster('4G', 4, -105);
    expect(r.levels.byteLength).toBe(8);
    expect(r.threshold).toBe(-10500);
    r.levels.set([levelFromDbm(-104.99), levelFromDbm(-105), levelFromDbm(-105.01), NO_SIGNAL_LEVEL]);
    expect(coveredCellCount(r)).toBe(2);
  });
});
