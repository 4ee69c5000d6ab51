/**
 * Lookup tables that keep log, atan and atan2 out of the painting loop, cached per distance step and shared by
 * every model of the process (the app rebuilds on each settings change), so sites with the same height, band
 * and clutter share them and a rebuild skips building them. Each cache is bounded: past its cap it is cleared.
 * - bearing: a cell's "diamond angle" (a cheap monotone stand-in for atan2) indexes a table of bearing buckets;
 * - horizontal pattern by offset bucket from the azimuth (one table per beamwidth);
 * - vertical pattern and path loss by distance step (height is fixed per site, so elevation follows distance).
 */
import type { Clutter } from '../model/types';
import { horizontalPatternDb, pathLossDb, verticalPatternDb, type PathLossModelId } from '../radio';

export const BEARING_BUCKETS = 2048;
export const BEARING_MASK = BEARING_BUCKETS - 1;
export const DIAMOND_PER_QUADRANT = 2048;
const DEG = 180 / Math.PI;
/** Caps on cached entries per kind; a few hundred tables of a few thousand floats each in practice. */
const MAX_TABLES = 4096;
const MAX_MEMOS = 4096;
const MAX_STEPS_CACHED = 8;

/** Bearing bucket (clockwise from north, BEARING_BUCKETS per turn) by diamond-angle bucket. */
export const BEARING_BY_DIAMOND: Uint16Array = (() => {
  const lut = new Uint16Array(4 * DIAMOND_PER_QUADRANT);
  for (let i = 0; i < lut.length; i++) {
    const q = Math.floor(i / DIAMOND_PER_QUADRANT);
    const t = (i - q * DIAMOND_PER_QUADRANT + 0.5) / DIAMOND_PER_QUADRANT;
    const deg = 90 * q + Math.atan2(t, 1 - t) * DEG;
    lut[i] = Math.round((deg / 360) * BEARING_BUCKETS) & BEARING_MASK;
  }
  return lut;
})();

export function bearingBucketOfDeg(deg: number): number {
  return Math.round((((deg % 360) + 360) % 360 / 360) * BEARING_BUCKETS) & BEARING_MASK;
}

/** Distance of LUT entry i: i steps, with entry 0 taken half a step out. */
export function lutDistanceM(i: number, stepM: number): number {
  return i === 0 ? stepM / 2 : i * stepM;
}

export class FootprintLuts {
  private readonly horizontal = new Map<number, Float32Array>();
  private readonly vertical = new Map<string, Float32Array>();
  private readonly pathLoss = new Map<string, Float32Array>();
  private readonly memos = new Map<string, unknown>();
  /** Never reused, even after the memos are cleared: a live model may still hold an old tag. */
  private tags = 0;

  constructor(readonly stepM: number) {}

  /** Horizontal pattern gain by bearing offset bucket from the azimuth. */
  horizontalTable(beamwidthDeg: number): Float32Array {
    let t = this.horizontal.get(beamwidthDeg);
    if (!t) {
      t = new Float32Array(BEARING_BUCKETS);
      for (let k = 0; k < BEARING_BUCKETS; k++) t[k] = horizontalPatternDb((k * 360) / BEARING_BUCKETS, beamwidthDeg);
      if (this.horizontal.size >= MAX_TABLES) this.horizontal.clear();
      this.horizontal.set(beamwidthDeg, t);
    }
    return t;
  }

  /** Vertical pattern gain by distance step, for at least `length` steps. */
  verticalTable(heightM: number, mobileHeightM: number, downtiltDeg: number, length: number): Float32Array {
    const key = `${heightM}|${mobileHeightM}|${downtiltDeg}`;
    return this.grow(this.vertical, key, length, (d) => verticalPatternDb(Math.atan2(heightM - mobileHeightM, d) * DEG, downtiltDeg));
  }

  /** Path loss by distance step, for at least `length` steps. */
  pathLossTable(model: PathLossModelId, freqMHz: number, heightM: number, mobileHeightM: number, clutter: Clutter, length: number): Float32Array {
    const key = `${model}|${freqMHz}|${heightM}|${mobileHeightM}|${clutter}`;
    const input = { freqMHz, distanceM: 1, baseHeightM: heightM, mobileHeightM, clutter };
    return this.grow(this.pathLoss, key, length, (d) => {
      input.distanceM = d;
      return pathLossDb(model, input);
    });
  }

  /** A short stand-in for a long key part (such as serialized settings), stable for this cache's lifetime. */
  tag(text: string): string {
    return this.memo(`tag|${text}`, () => `#${this.tags++}`);
  }

  /** The value cached under `key`, made on first use; the caller keeps keys of one kind to one value type. */
  memo<T>(key: string, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = make();
    if (this.memos.size >= MAX_MEMOS) this.memos.clear();
    this.memos.set(key, value);
    return value;
  }

  private grow(cache: Map<string, Float32Array>, key: string, length: number, at: (distanceM: number) => number): Float32Array {
    const have = cache.get(key);
    if (have && have.length >= length) return have;
    const size = Math.max(length, have ? have.length * 2 : 0);
    const t = new Float32Array(size);
    for (let i = 0; i < size; i++) t[i] = at(lutDistanceM(i, this.stepM));
    if (!have && cache.size >= MAX_TABLES) cache.clear();
    cache.set(key, t);
    return t;
  }
}

const shared = new Map<number, FootprintLuts>();

/** The process-wide tables for a distance step. Memo keys must name everything their values depend on. */
export function sharedFootprintLuts(stepM: number): FootprintLuts {
  let luts = shared.get(stepM);
  if (!luts) {
    if (shared.size >= MAX_STEPS_CACHED) shared.clear();
    luts = new FootprintLuts(stepM);
    shared.set(stepM, luts);
  }
  return luts;
}
