/**
 * Exact repeats of measured samples (same position, level, time, serving site and cell) without a string key per
 * sample: a numeric hash into an open-addressing table of typed arrays. Equal hashes are only candidates; the stored
 * values are compared, so a collision never takes a new sample for a repeat.
 */

export interface SampleKey {
  lon: number;
  lat: number;
  level: number;
  time: string;
  site: string;
  cell: string;
}

export type SampleHash = (k: SampleKey) => number;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

/** One round of MurmurHash3's 32-bit body. */
function mix(h: number, v: number): number {
  const k = Math.imul(rotl(Math.imul(v, 0xcc9e2d51), 15), 0x1b873593);
  return (Math.imul(rotl(h ^ k, 13), 5) + 0xe6546b64) | 0;
}

function mixNumber(h: number, x: number): number {
  // -0 and 0 are the same sample, as they were when the key was text
  bits[0] = x === 0 ? 0 : x;
  return mix(mix(h, words[0] ?? 0), words[1] ?? 0);
}

function mixText(h: number, s: string): number {
  let out = mix(h, s.length);
  for (let i = 0; i < s.length; i++) out = mix(out, s.charCodeAt(i));
  return out;
}

/** A 32-bit murmur-style hash of every field of the key. */
export const sampleHash: SampleHash = (k) => {
  let h = mixNumber(mixNumber(mixNumber(0x9747b28c, k.lon), k.lat), k.level);
  h = mixText(mixText(mixText(h, k.time), k.site), k.cell);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
};

export class SampleRepeats {
  private count = 0;
  private slots: Int32Array;
  private hashes: Uint32Array;
  private lon: Float64Array;
  private lat: Float64Array;
  private level: Float64Array;
  /** The time, site and cell texts of every kept sample, back to back, as UTF-16 code units. */
  private chars: Uint16Array;
  private used = 0;
  /** Where each sample's texts start in `chars`, and the lengths of its time and site (the cell runs to the next start). */
  private textStart: Int32Array;
  private timeLength: Int32Array;
  private siteLength: Int32Array;

  constructor(private readonly hash: SampleHash = sampleHash, capacity = 1024) {
    const n = Math.max(16, capacity);
    this.slots = new Int32Array(tableSizeFor(n)).fill(-1);
    this.hashes = new Uint32Array(n);
    this.lon = new Float64Array(n);
    this.lat = new Float64Array(n);
    this.level = new Float64Array(n);
    this.textStart = new Int32Array(n + 1);
    this.timeLength = new Int32Array(n);
    this.siteLength = new Int32Array(n);
    this.chars = new Uint16Array(0);
  }

  /** True when an identical sample was kept before; otherwise keeps this one and returns false. */
  repeats(k: SampleKey): boolean {
    const h = this.hash(k) >>> 0;
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s] ?? -1;
      if (at < 0) break;
      if (this.hashes[at] === h && this.same(at, k)) return true;
    }
    this.keep(h, k);
    return false;
  }

  private same(at: number, k: SampleKey): boolean {
    if (this.lon[at] !== k.lon || this.lat[at] !== k.lat || this.level[at] !== k.level) return false;
    const start = this.textStart[at] ?? 0;
    const timeLength = this.timeLength[at] ?? 0;
    const siteLength = this.siteLength[at] ?? 0;
    const cellLength = (this.textStart[at + 1] ?? 0) - start - timeLength - siteLength;
    return this.textAt(start, k.time, timeLength) && this.textAt(start + timeLength, k.site, siteLength)
      && this.textAt(start + timeLength + siteLength, k.cell, cellLength);
  }

  private textAt(from: number, s: string, length: number): boolean {
    if (s.length !== length) return false;
    for (let i = 0; i < length; i++) if (this.chars[from + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  private keep(h: number, k: SampleKey): void {
    if (this.count === this.hashes.length) this.growEntries();
    if ((this.count + 1) * 2 > this.slots.length) this.growTable();
    const at = this.count++;
    this.hashes[at] = h;
    this.lon[at] = k.lon;
    this.lat[at] = k.lat;
    this.level[at] = k.level;
    this.timeLength[at] = k.time.length;
    this.siteLength[at] = k.site.length;
    const need = this.used + k.time.length + k.site.length + k.cell.length;
    if (need > this.chars.length) this.chars = copied(this.chars, new Uint16Array(Math.max(need, this.chars.length * 2, 1024)));
    this.append(k.time);
    this.append(k.site);
    this.append(k.cell);
    this.textStart[at + 1] = this.used;
    this.place(at);
  }

  private append(s: string): void {
    for (let i = 0; i < s.length; i++) this.chars[this.used++] = s.charCodeAt(i);
  }

  private place(at: number): void {
    const mask = this.slots.length - 1;
    let s = (this.hashes[at] ?? 0) & mask;
    while ((this.slots[s] ?? -1) >= 0) s = (s + 1) & mask;
    this.slots[s] = at;
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    this.hashes = copied(this.hashes, new Uint32Array(n));
    this.lon = copied(this.lon, new Float64Array(n));
    this.lat = copied(this.lat, new Float64Array(n));
    this.level = copied(this.level, new Float64Array(n));
    this.textStart = copied(this.textStart, new Int32Array(n + 1));
    this.timeLength = copied(this.timeLength, new Int32Array(n));
    this.siteLength = copied(this.siteLength, new Int32Array(n));
  }

  private growTable(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let at = 0; at < this.count; at++) this.place(at);
  }
}

/** A power of two at least twice `n`, so the table stays at most half full. */
function tableSizeFor(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

function copied<T extends Uint16Array | Uint32Array | Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
