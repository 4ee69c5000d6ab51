import { describe, it, expect } from 'vitest';
import type { Clutter } from '../../../../src/domain/model/types';
import {
  PATH_LOSS_MODELS,
  defaultModelFor,
  modelWarnings,
  pathLossDb,
  type PathLossInput,
  type PathLossModelId,
} from '../../../../src/domain/radio/path-loss';

const CLUTTERS: readonly Clutter[] = ['urban', 'suburban', 'rural', 'open'];

/** A representative in-range frequency and base height per model, and its distance range in metres. */
const VALID: Record<PathLossModelId, { freqMHz: number; baseHeightM: number; minM: number; maxM: number }> = {
  'free-space': { freqMHz: 2000, baseHeightM: 30, minM: 10, maxM: 100_000 },
  'okumura-hata': { freqMHz: 900, baseHeightM: 30, minM: 1000, maxM: 20_000 },
  'cost231-hata': { freqMHz: 1800, baseHeightM: 30, minM: 1000, maxM: 20_000 },
  'extended-hata': { freqMHz: 2600, baseHeightM: 40, minM: 10, maxM: 100_000 },
  '3gpp-rma': { freqMHz: 3500, baseHeightM: 35, minM: 10, maxM: 5000 },
  '3gpp-uma': { freqMHz: 3500, baseHeightM: 25, minM: 10, maxM: 5000 },
};

describe('pathLossDb dispatch', () => {
  it('routes to the right model (hand values from the per-model tests)', () => {
    const at = (model: PathLossModelId, freqMHz: number, distanceM: number, baseHeightM: number, clutter: Clutter) =>
      pathLossDb(model, { freqMHz, distanceM, baseHeightM, mobileHeightM: 1.5, clutter });
    expect(at('free-space', 2000, 1000, 1.5, 'open')).toBeCloseTo(98.47, 1);
    expect(at('okumura-hata', 900, 1000, 30, 'urban')).toBeCloseTo(126.4, 1);
    expect(at('cost231-hata', 1800, 1000, 30, 'urban')).toBeCloseTo(139.2, 1);
    expect(at('extended-hata', 2500, 5000, 30, 'urban')).toBeCloseTo(163.33, 1);
    expect(at('3gpp-rma', 3500, 1000, 35, 'rural')).toBeCloseTo(130.42, 1);
    expect(at('3gpp-uma', 3500, 1000, 25, 'urban')).toBeCloseTo(141.67, 1);
  });

  for (const model of PATH_LOSS_MODELS) {
    it(`${model} is non-decreasing in distance over its range and has no warnings there`, () => {
      const v = VALID[model];
      for (const clutter of CLUTTERS) {
        const input: PathLossInput = { freqMHz: v.freqMHz, distanceM: v.minM, baseHeightM: v.baseHeightM, mobileHeightM: 1.5, clutter };
        let previous = -Infinity;
        for (let d = v.minM; d <= v.maxM; d *= 1.05) {
          input.distanceM = d;
          const pl = pathLossDb(model, input);
          expect(pl).toBeGreaterThanOrEqual(previous);
          previous = pl;
        }
        input.distanceM = Math.sqrt(v.minM * v.maxM);
        const ruralCost = model === 'cost231-hata' && (clutter === 'rural' || clutter === 'open');
        if (!ruralCost) expect(modelWarnings(model, input)).toEqual([]);
      }
    });

    it(`${model} stays finite and monotone from 1 m to 35 km (what maxRangeM bisects over)`, () => {
      for (const freqMHz of [700, 900, 1800, 2100, 2600, 3500]) {
        const input: PathLossInput = { freqMHz, distanceM: 1, baseHeightM: 30, mobileHeightM: 1.5, clutter: 'suburban' };
        let previous = -Infinity;
        for (let d = 1; d <= 35_000; d *= 1.1) {
          input.distanceM = d;
          const pl = pathLossDb(model, input);
          expect(Number.isFinite(pl)).toBe(true);
          expect(pl).toBeGreaterThanOrEqual(previous);
          previous = pl;
        }
      }
    });
  }
});

describe('modelWarnings', () => {
  it('names the model and the offending value', () => {
    const input = { freqMHz: 2100, distanceM: 5000, baseHeightM: 30, mobileHeightM: 1.5, clutter: 'urban' as const };
    expect(modelWarnings('okumura-hata', input)).toEqual([
      { code: 'model-range', model: 'okumura-hata', kind: 'outside', quantity: 'frequency', value: 2100, min: 150, max: 1500, unit: 'MHz' },
    ]);
  });

  it('reports non-positive inputs instead of range checks', () => {
    const input = { freqMHz: 900, distanceM: 0, baseHeightM: -3, mobileHeightM: 1.5, clutter: 'urban' as const };
    const w = modelWarnings('3gpp-uma', input);
    expect(w).toEqual([
      { code: 'model-range', model: '3gpp-uma', kind: 'not-positive', quantity: 'distance', value: '0' },
      { code: 'model-range', model: '3gpp-uma', kind: 'not-positive', quantity: 'base-height', value: '-3' },
    ]);
  });
});

describe('defaultModelFor', () => {
  it('picks the Hata family by band in built-up clutter and 38.901 above 3 GHz', () => {
    expect(defaultModelFor(900, 'urban')).toBe('okumura-hata');
    expect(defaultModelFor(1500, 'suburban')).toBe('okumura-hata');
    expect(defaultModelFor(1800, 'urban')).toBe('cost231-hata');
    expect(defaultModelFor(2600, 'suburban')).toBe('extended-hata');
    expect(defaultModelFor(3500, 'urban')).toBe('3gpp-uma');
  });

  it('uses Extended Hata (open-area term, > 20 km) in the countryside and RMa above 3 GHz', () => {
    expect(defaultModelFor(900, 'rural')).toBe('extended-hata');
    expect(defaultModelFor(1800, 'open')).toBe('extended-hata');
    expect(defaultModelFor(3500, 'rural')).toBe('3gpp-rma');
  });

  it('chooses a model that does not warn for every default band and clutter', () => {
    for (const freqMHz of [700, 900, 1800, 2100, 2600, 3500]) {
      for (const clutter of CLUTTERS) {
        const model = defaultModelFor(freqMHz, clutter);
        const input = { freqMHz, distanceM: 2000, baseHeightM: 30, mobileHeightM: 1.5, clutter };
        expect(modelWarnings(model, input)).toEqual([]);
      }
    }
  });
});
