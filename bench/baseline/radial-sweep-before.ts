/**
 * The radial sweep as it was at commit b0311ed (before the sweep was rewritten for speed and accuracy), kept so the
 * province-terrain-100m bench can time it against today's on the same windows in the same run.
 */
import type { GridSpec } from '../../src/domain/grid/equal-area-grid';
import {
  EFFECTIVE_EARTH_RADIUS_M, knifeEdgeLossDb, REFERENCE_FREQ_MHZ, smoothEarthLossDb, V_MIN, wavelengthM,
} from '../../src/domain/terrain/knife-edge';
import { heightSampler } from '../../src/domain/terrain/terrain-sample';
import type { TerrainGrid } from '../../src/domain/terrain/terrain-grid';
import type { CoverageWindow, SweepOptions, TerrainSite } from '../../src/domain/terrain/radial-sweep';

/** Smooth-earth loss by step for a (step, antenna, mobile) triple: mast heights repeat across a province. */
const baselines = new Map<string, Float64Array>();

function smoothEarthBaseline(step: number, antennaM: number, mobileM: number, nSteps: number, lambda: number): Float64Array {
  const key = `${step}|${antennaM}|${mobileM}`;
  const have = baselines.get(key);
  if (have && have.length > nSteps) return have;
  const table = new Float64Array(nSteps + 1);
  for (let j = 1; j <= nSteps; j++) table[j] = smoothEarthLossDb(j * step, antennaM, mobileM, lambda);
  if (baselines.size > 256) baselines.clear();
  baselines.set(key, table);
  return table;
}

/** Loss in dB → code (0.25 dB steps, clamped to 0…255). */
function lossCode(lossDb: number): number {
  const c = Math.round(lossDb * 4);
  return c < 0 ? 0 : c > 255 ? 255 : c;
}

/** Rays of the first level; level L has FIRST_RAYS·2^L rays. */
const FIRST_RAYS = 16;

/** The farthest distance level L serves: where its neighbouring rays are one coverage cell apart. */
const levelReach = (level: number, cs: number): number => ((FIRST_RAYS << level) * cs) / (2 * Math.PI);

/** The last step each level serves (level L: steps after the previous level's last, up to its reach), up to nSteps. */
function levelSteps(step: number, cs: number, nSteps: number): number[] {
  const last: number[] = [];
  for (let l = 0; ; l++) {
    const j = Math.min(nSteps, Math.max(l === 0 ? 1 : (last[l - 1] ?? 0) + 1, Math.floor(levelReach(l, cs) / step)));
    last.push(j);
    if (j >= nSteps) return last;
  }
}

/**
 * Loss codes (see above) for the cells of `window` on `coverage`, row-major, (col1 − col0) per row. All zero when the
 * ground under the site is unknown; a step of unknown ground gives code 0 and does not move its ray's horizon.
 *
 * Rays come in levels: a cell at distance d reads the nearest ray of the first level whose rays are at most one cell
 * apart at d (16, 32, 64… rays), and the nearest step. So a cell's code depends only on the site and the cell, never
 * on the window asked for: a wider window (another technology's footprint, a lower threshold) agrees with a narrower
 * one on every cell they share, and incremental edits equal a rebuild whatever was computed before.
 */
