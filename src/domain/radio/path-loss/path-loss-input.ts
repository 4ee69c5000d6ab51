import type { Clutter } from '../../model/types';
import type { ModelQuantity, ModelUnit, ModelWarning } from './model-warning';

export type PathLossModelId =
  | 'free-space'
  | 'okumura-hata'
  | 'cost231-hata'
  | 'extended-hata'
  | '3gpp-rma'
  | '3gpp-uma';

/** Everything a median path-loss model needs. Distances and heights in metres, frequency in MHz. */
export interface PathLossInput {
  freqMHz: number;
  /** Horizontal (2D) distance from the site to the receiver. */
  distanceM: number;
  /** Base-station antenna height above ground. */
  baseHeightM: number;
  /** Mobile (receiver) antenna height above ground. */
  mobileHeightM: number;
  clutter: Clutter;
}

/**
 * Appends an 'outside' warning (value, range and unit rounded to 2 decimals) to `out` when value is outside
 * [min, max]. Shared by every model's warning function so the warnings read the same everywhere.
 */
export function warnIfOutside(
  out: ModelWarning[],
  model: PathLossModelId,
  quantity: ModelQuantity,
  value: number,
  min: number,
  max: number,
  unit: ModelUnit,
): void {
  if (value >= min && value <= max) return;
  out.push({ code: 'model-range', model, kind: 'outside', quantity, value: round2(value), min: round2(min), max: round2(max), unit });
}

function round2(v: number): number {
  return Number.isInteger(v) ? v : Math.round(v * 100) / 100;
}
