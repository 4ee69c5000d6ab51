/**
 * The walk of the radial sweep (radial-sweep.ts): rays in nested levels leave the antenna and step outwards, each
 * carrying its running horizon, and leave a record at every step for the cells to read.
 */
import { EFFECTIVE_EARTH_RADIUS_M } from './knife-edge';
import { heightSampler } from './terrain-sample';
import { NO_ELEVATION, type TerrainGrid } from './terrain-grid';

/** Rays of the first level, 2^FIRST_RAYS_BITS; level L has FIRST_RAYS·2^L rays. */
export const FIRST_RAYS_BITS = 4;
export const FIRST_RAYS = 1 << FIRST_RAYS_BITS;

/** A ray's record at each step: its horizon's elevation angle and distance after the step, and the step's ground. */
export const SLOT = 3;

/**
 * Where each level's records sit. Level l walks steps first[l] + 1 … last[l] and keeps, for each of its rays, a record
 * for step first[l] (the horizon the ray brought in) and one after each of its steps: record (l, k, j) starts at
 * SLOT·(base[l] + k·len[l] + j − first[l]). ofStep[j] is the level that walks step j.
 */
export interface RayLayout {
  step: number;
  nSteps: number;
  levels: number;
  first: Int32Array;
  last: Int32Array;
  len: Int32Array;
  base: Int32Array;
  ofStep: Uint8Array;
  entries: number;
}

/** The farthest distance level L serves: where its neighbouring rays are one coverage cell apart. */
const levelReach = (level: number, cs: number): number => ((FIRST_RAYS << level) * cs) / (2 * Math.PI);

/** Levels up to step nSteps: level L walks the steps after the previous level's last, up to its reach. */
export function rayLayout(step: number, cs: number, nSteps: number): RayLayout {
  const lastSteps: number[] = [];
  for (let l = 0; ; l++) {
    const j = Math.min(nSteps, Math.max(l === 0 ? 1 : (lastSteps[l - 1] ?? 0) + 1, Math.floor(levelReach(l, cs) / step)));
    lastSteps.push(j);
    if (j >= nSteps) break;
  }
  const levels = lastSteps.length;
  const layout: RayLayout = {
    step, nSteps, levels, first: new Int32Array(levels), last: Int32Array.from(lastSteps), len: new Int32Array(levels),
    base: new Int32Array(levels), ofStep: new Uint8Array(nSteps + 1), entries: 0,
  };
  for (let l = 0; l < levels; l++) {
    const first = l === 0 ? 0 : (lastSteps[l - 1] ?? 0);
    const last = lastSteps[l] ?? 0;
    layout.first[l] = first;
    layout.len[l] = last - first + 1;
    layout.base[l] = layout.entries;
    layout.entries += (FIRST_RAYS << l) * (last - first + 1);
    layout.ofStep.fill(l, first + 1, last + 1);
  }
  return layout;
}

/** Unit vectors (east, north) of each level's rays, filled on first use: the same numbers for every window. */
const rayEast: Float64Array[] = [];
const rayNorth: Float64Array[] = [];

export function rayDirections(level: number): [east: Float64Array, north: Float64Array] {
  for (let l = rayEast.length; l <= level; l++) {
    const n = FIRST_RAYS << l;
    rayEast.push(Float64Array.from({ length: n }, (_, k) => Math.sin((2 * Math.PI * k) / n)));
    rayNorth.push(Float64Array.from({ length: n }, (_, k) => Math.cos((2 * Math.PI * k) / n)));
  }
  return [rayEast[level] as Float64Array, rayNorth[level] as Float64Array];
}

/** Grow-only scratch: a sweep runs to completion on one thread, so one set serves every call. */
let records = new Float32Array(0);
let rayAngle = new Float64Array(0);
let rayDist = new Float64Array(0);
/** By step j: 1/d and the earth's drop d²/2kR at d = j·step. */
let stepInverse = new Float64Array(0);
let stepDrop = new Float64Array(0);

const voidFree = new WeakMap<Int16Array, boolean>();

/** True when no height of `t` is unknown (checked once per height array). */
function hasNoVoids(t: TerrainGrid): boolean {
  const have = voidFree.get(t.heights);
  if (have !== undefined) return have;
  const none = t.heights.indexOf(NO_ELEVATION) < 0;
  voidFree.set(t.heights, none);
  return none;
}

/**
 * The bilinear height at fractional cell coordinates (fc, fr) of a grid without voids, read from `block`, the copy of
 * its cells from (row0, col0) on, `cols` a row: the arithmetic of heightSampler's common case, so both give the same
 * number to the last bit.
 */
function bilinearInBlock(block: Int16Array, cols: number, row0: number, col0: number, fc: number, fr: number): number {
  const c = fc | 0;
  const r = fr | 0;
  const tx = fc - c;
  const ty = fr - r;
  const i = (r - row0) * cols + c - col0;
  const a = block[i] as number;
  const b = block[i + 1] as number;
  const d = block[i + cols] as number;
  const e = block[i + cols + 1] as number;
  const top = a + (b - a) * tx;
  return top + (d + (e - d) * tx - top) * ty;
}

/** Grow-only scratch for the heights around a site: a ray then reads a compact block, not rows far apart. */
let block = new Int16Array(0);

