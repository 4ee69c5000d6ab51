/**
 * Everything a terrain profile chart shows between two projected points: the ground (and the ground raised by the
 * earth's bulge for the chosen k-factor), the straight line of sight between the two antennas, the radius of the
 * first Fresnel zone along it, the least clearance in Fresnel radii, the dominant edge and the Deygout edges with the
 * diffraction losses (profile.ts), and the verdict of a point-to-point hop: clear when the line of sight clears the
 * bulged ground by at least 0.6·F1 everywhere.
 *
 * The losses are those of the coverage model (4/3 earth, excess over a smooth earth); the k-factor moves the bulge,
 * the clearance and the verdict.
 */
import { K_FACTOR, wavelengthM } from './knife-edge';
import { profileLossDb, terrainProfile, type DiffractionEdge, type XY } from './profile';
import type { TerrainGrid } from './terrain-grid';

/** A hop is clear when the line of sight clears the ground by this share of the first Fresnel radius everywhere. */
export const HOP_CLEARANCE_F1 = 0.6;
/** Most samples a chart holds; a longer path is sampled more coarsely than half a terrain cell. */
export const MAX_CHART_SAMPLES = 4000;
/** Earth radius of the bulge, metres (as knife-edge.ts: k = 4/3 gives its EFFECTIVE_EARTH_RADIUS_M). */
const EARTH_M = 6_371_000;

export interface PathChartInput {
  terrain: TerrainGrid;
  /** In the projection of terrain.grid. */
  from: XY;
  to: XY;
  /** Antenna heights above the ground at each end, metres. */
  fromAntennaM: number;
  toAntennaM: number;
  freqMHz: number;
  /** Effective earth-radius factor (4/3 standard atmosphere; 2/3 for a sub-refractive hop). */
  kFactor: number;
  /** Sample spacing at most; default half a terrain cell (coarser when the path would exceed MAX_CHART_SAMPLES). */
  maxStepM?: number;
}

export interface PathChart {
  lengthM: number;
  freqMHz: number;
  kFactor: number;
  /** Distance of each sample from the start, metres. */
  distancesM: Float64Array;
  /** Ground height, metres above sea level; NaN unknown. */
  groundM: Float64Array;
  /** The earth's bulge at each sample for kFactor, metres (0 at both ends). */
  bulgeM: Float64Array;
  /** Ground + bulge: the ground as the radio path sees it; NaN unknown. */
  bulgedGroundM: Float64Array;
  /** The straight line between the two antennas, metres above sea level. */
  losM: Float64Array;
  /** First Fresnel zone radius √(λ·d1·d2/(d1+d2)) at each sample, metres. */
  fresnelM: Float64Array;
  /** Antenna heights above sea level at the start and the end. */
  fromAntennaAslM: number;
  toAntennaAslM: number;
  /** Samples with no ground height (the path leaves the elevation layer or crosses a void). */
  unknownSamples: number;
  /**
   * Least (line of sight − bulged ground)/F1 over the interior samples, where it is and the clearance there in
   * metres; null when no interior sample is known.
   */
  minClearance: { ratio: number; distanceM: number; clearanceM: number } | null;
  /** True when minClearance.ratio ≥ HOP_CLEARANCE_F1 (false when unknown). */
  hopClear: boolean;
  /** Diffraction losses (4/3 earth, excess over a smooth earth), dB; the edges as in profile.ts. */
  singleEdgeDb: number;
  deygoutDb: number;
  smoothEarthDb: number;
  dominant: DiffractionEdge | null;
  deygoutEdges: DiffractionEdge[];
}

/** Height the bulge of an earth of radius k·R adds at d1 and d2 metres from the two ends. */
export function bulgeAtM(d1: number, d2: number, kFactor: number): number {
  return (d1 * d2) / (2 * kFactor * EARTH_M);
}

/** Radius of the first Fresnel zone at d1 and d2 metres from the two ends, metres (0 at an end). */
export function fresnelRadiusM(d1: number, d2: number, freqMHz: number): number {
  if (!(d1 > 0 && d2 > 0)) return 0;
  return Math.sqrt((wavelengthM(freqMHz) * d1 * d2) / (d1 + d2));
}

export function pathChart(input: PathChartInput): PathChart {
  const { terrain, from, to, fromAntennaM, toAntennaM, freqMHz, kFactor } = input;
  const lengthM = Math.hypot(to.x - from.x, to.y - from.y);
  const step = Math.max(input.maxStepM ?? terrain.grid.cellSizeM / 2, lengthM / MAX_CHART_SAMPLES);
  const profile = terrainProfile(terrain, from, to, step);
  const n = profile.distancesM.length;
  const distancesM = profile.distancesM;
  const groundM = profile.heightsM;
  const bulgeM = new Float64Array(n);
  const bulgedGroundM = new Float64Array(n);
  const losM = new Float64Array(n);
  const fresnelM = new Float64Array(n);
  const g0 = groundM[0] ?? Number.NaN;
  const gN = groundM[n - 1] ?? Number.NaN;
  const fromAntennaAslM = g0 + fromAntennaM;
  const toAntennaAslM = gN + toAntennaM;
  let unknownSamples = 0;
  let minClearance: PathChart['minClearance'] = null;
  for (let i = 0; i < n; i++) {
    const d1 = distancesM[i] ?? 0;
    const d2 = Math.max(0, lengthM - d1);
    const f = lengthM > 0 ? d1 / lengthM : 0;
    const b = bulgeAtM(d1, d2, kFactor);
    const g = groundM[i] ?? Number.NaN;
    bulgeM[i] = b;
    bulgedGroundM[i] = g + b;
    losM[i] = fromAntennaAslM + (toAntennaAslM - fromAntennaAslM) * f;
    const r = fresnelRadiusM(d1, d2, freqMHz);
    fresnelM[i] = r;
    if (Number.isNaN(g)) {
      unknownSamples++;
      continue;
    }
    if (i === 0 || i === n - 1 || !(r > 0) || Number.isNaN(losM[i] ?? Number.NaN)) continue;
    const clearanceM = (losM[i] ?? 0) - (g + b);
    const ratio = clearanceM / r;
    if (minClearance === null || ratio < minClearance.ratio) minClearance = { ratio, distanceM: d1, clearanceM };
  }
  const loss = profileLossDb(profile, fromAntennaM, toAntennaM, freqMHz);
  return {
    lengthM, freqMHz, kFactor, distancesM, groundM, bulgeM, bulgedGroundM, losM, fresnelM, fromAntennaAslM, toAntennaAslM,
    unknownSamples, minClearance, hopClear: minClearance !== null && minClearance.ratio >= HOP_CLEARANCE_F1,
    singleEdgeDb: loss.singleEdgeDb, deygoutDb: loss.deygoutDb, smoothEarthDb: loss.smoothEarthDb,
    dominant: loss.dominant, deygoutEdges: loss.deygoutEdges,
  };
}

/** The default k of the chart: the coverage model's standard atmosphere. */
export const DEFAULT_K_FACTOR = K_FACTOR;