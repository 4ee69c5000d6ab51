/**
 * The exact terrain profile between two points and its diffraction loss (ITU-R P.526): the single dominant edge
 * (§4.1, the profile point of largest v) and the Deygout construction limited to three edges (§4.5).
 *
 * Both losses are the EXCESS over a smooth 4/3 earth with the same antenna heights (smoothEarthLossDb): the coverage
 * engine's distance tables already describe open, smooth ground, so open ground must cost nothing here; a loss is
 * never negative. The raw J values stay available on the returned edges.
 */
import { earthBulgeM, fresnelV, knifeEdgeLossDb, smoothEarthLossDb, V_MIN, wavelengthM } from './knife-edge';
import { heightSampler } from './terrain-sample';
import type { TerrainGrid } from './terrain-grid';

export interface TerrainProfile {
  /** Distance of each sample from the start, metres (0 … lengthM). */
  distancesM: Float64Array;
  /** Ground height of each sample, metres; NaN unknown. */
  heightsM: Float64Array;
  lengthM: number;
}

export interface DiffractionEdge {
  /** From the transmitter, metres. */
  distanceM: number;
  /** Ground height at the edge, metres. */
  heightM: number;
  v: number;
  /** J(v) on the edge's own (sub-)path, dB. */
  jDb: number;
}

export interface ProfileLoss {
  /** Single dominant edge: J(v of the largest-v point) − smooth earth, ≥ 0. */
  singleEdgeDb: number;
  /** Deygout, up to three edges, − smooth earth, ≥ 0 and ≥ singleEdgeDb. */
  deygoutDb: number;
  /** What a smooth earth alone gives (subtracted from both), dB. */
  smoothEarthDb: number;
  /** The largest-v point of the whole path (for a profile chart); null if the profile has no interior point. */
  dominant: DiffractionEdge | null;
  /** The edges the Deygout construction used: the main edge, then the obstructing sub-path edges. */
  deygoutEdges: DiffractionEdge[];
}

export interface XY { x: number; y: number }

/** Heights sampled (bilinear) along the straight segment `from`→`to`, every ≤ maxStepM (default half a terrain cell). */
export function terrainProfile(t: TerrainGrid, from: XY, to: XY, maxStepM = t.grid.cellSizeM / 2): TerrainProfile {
  const sample = heightSampler(t);
  const lengthM = Math.hypot(to.x - from.x, to.y - from.y);
  const n = Math.max(1, Math.ceil(lengthM / maxStepM));
  const distancesM = new Float64Array(n + 1);
  const heightsM = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const f = i / n;
    distancesM[i] = f * lengthM;
    heightsM[i] = sample(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f);
  }
  return { distancesM, heightsM, lengthM };
}

interface Found { index: number; v: number }

/** Largest-v interior point of samples (i0, i1) for the line from height z0 at i0 to z1 at i1, or null. */
function maxEdge(p: TerrainProfile, i0: number, i1: number, z0: number, z1: number, lambda: number): Found | null {
  const dA = p.distancesM[i0] ?? 0;
  const span = (p.distancesM[i1] ?? 0) - dA;
  let best: Found | null = null;
  for (let i = i0 + 1; i < i1; i++) {
    const g = p.heightsM[i] ?? Number.NaN;
    if (Number.isNaN(g)) continue;
    const d1 = (p.distancesM[i] ?? 0) - dA;
    const d2 = span - d1;
    const h = g + earthBulgeM(d1, d2) - (z0 + ((z1 - z0) * d1) / span);
    const v = fresnelV(h, d1, d2, lambda);
    if (best === null || v > best.v) best = { index: i, v };
  }
  return best;
}

function edgeOf(p: TerrainProfile, f: Found): DiffractionEdge {
  return { distanceM: p.distancesM[f.index] ?? 0, heightM: p.heightsM[f.index] ?? 0, v: f.v, jDb: knifeEdgeLossDb(f.v) };
}

const NONE: ProfileLoss = { singleEdgeDb: 0, deygoutDb: 0, smoothEarthDb: 0, dominant: null, deygoutEdges: [] };

/**
 * Diffraction loss of a profile with antennas `txAntennaM` (at distance 0) and `rxAntennaM` (at the end) above the
 * ground, at `freqMHz`. Unknown samples are skipped; an unknown ground height at either end gives no loss at all.
 *
 * Deygout (P.526 §4.5): L = J(vp) + T·(J(vt) + J(vr) + C), T = 1 − exp(−J(vp)/6), C = 10 + 0.04·D (D in km), with
 * vt and vr the largest v on the sub-paths transmitter→main edge and main edge→receiver. A secondary edge counts only
 * where it obstructs its sub-path (v > 0); without one the result is J(vp) alone — a smooth sub-path below a 1.5 m
 * mobile would otherwise add C to every single ridge.
 */
export function profileLossDb(p: TerrainProfile, txAntennaM: number, rxAntennaM: number, freqMHz: number): ProfileLoss {
  const n = p.heightsM.length - 1;
  const g0 = p.heightsM[0] ?? Number.NaN;
  const gN = p.heightsM[n] ?? Number.NaN;
  if (n < 2 || Number.isNaN(g0) || Number.isNaN(gN)) return NONE;
  const lambda = wavelengthM(freqMHz);
  const zT = g0 + txAntennaM;
  const zR = gN + rxAntennaM;
  const smoothEarthDb = smoothEarthLossDb(p.lengthM, txAntennaM, rxAntennaM, lambda);
  const main = maxEdge(p, 0, n, zT, zR, lambda);
  if (main === null) return NONE;
  const dominant = edgeOf(p, main);
  const jp = dominant.jDb;
  const singleEdgeDb = Math.max(0, jp - smoothEarthDb);
  if (!(main.v > V_MIN)) return { singleEdgeDb, deygoutDb: singleEdgeDb, smoothEarthDb, dominant, deygoutEdges: [dominant] };
  const tip = p.heightsM[main.index] ?? 0;
  const secondary = [maxEdge(p, 0, main.index, zT, tip, lambda), maxEdge(p, main.index, n, tip, zR, lambda)]
    .filter((f): f is Found => f !== null && f.v > 0)
    .map((f) => edgeOf(p, f));
  let deygout = jp;
  if (secondary.length > 0) {
    const t = 1 - Math.exp(-jp / 6);
    const c = 10 + 0.04 * (p.lengthM / 1000);
    deygout = jp + t * (secondary.reduce((s, e) => s + e.jDb, 0) + c);
  }
  const deygoutEdges = [dominant, ...secondary].sort((a, b) => a.distanceM - b.distanceM);
  return { singleEdgeDb, deygoutDb: Math.max(0, deygout - smoothEarthDb), smoothEarthDb, dominant, deygoutEdges };
}
