/**
 * FTTH results depend only on the dataset and the distance, not on radio settings, so models rebuilt for new
 * coverage settings over the same dataset object reuse them.
 */
import type { Dataset } from '../model/types';
import { computeFtth, type FtthResult } from '../ftth';

const cache = new WeakMap<Dataset, Map<number, FtthResult>>();

export function memoFtth(dataset: Dataset, distanceM: number): FtthResult {
  let byDistance = cache.get(dataset);
  if (!byDistance) {
    byDistance = new Map();
    cache.set(dataset, byDistance);
  }
  let result = byDistance.get(distanceM);
  if (!result) {
    result = computeFtth(dataset, distanceM);
    byDistance.set(distanceM, result);
  }
  return result;
}
