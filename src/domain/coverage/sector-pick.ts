/**
 * Per bearing bucket, the sector with the strongest horizontal gain and its margin over the runner-up, so most
 * cells need one table lookup instead of one per sector. With `spread[di]` the largest gap between the tilt
 * groups' vertical tables at distance step di, the picked sector alone gives the level whenever
 * margin[bb] ≥ spread[di]: any other sector s' then has B(s')[di] + H(s')[bb] ≤ B(pick)[di] + H(pick)[bb].
 * All operands are float32 values, so the sums and differences compared are exact in double arithmetic.
 * Picks are rotated to the first sector's azimuth, so sites whose sectors differ by a rotation share one.
 */
import { BEARING_BUCKETS, BEARING_MASK } from './footprint-luts';

// Module-local copies: imported bindings may compile to property getters, too slow in these loops.
const BUCKETS = BEARING_BUCKETS;
const MASK = BEARING_MASK;

export interface SectorPick {
  /** Horizontal gain of the picked sector by bucket (bearing bucket minus the pattern's first azimuth). */
  gain: Float32Array;
  /** Tilt group of the picked sector. */
  group: Int32Array;
  /** Picked gain minus the runner-up's (+Infinity with a single sector); float64 so the difference is exact. */
  margin: Float64Array;
}

export function createSectorPick(): SectorPick {
  return { gain: new Float32Array(BEARING_BUCKETS), group: new Int32Array(BEARING_BUCKETS), margin: new Float64Array(BEARING_BUCKETS) };
}

/** The sectors of a pattern: azimuth bucket relative to the first, horizontal gain table by offset bucket, tilt group. */
export interface PickSectors {
  sectorOffset: Int32Array;
  sectorTables: Float32Array[];
  sectorGroup: Int32Array;
}

/**
 * Fills the pick rotated by the first sector's azimuth: entry k describes bearing bucket (k + az0).
 * Sites whose sectors differ only by a common rotation thus share one pick (see SectorPickCache).
 */
export function fillSectorPick(p: PickSectors, pick: SectorPick): void {
  const { gain, group, margin } = pick;
  const { sectorOffset, sectorTables, sectorGroup } = p;
  const first = sectorTables[0];
  group.fill(sectorGroup[0] ?? 0);
  if (!first) {
    gain.fill(0);
    margin.fill(-Infinity);
    return;
  }
  gain.set(first.subarray(0, BUCKETS));
  margin.fill(Infinity);
  for (let s = 1; s < sectorOffset.length; s++) {
    const table = sectorTables[s];
    if (!table) continue;
    const az = (sectorOffset[s] ?? 0) & MASK;
    const g0 = sectorGroup[s] ?? 0;
    // gain of entry k is table[(k − az) mod BUCKETS]: entries [0, az) read from BUCKETS − az on, the rest from 0 on.
    offer(table, BUCKETS - az, 0, az, g0, gain, group, margin);
    offer(table, -az, az, BUCKETS, g0, gain, group, margin);
  }
}

/** Offers table[b + shift] for buckets [from, to) against the pick so far. */
function offer(
  table: Float32Array, shift: number, from: number, to: number, g0: number, gain: Float32Array, group: Int32Array, margin: Float64Array,
): void {
  for (let b = from; b < to; b++) {
    const h = table[b + shift] ?? 0;
    const g = gain[b] ?? 0;
    if (h > g) {
      margin[b] = h - g;
      gain[b] = h;
      group[b] = g0;
    } else if (g - h < (margin[b] ?? 0)) {
      margin[b] = g - h;
    }
  }
}

/**
 * Picks by rotation-free pattern key (relative azimuths, tables, groups), so a province's sites share a few
 * dozen. Bounded: past `limit` keys, patterns are filled into one scratch pick at each use instead.
 */
export class SectorPickCache {
  private readonly picks = new Map<string, SectorPick>();
  private readonly scratch = createSectorPick();
  private scratchKey: string | null = null;

  constructor(private readonly limit = 256) {}

  get(key: string, p: PickSectors): SectorPick {
    const have = this.picks.get(key);
    if (have) return have;
    if (this.picks.size < this.limit) {
      const pick = createSectorPick();
      fillSectorPick(p, pick);
      this.picks.set(key, pick);
      return pick;
    }
    if (this.scratchKey !== key) {
      fillSectorPick(p, this.scratch);
      this.scratchKey = key;
    }
    return this.scratch;
  }
}
