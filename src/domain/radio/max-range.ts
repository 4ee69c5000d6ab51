/**
 * Boresight range of a link budget: the outdoor distance at which the received level (pattern 0 dB) falls to a
 * threshold, found by bisection on log-distance. Every path-loss model here is non-decreasing in distance,
 * so the level is non-increasing and the bisection is well defined.
 */
import type { Clutter } from '../model/types';
import { receivedLevelDbm, type LinkBudget } from './link-budget';
import { pathLossDb, type PathLossInput, type PathLossModelId } from './path-loss';

export const DEFAULT_RANGE_CAP_M = 35_000;
const MIN_RANGE_M = 1;
const ITERATIONS = 60;

export function maxRangeM(
  b: LinkBudget,
  model: PathLossModelId,
  thresholdDbm: number,
  baseHeightM: number,
  clutter: Clutter,
  capM: number = DEFAULT_RANGE_CAP_M,
): number {
  const input: PathLossInput = {
    freqMHz: b.bandMHz,
    distanceM: MIN_RANGE_M,
    baseHeightM,
    mobileHeightM: b.mobileHeightM,
    clutter,
  };
  const levelAt = (d: number): number => {
    input.distanceM = d;
    return receivedLevelDbm(b, pathLossDb(model, input), 0, false);
  };
  if (!(capM > MIN_RANGE_M)) return Math.max(0, capM);
  if (levelAt(capM) >= thresholdDbm) return capM;
  if (levelAt(MIN_RANGE_M) < thresholdDbm) return 0;
  let lo = Math.log(MIN_RANGE_M);
  let hi = Math.log(capM);
  for (let i = 0; i < ITERATIONS; i++) {
    const mid = 0.5 * (lo + hi);
    if (levelAt(Math.exp(mid)) >= thresholdDbm) lo = mid;
    else hi = mid;
  }
  return Math.exp(lo);
}