export function terrainLossWindowBefore(
  t: TerrainGrid, site: TerrainSite, mobileM: number, window: CoverageWindow, coverage: GridSpec, options: SweepOptions = {},
): Uint8Array {
  const width = Math.max(0, window.col1 - window.col0);
  const height = Math.max(0, window.row1 - window.row0);
  const out = new Uint8Array(width * height);
  const sample = heightSampler(t);
  const ground = sample(site.x, site.y);
  if (out.length === 0 || Number.isNaN(ground)) return out;
  const cs = coverage.cellSizeM;
  const zT = ground + site.antennaM;

  // Farthest window corner (or the radius asked for) → how far rays go.
  const xs = [coverage.x0 + window.col0 * cs, coverage.x0 + window.col1 * cs];
  const ys = [coverage.y0 - window.row0 * cs, coverage.y0 - window.row1 * cs];
  let rMax = 0;
  for (const x of xs) for (const y of ys) rMax = Math.max(rMax, Math.hypot(x - site.x, y - site.y));
  if (options.radiusM !== undefined) rMax = Math.min(rMax, options.radiusM + cs);
  const step = options.stepM ?? t.grid.cellSizeM;
  const nSteps = Math.ceil(rMax / step) + 1;
  const stride = nSteps + 1;
  const lastStep = levelSteps(step, cs, nSteps);
  const levels = lastStep.length;

  const lambda = wavelengthM(REFERENCE_FREQ_MHZ);
  const twoKR = 2 * EFFECTIVE_EARTH_RADIUS_M;
  const baseline = smoothEarthBaseline(step, site.antennaM, mobileM, nSteps, lambda);

  const levelAt = new Int32Array(levels);
  let total = 0;
  for (let l = 0; l < levels; l++) {
    levelAt[l] = total;
    total += (FIRST_RAYS << l) * stride;
  }
  const codes = new Uint8Array(total);
  // Each ray's horizon: elevation angle (radians, small-angle, curvature included) and distance.
  let angles = new Float64Array(FIRST_RAYS).fill(Number.NEGATIVE_INFINITY);
  let dists = new Float64Array(FIRST_RAYS);
  for (let l = 0; l < levels; l++) {
    const nRays = FIRST_RAYS << l;
    if (l > 0) {
      // A level doubles the rays: each old ray goes on as it was; a new one, between two old ones, starts from the
      // mean of their horizons where the previous level stopped (walking it from the site would double the cost).
      const a = new Float64Array(nRays);
      const d = new Float64Array(nRays);
      const half = nRays >> 1;
      for (let k = 0; k < half; k++) {
        const a0 = angles[k] ?? Number.NEGATIVE_INFINITY;
        const a1 = angles[(k + 1) % half] ?? Number.NEGATIVE_INFINITY;
        a[2 * k] = a0;
        d[2 * k] = dists[k] ?? 0;
        if (a0 === Number.NEGATIVE_INFINITY || a1 === Number.NEGATIVE_INFINITY) {
          a[2 * k + 1] = Math.max(a0, a1);
          d[2 * k + 1] = a0 >= a1 ? (dists[k] ?? 0) : (dists[(k + 1) % half] ?? 0);
        } else {
          a[2 * k + 1] = (a0 + a1) / 2;
          d[2 * k + 1] = ((dists[k] ?? 0) + (dists[(k + 1) % half] ?? 0)) / 2;
        }
      }
      angles = a;
      dists = d;
    }
    const jFrom = l === 0 ? 1 : (lastStep[l - 1] ?? 0) + 1;
    const jTo = lastStep[l] ?? 0;
    const at = levelAt[l] ?? 0;
    for (let k = 0; k < nRays; k++) {
      const bearing = (2 * Math.PI * k) / nRays;
      const ux = Math.sin(bearing);
      const uy = Math.cos(bearing);
      let aH = angles[k] ?? Number.NEGATIVE_INFINITY;
      let dH = dists[k] ?? 0;
      const row = at + k * stride;
      for (let j = jFrom; j <= jTo; j++) {
        const d = j * step;
        const g = sample(site.x + ux * d, site.y + uy * d);
        if (Number.isNaN(g)) continue;
        const drop = (d * d) / twoKR;
        if (dH > 0) {
          const aR = (g + mobileM - zT - drop) / d;
          const v = (aH - aR) * Math.sqrt((2 * d * dH) / (lambda * (d - dH)));
          if (v > V_MIN) codes[row + j] = lossCode(jTable(v) - (baseline[j] as number));
        }
        const a = (g - zT - drop) / d;
        if (a > aH) { aH = a; dH = d; }
      }
      angles[k] = aH;
      dists[k] = dH;
    }
  }

  // Each cell reads its level's nearest ray and step, as seen from the centre of the site's cell: then the index of a
  // cell depends only on its offset in cells, one table for every site (no atan2 per cell).
  const sc = Math.floor((site.x - coverage.x0) / cs);
  const sr = Math.floor((coverage.y0 - site.y) / cs);
  const half = Math.ceil(rMax / cs) + 1;
  const lookup = rayLookup(step, nSteps, cs, half, levelAt, lastStep);
  const side = 2 * half + 1;
  for (let r = 0; r < height; r++) {
    const or = window.row0 + r - sr + half;
    if (or < 0 || or >= side) continue;
    for (let c = 0; c < width; c++) {
      const oc = window.col0 + c - sc + half;
      if (oc < 0 || oc >= side) continue;
      const i = lookup[or * side + oc] ?? -1;
      if (i >= 0) out[r * width + c] = codes[i] ?? 0;
    }
  }
  return out;
}

/** J(v) from a table every 1/200 of v up to v = 40 (J there is 38 dB; beyond, the formula): within 0.05 dB. */
const J_PER_V = 200;
const J_MAX_V = 40;
const J_TABLE = Float32Array.from({ length: (J_MAX_V - V_MIN) * J_PER_V + 2 }, (_, i) => knifeEdgeLossDb(V_MIN + i / J_PER_V));
function jTable(v: number): number {
  const i = ((v - V_MIN) * J_PER_V + 0.5) | 0;
  return i < J_TABLE.length ? (J_TABLE[i] as number) : knifeEdgeLossDb(v);
}

const lookups = new Map<string, Int32Array>();

/**
 * For each cell offset (row, col) within ±half cells of the site's cell: the index in the sweep's codes of its level's
 * nearest ray and step, or −1 (the site's own cell, or beyond the last step).
 */
function rayLookup(step: number, nSteps: number, cs: number, half: number, levelAt: Int32Array, lastStep: readonly number[]): Int32Array {
  const key = `${step}|${nSteps}|${cs}|${half}`;
  const have = lookups.get(key);
  if (have) return have;
  const side = 2 * half + 1;
  const table = new Int32Array(side * side).fill(-1);
  const stride = nSteps + 1;
  for (let or = 0; or < side; or++) {
    const dy = (half - or) * cs;
    for (let oc = 0; oc < side; oc++) {
      const dx = (oc - half) * cs;
      const j = Math.round(Math.hypot(dx, dy) / step);
      if (j < 1 || j > nSteps) continue;
      let l = 0;
      while ((lastStep[l] ?? nSteps) < j) l++;
      const nRays = FIRST_RAYS << l;
      let k = Math.round((Math.atan2(dx, dy) * nRays) / (2 * Math.PI));
      if (k < 0) k += nRays;
      if (k >= nRays) k -= nRays;
      table[or * side + oc] = (levelAt[l] ?? 0) + k * stride + j;
    }
  }
  if (lookups.size > 64) lookups.clear();
  lookups.set(key, table);
  return table;
}
