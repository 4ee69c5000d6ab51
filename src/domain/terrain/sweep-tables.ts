/**
 * Tables the radial sweep reads instead of computing per cell: J(v), the smooth-earth loss by distance, and the bearing
 * of each cell offset around a site's cell. Each is filled once and shared by every site that needs the same one.
 */
import { knifeEdgeLossDb, smoothEarthLossDb, V_MIN } from './knife-edge';

/** J(v) from a table every 1/200 of v up to v = 40 (J there is 38 dB; beyond, the formula): within 0.05 dB. */
const J_PER_V = 200;
const J_MAX_V = 40;
const J_TABLE = Float32Array.from({ length: (J_MAX_V - V_MIN) * J_PER_V + 2 }, (_, i) => knifeEdgeLossDb(V_MIN + i / J_PER_V));

export function jTable(v: number): number {
  const i = ((v - V_MIN) * J_PER_V + 0.5) | 0;
  return i < J_TABLE.length ? (J_TABLE[i] as number) : knifeEdgeLossDb(v);
}

/**
 * Spacing of the smooth-earth table, metres: read linearly between entries it is within 0.033 dB of the exact loss
 * (masts of 20–45 m, 30 m to 15 km), and each entry costs a few µs, for every mast height of a province.
 */
export const SMOOTH_EARTH_STEP_M = 100;
/** A table reaches at least this far, so that sites of growing reach do not each rebuild it. */
const SMOOTH_EARTH_MIN_M = 16_000;

/** Smooth-earth loss every SMOOTH_EARTH_STEP_M for an (antenna, mobile) pair: mast heights repeat across a province. */
const smoothEarthTables = new Map<string, Float64Array>();

/** The smooth-earth table of (antennaM, mobileM) reaching at least `distanceM` (read it with smoothEarthAt). */
export function smoothEarthTable(antennaM: number, mobileM: number, distanceM: number, lambda: number): Float64Array {
  const key = `${antennaM}|${mobileM}|${lambda}`;
  const have = smoothEarthTables.get(key);
  const n = Math.ceil(Math.max(distanceM, SMOOTH_EARTH_MIN_M) / SMOOTH_EARTH_STEP_M) + 2;
  if (have && have.length >= n) return have;
  const table = new Float64Array(Math.max(n, (have?.length ?? 0) * 2));
  for (let i = 1; i < table.length; i++) table[i] = smoothEarthLossDb(i * SMOOTH_EARTH_STEP_M, antennaM, mobileM, lambda);
  if (smoothEarthTables.size > 256) smoothEarthTables.clear();
  smoothEarthTables.set(key, table);
  return table;
}

/** Linear between the table's entries; `d` must lie within it. */
export function smoothEarthAt(table: Float64Array, d: number): number {
  const f = d * (1 / SMOOTH_EARTH_STEP_M);
  const i = f | 0;
  const a = table[i] as number;
  return a + ((table[i + 1] as number) - a) * (f - i);
}

/** Bearings are kept in 2^BEARING_BITS steps a turn: a level of up to 2^(BEARING_BITS − 1) rays reads them exactly. */
export const BEARING_BITS = 24;

/** The bearing table of the largest reach asked for so far: it serves every smaller one. */
let bearings: { half: number; steps: Uint32Array } = { half: -1, steps: new Uint32Array(0) };

/**
 * For each cell offset (row, col) within ±half cells of a site's cell (half ≥ the one asked for), its bearing from
 * that cell's centre in 2^BEARING_BITS steps a turn (0 north, clockwise). Row-major, 2·half + 1 a side, the site's
 * cell in the middle.
 */
export function bearingTable(atLeast: number): { half: number; steps: Uint32Array } {
  if (bearings.half >= atLeast) return bearings;
  const half = Math.max(atLeast, Math.ceil(bearings.half * 1.25));
  const side = 2 * half + 1;
  const steps = new Uint32Array(side * side);
  const perTurn = 2 ** BEARING_BITS;
  for (let or = 0; or < side; or++) {
    for (let oc = 0; oc < side; oc++) {
      const turn = Math.atan2(oc - half, half - or) / (2 * Math.PI);
      steps[or * side + oc] = Math.round((turn < 0 ? turn + 1 : turn) * perTurn) % perTurn;
    }
  }
  bearings = { half, steps };
  return bearings;
}
