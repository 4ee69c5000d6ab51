/**
 * Terrain windows of a bulk load swept on the band helper's thread: the heights travel once on a shared buffer,
 * each window as numbers (the site's position and mast, the window, the step and reach), and the helper writes each
 * window's loss codes into one shared output. It runs the same terrainLossWindow on the same inputs, so a window is
 * the same whichever thread swept it.
 */
import type { GridSpec } from '../grid/equal-area-grid';
import { terrainLossWindow } from '../terrain/radial-sweep';
import type { TerrainGrid } from '../terrain/terrain-grid';

/** Where each number of a window sits in its record of `records`; `at` is its first code in `codes`. */
export const SWEEP_RECORD = {
  x: 0, y: 1, antennaM: 2, row0: 3, row1: 4, col0: 5, col1: 6, stepM: 7, radiusM: 8, at: 9,
} as const;
const FIELDS = Object.keys(SWEEP_RECORD).length;

export interface SweepJob {
  kind: 'terrain-sweep';
  terrainGrid: GridSpec;
  /** Int16 heights of the terrain grid. */
  heights: SharedArrayBuffer;
  coverage: GridSpec;
  mobileM: number;
  records: Float64Array;
  /** Every window's codes, one after the other (record `at` onwards, rows × cols each). */
  codes: Uint8Array;
  /** [state]: 0 while sweeping, 1 done, 2 failed; the helper notifies on index 0. */
  done: Int32Array;
}

/** One window to sweep: the arguments of terrainLossWindow besides the terrain, the grid and the mobile height. */
export interface SweepRequest {
  x: number;
  y: number;
  antennaM: number;
  window: { row0: number; row1: number; col0: number; col1: number };
  stepM: number;
  radiusM: number;
}

/** Heights copied once per terrain grid onto a shared buffer (or their own buffer when already shared). */
const sharedCopies = new WeakMap<TerrainGrid, SharedArrayBuffer>();
function sharedHeights(t: TerrainGrid): SharedArrayBuffer {
  const h = t.heights;
  if (h.buffer instanceof SharedArrayBuffer && h.byteOffset === 0 && h.buffer.byteLength === h.byteLength) return h.buffer;
  const have = sharedCopies.get(t);
  if (have) return have;
  const copy = new SharedArrayBuffer(h.byteLength);
  new Int16Array(copy).set(h);
  sharedCopies.set(t, copy);
  return copy;
}

const cellsOf = (w: SweepRequest['window']): number => (w.row1 - w.row0) * (w.col1 - w.col0);

export function encodeSweepJob(terrain: TerrainGrid, coverage: GridSpec, mobileM: number, requests: readonly SweepRequest[]): SweepJob {
  const records = new Float64Array(new SharedArrayBuffer(requests.length * FIELDS * Float64Array.BYTES_PER_ELEMENT));
  let at = 0;
  requests.forEach((q, i) => {
    const record: Record<keyof typeof SWEEP_RECORD, number> = {
      x: q.x, y: q.y, antennaM: q.antennaM, ...q.window, stepM: q.stepM, radiusM: q.radiusM, at,
    };
    for (const [field, offset] of Object.entries(SWEEP_RECORD)) records[i * FIELDS + offset] = record[field as keyof typeof SWEEP_RECORD];
    at += cellsOf(q.window);
  });
  return {
    kind: 'terrain-sweep', terrainGrid: terrain.grid, heights: sharedHeights(terrain), coverage, mobileM, records,
    codes: new Uint8Array(new SharedArrayBuffer(Math.max(1, at))),
    done: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
  };
}

export function isSweepJob(job: unknown): job is SweepJob {
  return typeof job === 'object' && job !== null && (job as { kind?: unknown }).kind === 'terrain-sweep';
}

/** Window i's codes as the helper wrote them (a copy, off the shared buffer). */
export function sweptCodes(job: SweepJob, i: number): Uint8Array {
  const f = (field: keyof typeof SWEEP_RECORD): number => job.records[i * FIELDS + SWEEP_RECORD[field]] ?? 0;
  const at = f('at');
  return job.codes.slice(at, at + (f('row1') - f('row0')) * (f('col1') - f('col0')));
}

/** The helper thread's side: sweeps every window of the job, then marks it done (or failed) and wakes the waiting thread. */
export function runSweepJob(job: SweepJob): void {
  let state = 2;
  try {
    const terrain: TerrainGrid = { grid: job.terrainGrid, heights: new Int16Array(job.heights) };
    for (let i = 0; i < job.records.length / FIELDS; i++) {
      const f = (field: keyof typeof SWEEP_RECORD): number => job.records[i * FIELDS + SWEEP_RECORD[field]] ?? 0;
      const window = { row0: f('row0'), row1: f('row1'), col0: f('col0'), col1: f('col1') };
      const codes = terrainLossWindow(terrain, { x: f('x'), y: f('y'), antennaM: f('antennaM') }, job.mobileM, window, job.coverage, {
        stepM: f('stepM'), radiusM: f('radiusM'),
      });
      job.codes.set(codes, f('at'));
    }
    state = 1;
  } finally {
    Atomics.store(job.done, 0, state);
    Atomics.notify(job.done, 0);
  }
}

/**
 * The requests split in two of about equal work (window cells): the helper's share and this thread's, largest first
 * to the lighter side.
 */
export function splitSweeps<T extends { request: SweepRequest }>(items: readonly T[]): { helper: T[]; here: T[] } {
  const sorted = [...items].sort((a, b) => cellsOf(b.request.window) - cellsOf(a.request.window));
  const helper: T[] = [];
  const here: T[] = [];
  let helperCells = 0;
  let hereCells = 0;
  for (const item of sorted) {
    const cells = cellsOf(item.request.window);
    if (helperCells <= hereCells) {
      helper.push(item);
      helperCells += cells;
    } else {
      here.push(item);
      hereCells += cells;
    }
  }
  return { helper, here };
}
