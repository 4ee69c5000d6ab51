/**
 * Per bearing bucket, the sector with the strongest horizontal gain and its margin over the runner-up, so most
 * cells need one table lookup instead of one per sector. With `spread[di]` the largest gap between the tilt
 * groups' vertical tables at distance step di, the picked sector alone gives the level whenever
 * margin[bb] ≥ spread[di]: any other sector s' then has B(s')[di] + H(s')[bb] ≤ B(pick)[di] + H(pick)[bb].
 * All operands are float32 values, so the sums and differences compared are exact in double arithmetic.
 * Built per paint into reused buffers: nothing per site stays alive.
 */
import { BEARING_BUCKETS, BEARING_MASK } from './footprint-luts';
import type { TechFootprint } from './site-footprint';

// Module-local copies: imported bindings may compile to property getters, too slow in these loops.
const BUCKETS = BEARING_BUCKETS;
const MASK = BEARING_MASK;

export interface SectorPick {
  /** Horizontal gain of the picked sector by bearing bucket. */
  gain: Float32Array;
  /** Tilt group of the picked sector. */
  group: Int32Array;
  /** Picked gain minus the runner-up's (+Infinity with a single sector); float64 so the difference is exact. */
  margin: Float64Array;
  /** The pattern filled in (sectorAz identity): a site's technologies share it, so they share the fill. */
  source: Int32Array | null;
}

export function createSectorPick(): SectorPick {
  return {
    gain: new Float32Array(BEARING_BUCKETS),
    group: new Int32Array(BEARING_BUCKETS),
    margin: new Float64Array(BEARING_BUCKETS),
    source: null,
  };
}

export function fillSectorPick(fp: TechFootprint, pick: SectorPick): void {
  const { gain, group, margin } = pick;
  const { sectorAz, sectorTables, sectorGroup } = fp;
  if (pick.source === sectorAz) return;
  pick.source = sectorAz;
  const first = sectorTables[0];
  const az0 = sectorAz[0] ?? 0;
  const group0 = sectorGroup[0] ?? 0;
  if (!first) {
    gain.fill(0);
    group.fill(group0);
    margin.fill(-Infinity);
    return;
  }
  for (let b = 0; b < BUCKETS; b++) gain[b] = first[(b - az0) & MASK] ?? 0;
  group.fill(group0);
  margin.fill(Infinity);
  for (let s = 1; s < sectorAz.length; s++) {
    const table = sectorTables[s];
    if (!table) continue;
    const az = sectorAz[s] ?? 0;
    const g0 = sectorGroup[s] ?? 0;
    for (let b = 0; b < BUCKETS; b++) {
      const h = table[(b - az) & MASK] ?? 0;
      const g = gain[b] ?? 0;
      const m = margin[b] ?? 0;
      if (h > g) {
        margin[b] = h - g;
        gain[b] = h;
        group[b] = g0;
      } else if (g - h < m) {
        margin[b] = g - h;
      }
    }
  }
}