/** Copies the cells of `t` that points within `reach` of (x, y) may read into `block`; returns its corner and width. */
function copyBlock(t: TerrainGrid, x: number, y: number, reach: number): { row0: number; col0: number; cols: number } {
  const { x0, y0, nx, ny } = t.grid;
  const inv = 1 / t.grid.cellSizeM;
  const col0 = Math.max(0, Math.floor((x - reach - x0) * inv - 0.5) - 1);
  const col1 = Math.min(nx - 1, Math.floor((x + reach - x0) * inv - 0.5) + 2);
  const row0 = Math.max(0, Math.floor((y0 - y - reach) * inv - 0.5) - 1);
  const row1 = Math.min(ny - 1, Math.floor((y0 - y + reach) * inv - 0.5) + 2);
  const cols = col1 - col0 + 1;
  const size = cols * (row1 - row0 + 1);
  if (block.length < size) block = new Int16Array(size);
  for (let r = row0; r <= row1; r++) block.set(t.heights.subarray(r * nx + col0, r * nx + col1 + 1), (r - row0) * cols);
  return { row0, col0, cols };
}

/** True when every point within `reach` of (x, y) can be read with bilinearInBlock. */
function discInside(t: TerrainGrid, x: number, y: number, reach: number): boolean {
  const g = t.grid;
  return g.nx > 2 && g.ny > 2
    && x - reach >= g.x0 + 0.5 * g.cellSizeM && x + reach <= g.x0 + (g.nx - 1.5) * g.cellSizeM
    && y + reach <= g.y0 - 0.5 * g.cellSizeM && y - reach >= g.y0 - (g.ny - 1.5) * g.cellSizeM
    && hasNoVoids(t);
}

/**
 * Walks every ray of `layout` from the antenna at (x, y), zT metres above sea level over ground `ground`, and returns
 * the records (scratch: valid until the next walk). A step of unknown ground does not move its ray's horizon.
 */
export function walkRays(t: TerrainGrid, x: number, y: number, ground: number, zT: number, layout: RayLayout): Float32Array {
  const { step, levels } = layout;
  const nMax = FIRST_RAYS << (levels - 1);
  if (records.length < layout.entries * SLOT) records = new Float32Array(layout.entries * SLOT);
  if (rayAngle.length < nMax) {
    rayAngle = new Float64Array(nMax);
    rayDist = new Float64Array(nMax);
  }
  if (stepInverse.length < layout.nSteps + 1) {
    stepInverse = new Float64Array(layout.nSteps + 1);
    stepDrop = new Float64Array(layout.nSteps + 1);
  }
  const rec = records;
  const rA = rayAngle;
  const rD = rayDist;
  const inverse = stepInverse;
  const drop = stepDrop;
  const invTwoKR = 1 / (2 * EFFECTIVE_EARTH_RADIUS_M);
  for (let j = 1; j <= layout.nSteps; j++) {
    inverse[j] = 1 / (j * step);
    drop[j] = (j * step) ** 2 * invTwoKR;
  }
  // Within a void-free grid the heights are read without the sampler's checks (the same numbers).
  const inside = discInside(t, x, y, layout.nSteps * step);
  const sample = heightSampler(t);
  const { x0, y0 } = t.grid;
  const inv = 1 / t.grid.cellSizeM;
  const { row0, col0, cols } = inside ? copyBlock(t, x, y, layout.nSteps * step) : { row0: 0, col0: 0, cols: 0 };
  const h = block;
  rA.fill(Number.NEGATIVE_INFINITY, 0, FIRST_RAYS);
  rD.fill(0, 0, FIRST_RAYS);
  for (let l = 0; l < levels; l++) {
    const nRays = FIRST_RAYS << l;
    if (l > 0) splitRays(rA, rD, nRays >> 1);
    const first = layout.first[l] as number;
    const last = layout.last[l] as number;
    const len = layout.len[l] as number;
    const [east, north] = rayDirections(l);
    for (let k = 0; k < nRays; k++) {
      const ux = east[k] as number;
      const uy = north[k] as number;
      let aH = rA[k] as number;
      let dH = rD[k] as number;
      let at = SLOT * ((layout.base[l] as number) + k * len);
      rec[at] = aH;
      rec[at + 1] = dH;
      rec[at + 2] = first > 0 ? sample(x + ux * first * step, y + uy * first * step) : ground;
      for (let j = first + 1; j <= last; j++) {
        const d = j * step;
        const px = x + ux * d;
        const py = y + uy * d;
        const g = inside ? bilinearInBlock(h, cols, row0, col0, (px - x0) * inv - 0.5, (y0 - py) * inv - 0.5) : sample(px, py);
        const a = (g - zT - (drop[j] as number)) * (inverse[j] as number);
        // NaN (unknown ground) compares false: the horizon stays.
        if (a > aH) { aH = a; dH = d; }
        at += SLOT;
        rec[at] = aH;
        rec[at + 1] = dH;
        rec[at + 2] = g;
      }
      rA[k] = aH;
      rD[k] = dH;
    }
  }
  return rec;
}

/**
 * A level doubles the rays: each old ray goes on as it was; a new one, between two old ones, starts from the mean of
 * their horizons where the previous level stopped (walking it from the site would double the cost). In place, from
 * the last ray down, so that no old ray is overwritten before it is read.
 */
function splitRays(rA: Float64Array, rD: Float64Array, half: number): void {
  for (let k = half - 1; k >= 0; k--) {
    const next = k + 1 === half ? 0 : k + 1;
    const a0 = rA[k] as number;
    const d0 = rD[k] as number;
    const a1 = rA[next] as number;
    const d1 = rD[next] as number;
    if (a0 === Number.NEGATIVE_INFINITY || a1 === Number.NEGATIVE_INFINITY) {
      rA[2 * k + 1] = Math.max(a0, a1);
      rD[2 * k + 1] = a0 >= a1 ? d0 : d1;
    } else {
      rA[2 * k + 1] = (a0 + a1) / 2;
      rD[2 * k + 1] = (d0 + d1) / 2;
    }
    rA[2 * k] = a0;
    rD[2 * k] = d0;
  }
}
