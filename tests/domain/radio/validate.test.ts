import { describe, it, expect } from 'vitest';
import { validateRadioParams } from '../../../src/domain/radio/validate';

describe('validateRadioParams', () => {
  it('accepts ordinary values and missing fields', () => {
    expect(validateRadioParams({ heightM: 30, freqMHz: 1800, beamwidthDeg: 65 })).toEqual([]);
    expect(validateRadioParams({})).toEqual([]);
    expect(validateRadioParams({ beamwidthDeg: 360 })).toEqual([]);
  });

  it('names the field in each message', () => {
    expect(validateRadioParams({ heightM: -5 })).toEqual(['heightM: -5 must be > 0']);
    expect(validateRadioParams({ freqMHz: 0 })[0]).toMatch(/^freqMHz: 0/);
    expect(validateRadioParams({ beamwidthDeg: 400 })[0]).toMatch(/^beamwidthDeg: 400/);
    expect(validateRadioParams({ heightM: Number.NaN })[0]).toMatch(/^heightM: NaN must be a finite number/);
  });

  it('flags implausible but positive values', () => {
    expect(validateRadioParams({ heightM: 3000 })[0]).toMatch(/^heightM: 3000 exceeds 1000 m/);
    expect(validateRadioParams({ freqMHz: 10 })[0]).toMatch(/^freqMHz: 10 outside/);
  });

  it('reports several problems at once', () => {
    expect(validateRadioParams({ heightM: 0, freqMHz: -1, beamwidthDeg: 0 })).toHaveLength(3);
  });
});
