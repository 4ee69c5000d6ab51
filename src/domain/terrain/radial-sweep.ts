/**
 * The fast per-site terrain term: a radial sweep from the site over a window of the coverage grid.
 *
 * Rays leave the antenna in nested levels (ray-walk.ts) and step outwards; each carries its running horizon — the
 * largest elevation angle from the antenna seen so far, 4/3-earth curvature included — and the distance of that
 * horizon point, and records both and the ground at every step. Each coverage cell of the window then takes its
 * level's nearest ray, the horizon that ray had at its last step short of the cell's distance d, and a receiver
 * `mobileM` above the ground on the ray at d: the single-dominant-edge method of profile.ts with the horizon standing
 * in for the largest-v point, at the 1 GHz reference frequency, in excess of smooth earth at d. Cost: about 1.6 height
 * samples and one loss per cell instead of one full profile per cell.
 *
 * Loss codes: round(loss_dB × 4) clamped to 0…255 (0.25 dB steps, up to 63.75 dB); lossLutForFrequency turns a code
 * into dB at another frequency.
 */
import type { GridSpec } from '../grid/equal-area-grid';
import {
  EFFECTIVE_EARTH_RADIUS_M, inverseKnifeEdgeV, knifeEdgeLossDb, REFERENCE_FREQ_MHZ, V_MIN, wavelengthM,
} from './knife-edge';
import { FIRST_RAYS, FIRST_RAYS_BITS, rayLayout, type RayLayout, SLOT, walkRays } from './ray-walk';
import { BEARING_BITS, bearingTable, jTable, smoothEarthAt, smoothEarthTable } from './sweep-tables';
import { heightSampler } from './terrain-sample';
import type { TerrainGrid } from './terrain-grid';

/** Coverage-grid cells row0 ≤ row < row1, col0 ≤ col < col1. */
export interface CoverageWindow { row0: number; row1: number; col0: number; col1: number }

export interface TerrainSite {
  /** Projected metres, in the coverage grid's projection. */
  x: number;
  y: number;
  /** Antenna height above ground, metres. */
  antennaM: number;
}

export interface SweepOptions {
  /** Step along each ray, metres (default: one terrain cell). */
  stepM?: number;
  /** Cells farther than this from the site are never read: rays stop there (default: the window's far corner). */
  radiusM?: number;
}

/** Loss in dB → code (0.25 dB steps, clamped to 0…255). */
export function lossCode(lossDb: number): number {
  // Math.round(lossDb × 4) clamped, without Math.round (the sweep calls this for most cells).
  const q = lossDb * 4 + 0.5;
  return q < 1 ? 0 : q >= 256 ? 255 : q | 0;
}

/**
 * Loss codes (see above) for the cells of `window` on `coverage`, row-major, (col1 − col0) per row. All zero when the
 * ground under the site is unknown; a step of unknown ground does not move its ray's horizon, and a cell whose
 * receiver stands on unknown ground gets code 0.
 *
 * Rays come in levels: a cell at distance d reads the nearest ray of the first level whose rays are at most one cell
 * apart at d (16, 32, 64… rays), and that ray's horizon at its last step short of d. So a cell's code depends only on
 * the site and the cell, never on the window asked for: a wider window (another technology's footprint, a lower
 * threshold) agrees with a narrower one on every cell they share within the narrower one's reach, and incremental
 * edits equal a rebuild whatever was computed before.
 */
export function terrainLossWindow(
  t: TerrainGrid, site: TerrainSite, mobileM: number, window: CoverageWindow, coverage: GridSpec, options: SweepOptions = {},
): Uint8Array {
  const width = Math.max(0, window.col1 - window.col0);
  const height = Math.max(0, window.row1 - window.row0);
  const out = new Uint8Array(width * height);
  const ground = heightSampler(t)(site.x, site.y);
  if (out.length === 0 || Number.isNaN(ground)) return out;
  const cs = coverage.cellSizeM;
  // Farthest window corner (or the radius asked for) → how far rays go.
  const xs = [coverage.x0 + window.col0 * cs, coverage.x0 + window.col1 * cs];
  const ys = [coverage.y0 - window.row0 * cs, coverage.y0 - window.row1 * cs];
  let rMax = 0;
  for (const x of xs) for (const y of ys) rMax = Math.max(rMax, Math.hypot(x - site.x, y - site.y));
  if (options.radiusM !== undefined) rMax = Math.min(rMax, options.radiusM + cs);
  const step = options.stepM ?? t.grid.cellSizeM;
  // Cells farther than rMax get no code (none is read there); the last step is the first at or beyond rMax.
  const layout = rayLayout(step, cs, Math.max(1, Math.ceil(rMax / step)));
  const zT = ground + site.antennaM;
  const records = walkRays(t, site.x, site.y, ground, zT, layout);
  readCells(out, records, layout, rMax, site.x, site.y, site.antennaM, zT, mobileM, window, coverage);
  return out;
}

