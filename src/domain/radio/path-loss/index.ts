/**
 * Dispatch over the path-loss models. Each model's formulas, validity ranges and clutter mapping are documented
 * in its own file; `modelWarnings` reports when an input is outside them (the loss is still computed).
 */
import type { Clutter } from '../../model/types';
import { cost231HataPathLossDb, cost231HataWarnings } from './cost231-hata';
import { extendedHataPathLossDb, extendedHataWarnings } from './extended-hata';
import { freeSpacePathLossDb, freeSpaceWarnings } from './free-space';
import { okumuraHataPathLossDb, okumuraHataWarnings } from './okumura-hata';
import type { ModelQuantity, ModelWarning } from './model-warning';
import type { PathLossInput, PathLossModelId } from './path-loss-input';
import { tr38901RmaPathLossDb, tr38901RmaWarnings } from './tr38901-rma';
import { tr38901UmaPathLossDb, tr38901UmaWarnings } from './tr38901-uma';

export type { PathLossInput, PathLossModelId } from './path-loss-input';
export type { ModelQuantity, ModelUnit, ModelWarning } from './model-warning';

export const PATH_LOSS_MODELS: readonly PathLossModelId[] = [
  'free-space',
  'okumura-hata',
  'cost231-hata',
  'extended-hata',
  '3gpp-rma',
  '3gpp-uma',
];

/** Median path loss in dB. Pure and allocation-free; finite for finite positive inputs. */
export function pathLossDb(model: PathLossModelId, input: PathLossInput): number {
  switch (model) {
    case 'free-space':
      return freeSpacePathLossDb(input);
    case 'okumura-hata':
      return okumuraHataPathLossDb(input);
    case 'cost231-hata':
      return cost231HataPathLossDb(input);
    case 'extended-hata':
      return extendedHataPathLossDb(input);
    case '3gpp-rma':
      return tr38901RmaPathLossDb(input);
    case '3gpp-uma':
      return tr38901UmaPathLossDb(input);
  }
}

function invalidInputWarnings(model: PathLossModelId, input: PathLossInput): ModelWarning[] {
  const out: ModelWarning[] = [];
  const fields: ReadonlyArray<readonly [ModelQuantity, number]> = [
    ['frequency', input.freqMHz],
    ['distance', input.distanceM],
    ['base-height', input.baseHeightM],
    ['mobile-height', input.mobileHeightM],
  ];
  for (const [quantity, value] of fields) {
    if (!(Number.isFinite(value) && value > 0)) out.push({ code: 'model-range', model, kind: 'not-positive', quantity, value: String(value) });
  }
  return out;
}

/** Why the model is used outside its validity range, as codes (empty when inside). */
export function modelWarnings(model: PathLossModelId, input: PathLossInput): ModelWarning[] {
  const invalid = invalidInputWarnings(model, input);
  if (invalid.length > 0) return invalid;
  switch (model) {
    case 'free-space':
      return freeSpaceWarnings(input);
    case 'okumura-hata':
      return okumuraHataWarnings(input);
    case 'cost231-hata':
      return cost231HataWarnings(input);
    case 'extended-hata':
      return extendedHataWarnings(input);
    case '3gpp-rma':
      return tr38901RmaWarnings(input);
    case '3gpp-uma':
      return tr38901UmaWarnings(input);
  }
}

/**
 * The model used when the planner has not chosen one:
 * - urban / suburban: Okumura-Hata ≤ 1500 MHz, COST-231 Hata ≤ 2000 MHz, Extended Hata ≤ 3000 MHz,
 *   3GPP UMa above (n78: the Hata family is not defined there, 38.901 is).
 * - rural / open: Extended Hata ≤ 3000 MHz (it has the open-area correction at every band, unlike COST-231,
 *   and its α term covers the > 20 km cells that are common in the countryside), 3GPP RMa above.
 */
export function defaultModelFor(freqMHz: number, clutter: Clutter): PathLossModelId {
  const rural = clutter === 'rural' || clutter === 'open';
  if (freqMHz > 3000) return rural ? '3gpp-rma' : '3gpp-uma';
  if (rural) return 'extended-hata';
  if (freqMHz <= 1500) return 'okumura-hata';
  if (freqMHz <= 2000) return 'cost231-hata';
  return 'extended-hata';
}
