/**
 * Why a path-loss model is used outside its validity range, as plain data (it crosses postMessage and is
 * rendered in the interface language by i18n/engine-warnings). The loss is still computed.
 */
import type { Clutter } from '../../model/types';
import type { PathLossModelId } from './path-loss-input';

/** The model input a range check is about. */
export type ModelQuantity = 'frequency' | 'distance' | 'base-height' | 'mobile-height';
export type ModelUnit = 'MHz' | 'km' | 'm';

export type ModelWarning = { code: 'model-range'; model: PathLossModelId } & (
  /** `value` outside [min, max], all in `unit` (rounded to 2 decimals). */
  | { kind: 'outside'; quantity: ModelQuantity; value: number; min: number; max: number; unit: ModelUnit }
  /** An input that is not a positive number (`value` as written, e.g. "NaN"). */
  | { kind: 'not-positive'; quantity: ModelQuantity; value: string }
  /** Distance below ten wavelengths (free space). */
  | { kind: 'near-field'; distanceM: number; nearFieldM: number }
  /** Extended Hata above 3000 MHz, extrapolated with the 2–3 GHz law. */
  | { kind: 'extrapolated'; freqMHz: number }
  /** COST-231 Hata in rural or open clutter (Cm = 0 dB, no open-area correction: pessimistic). */
  | { kind: 'built-up-only'; clutter: Clutter }
);

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
