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
