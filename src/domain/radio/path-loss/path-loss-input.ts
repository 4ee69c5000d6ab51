import type { Clutter } from '../../model/types';

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
 * Appends "<model>: <what> <value> outside <min>–<max> <unit>" to `out` when value is outside [min, max].
 * Shared by every model's warning function so messages read the same everywhere.
 */
export function warnIfOutside(
  out: string[],
  model: PathLossModelId,
  what: string,
  value: number,
  min: number,
  max: number,
  unit: string,
): void {
  if (value >= min && value <= max) return;
  out.push(`${model}: ${what} ${formatNumber(value)} ${unit} outside ${formatNumber(min)}–${formatNumber(max)} ${unit}`);
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}