/**
 * Each cell of the window: its distance d from the antenna, the horizon its ray had at the last step short of d, and
 * its receiver on that ray at d, the ground between the two steps around it taken as a straight line. The receiver
 * stands on the ray so that the horizon and the ground it is compared with lie on one line (the cell's own centre, up
 * to half a cell sideways, gave twice the error on the relief of the tests).
 */
function readCells(
  out: Uint8Array, rec: Float32Array, layout: RayLayout, reach: number,
  x: number, y: number, antennaM: number, zT: number, mobileM: number, window: CoverageWindow, coverage: GridSpec,
): void {
  const { step, nSteps, first, len, base, ofStep } = layout;
  const { cellSizeM: cs, x0, y0 } = coverage;
  const { row0, row1, col0, col1 } = window;
  const width = col1 - col0;
  const lambda = wavelengthM(REFERENCE_FREQ_MHZ);
  const baseline = smoothEarthTable(antennaM, mobileM, reach + cs, lambda);
  const sc = Math.floor((x - x0) / cs);
  const sr = Math.floor((y0 - y) / cs);
  const { half, steps } = bearingTable(Math.ceil(reach / cs) + 1);
  const side = 2 * half + 1;
  const invStep = 1 / step;
  const invTwoKR = 1 / (2 * EFFECTIVE_EARTH_RADIUS_M);
  const twoOverLambda = 2 / lambda;
  const zR = mobileM - zT;
  for (let row = Math.max(row0, sr - half); row < Math.min(row1, sr + half + 1); row++) {
    const dy = y0 - (row + 0.5) * cs - y;
    if (Math.abs(dy) > reach) continue;
    const span = Math.sqrt(reach * reach - dy * dy);
    const colFrom = Math.max(col0, sc - half, Math.floor((x - span - x0) / cs));
    const colTo = Math.min(col1, sc + half + 1, Math.ceil((x + span - x0) / cs) + 1);
    const turnRow = (row - sr + half) * side - sc + half;
    const outRow = (row - row0) * width - col0;
    for (let col = colFrom; col < colTo; col++) {
      const dx = x0 + (col + 0.5) * cs - x;
      const dc = Math.sqrt(dx * dx + dy * dy);
      const fs = dc * invStep;
      const js = Math.ceil(fs) - 1;
      if (js < 1 || js >= nSteps) continue;
      const l = ofStep[js + 1] as number;
      // The nearest of the level's 2^(FIRST_RAYS_BITS + l) rays: the bearing's top FIRST_RAYS_BITS + l bits, rounded.
      const k = ((((steps[turnRow + col] as number) >>> (BEARING_BITS - FIRST_RAYS_BITS - 1 - l)) + 1) >>> 1)
        & ((FIRST_RAYS << l) - 1);
      const at = SLOT * ((base[l] as number) + k * (len[l] as number) + js - (first[l] as number));
      const dH = rec[at + 1] as number;
      if (!(dH > 0 && dH < dc)) continue;
      const g0 = rec[at + 2] as number;
      const g = g0 + ((rec[at + 2 + SLOT] as number) - g0) * (fs - js);
      const aR = (g + zR - dc * dc * invTwoKR) * (1 / dc);
      const v = ((rec[at] as number) - aR) * Math.sqrt((twoOverLambda * dc * dH) / (dc - dH));
      // NaN (unknown ground at the receiver) compares false: code 0.
      if (v > V_MIN) out[outRow + col] = lossCode(jTable(v) - smoothEarthAt(baseline, dc));
    }
  }
}

/**
 * Code → loss in dB at `freqMHz` (256 entries): the code's 1 GHz loss is turned back into v (J inverted, closed form,
 * monotone), v scaled by √(f/1000) — v ∝ 1/√λ for the same geometry — and J applied again. Code 0 stays 0.
 */
export function lossLutForFrequency(freqMHz: number): Float32Array {
  const lut = new Float32Array(256);
  const scale = Math.sqrt(freqMHz / REFERENCE_FREQ_MHZ);
  for (let code = 1; code < 256; code++) lut[code] = knifeEdgeLossDb(inverseKnifeEdgeV(code / 4) * scale);
  return lut;
}
