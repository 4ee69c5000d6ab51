import { describe, it, expect } from 'vitest';
import { validateRadioParams } from '../../../src/domain/radio/validate';

describe('validateRadioParams', () => {
  it('accepts ordinary values and missing fields', () => {
    expect(validateRadioParams({ heightM: 30, freqMHz: 1800, beamwidthDeg: 65 })).toEqual([]);
    expect(validateRadioParams({})).toEqual([]);
    expect(validateRadioParams({ beamwidthDeg: 360 })).toEqual([]);
  });

  it('names the field, the value and the reason of each problem', () => {
    expect(validateRadioParams({ heightM: -5 })).toEqual([{ field: 'heightM', value: '-5', reason: 'not-above', min: 0 }]);
    expect(validateRadioParams({ freqMHz: 0 })[0]).toMatchObject({ field: 'freqMHz', value: '0' });
    expect(validateRadioParams({ beamwidthDeg: 400 })[0]).toEqual({ field: 'beamwidthDeg', value: '400', reason: 'outside', min: 0, max: 360, minOpen: true });
    expect(validateRadioParams({ heightM: Number.NaN })[0]).toEqual({ field: 'heightM', value: 'NaN', reason: 'not-number' });
  });

  it('flags implausible but positive values', () => {
    expect(validateRadioParams({ heightM: 3000 })[0]).toEqual({ field: 'heightM', value: '3000', reason: 'too-high', max: 1000 });
    expect(validateRadioParams({ freqMHz: 10 })[0]).toEqual({ field: 'freqMHz', value: '10', reason: 'band-outside-models', min: 30, max: 100_000 });
  });

  it('reports several problems at once', () => {
    expect(validateRadioParams({ heightM: 0, freqMHz: -1, beamwidthDeg: 0 })).toHaveLength(3);
  });
});
