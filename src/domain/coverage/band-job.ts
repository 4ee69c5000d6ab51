/**
 * A bulk load split by rows between two threads: the model's thread paints rows [0, split) while a helper thread
 * paints [split, ny) into the same shared level buffers. Painting a row band in the same site order gives
 * the band exactly what one thread would, so the split is invisible.
 * The helper gets no sites: each footprint travels as numbers plus ids into the few tables footprints share, on
 * shared buffers too, so posting the job copies only those tables.
 */
import { paintBulk } from './bulk-paint';
import { SectorPickCache } from './sector-pick';
import { countCovered, type CoveredCounts } from './counters';
import { shareableBuffer } from './shared-buffers';
import type { LabelArray, LabelGrids } from './label-grids';
import type { TechFootprint } from './site-footprint';
import type { SweepJob } from './sweep-job';

/**
 * Where each number of a footprint sits in its record of `records`: `floored`, `boosted` and `spread` are ids into
 * `tables`, `pickKey` an id into `pickKeys`, `firstSector` its first entry in `sectors`.
 */
export const BAND_RECORD = {
  raster: 0, sx: 1, sy: 2, radiusM: 3, steps: 4, row0: 5, row1: 6, col0: 7, col1: 8,
  floored: 9, boosted: 10, spread: 11, pickKey: 12, firstSector: 13, az0: 14, receiver: 15,
} as const;
const FIELDS = Object.keys(BAND_RECORD).length;

/** Where each number of a sector sits in its entries of `sectors`; `table` is an id into `tables`. */
export const BAND_SECTOR = { offset: 0, table: 1, boost: 2, group: 3 } as const;
const SECTOR_FIELDS = Object.keys(BAND_SECTOR).length;

type Table = Float32Array | Float64Array;

export interface BandJob {
  nx: number;
  cellSizeM: number;
  stepM: number;
  rowFrom: number;
  rowTo: number;
  /** Per raster: the shared buffer of its levels. */
  rasters: SharedArrayBuffer[];
  tables: Table[];
  pickKeys: string[];
  records: Float64Array;
  /** Per sector, BAND_SECTOR's entries: azimuth bucket relative to the first sector's, horizontal table id, boost offset, tilt group. */
  sectors: Int32Array;
  /** When the labels are on shared buffers, the helper then counts its rows' covered cells too, per raster. */
  counting: BandCounting | null;
  /** The land-cover class of every cell (receiver-clutter), shared by the footprints whose `receiver` record is a table id. */
  receiverClasses: Uint8Array | null;
  /** [state]: 0 while painting, 1 done, 2 failed; the helper notifies on index 0. */
  done: Int32Array;
}

export interface BandCounting {
  unit: LabelArray;
  village: LabelArray;
  /** Per raster: its coverage threshold (a stored level) and the counts of the helper's rows (on shared buffers, read once done). */
  thresholds: number[];
  counts: CoveredCounts[];
}

/** The other thread. `start` posts the job; the model's thread then paints its band and calls waitForBand. */
export interface BandHelper {
  /** False until the helper thread has started: a model built before paints alone. */
  readonly ready: boolean;
  /** Loads of fewer cell evaluations are painted by one thread (default: the model's measured threshold). */
  readonly minCells?: number;
  start(job: BandJob): void;
  /** Sweeps a bulk load's terrain windows (see sweep-job); without it a load with terrain sweeps on one thread. */
  startSweep?(job: SweepJob): void;
}

export { canShareBuffers } from './shared-buffers';

export interface BandFootprint {
  fp: TechFootprint;
  raster: number;
}

/** What the helper needs to count its rows: shared labels, each raster's threshold, the number of units and villages. */
export interface CountingSpec {
  labels: Pick<LabelGrids, 'unit' | 'village'>;
  thresholds: number[];
  units: number;
  villages: number;
}

export function encodeBandJob(
  grid: { nx: number; cellSizeM: number }, stepM: number, rowFrom: number, rowTo: number,
  rasters: { levels: Int16Array }[], footprints: readonly BandFootprint[], counting: CountingSpec,
): BandJob {
  const tables: Table[] = [];
  const tableIds = new Map<Table, number>();
  const tableId = (t: Table): number => {
    let id = tableIds.get(t);
    if (id === undefined) {
      id = tables.length;
      tables.push(t);
      tableIds.set(t, id);
    }
    return id;
  };
  const pickKeys: string[] = [];
  const pickIds = new Map<string, number>();
  const inBand = footprints.filter(({ fp }) => fp.row1 > rowFrom && fp.row0 < rowTo);
  const records = new Float64Array(shareableBuffer(inBand.length * FIELDS * Float64Array.BYTES_PER_ELEMENT));
  const sectorTotal = inBand.reduce((n, { fp }) => n + fp.sectorOffset.length, 0);
  const sectors = new Int32Array(shareableBuffer(sectorTotal * SECTOR_FIELDS * Int32Array.BYTES_PER_ELEMENT));
  let sector = 0;
  let receiverClasses: Uint8Array | null = null;
  inBand.forEach(({ fp, raster }, i) => {
    let pick = pickIds.get(fp.pickKey);
    if (pick === undefined) {
      pick = pickKeys.length;
      pickKeys.push(fp.pickKey);
      pickIds.set(fp.pickKey, pick);
    }
    const record: Record<keyof typeof BAND_RECORD, number> = {
      raster, sx: fp.sx, sy: fp.sy, radiusM: fp.radiusM, steps: fp.steps, row0: fp.row0, row1: fp.row1, col0: fp.col0, col1: fp.col1,
      floored: tableId(fp.floored), boosted: tableId(fp.boosted), spread: tableId(fp.spread), pickKey: pick, firstSector: sector, az0: fp.az0,
      receiver: fp.receiver ? tableId(fp.receiver.lossDb) : -1,
    };
    if (fp.receiver) receiverClasses = fp.receiver.classes;
    for (const [field, offset] of Object.entries(BAND_RECORD)) records[i * FIELDS + offset] = record[field as keyof typeof BAND_RECORD];
    for (let s = 0; s < fp.sectorOffset.length; s++, sector++) {
      const at = sector * SECTOR_FIELDS;
      sectors[at + BAND_SECTOR.offset] = fp.sectorOffset[s] ?? 0;
      sectors[at + BAND_SECTOR.table] = tableId(fp.sectorTables[s] ?? new Float32Array(0));
      sectors[at + BAND_SECTOR.boost] = fp.sectorBoost[s] ?? 0;
      sectors[at + BAND_SECTOR.group] = fp.sectorGroup[s] ?? 0;
    }
  });
  return {
    nx: grid.nx, cellSizeM: grid.cellSizeM, stepM, rowFrom, rowTo,
    rasters: rasters.map((r) => sharedBufferOf(r.levels)),
    tables, pickKeys, records, sectors,
    counting: bandCounting(counting),
    receiverClasses,
    done: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
  };
}

function bandCounting(c: CountingSpec): BandCounting | null {
  const { unit, village } = c.labels;
  const shared = (a: LabelArray): boolean => a.length === 0 || a.buffer instanceof SharedArrayBuffer;
  if (!shared(unit) || !shared(village)) return null;
  const counts = (n: number): Int32Array => new Int32Array(new SharedArrayBuffer(Math.max(1, n) * Int32Array.BYTES_PER_ELEMENT));
  return {
    unit, village, thresholds: c.thresholds,
    counts: c.thresholds.map(() => ({ unit: counts(c.units), unitOpen: counts(c.units), village: counts(c.villages) })),
  };
}

function sharedBufferOf(a: Int16Array): SharedArrayBuffer {
  if (!(a.buffer instanceof SharedArrayBuffer)) throw new Error('band painting needs rasters on shared buffers');
  return a.buffer;
}

/** Sector count of record i: up to the next record's first sector (or the end). */
function sectorCount(job: BandJob, i: number): number {
  const first = job.records[i * FIELDS + BAND_RECORD.firstSector] ?? 0;
  const next = (i + 1) * FIELDS < job.records.length ? (job.records[(i + 1) * FIELDS + BAND_RECORD.firstSector] ?? 0) : job.sectors.length / SECTOR_FIELDS;
  return next - first;
}

/** Footprint i of the job as the model's thread had it (its tables shared, not copied). */
export function decodeFootprint(job: BandJob, i: number): TechFootprint {
  const f = (field: keyof typeof BAND_RECORD): number => job.records[i * FIELDS + BAND_RECORD[field]] ?? 0;
  const table = (field: 'floored' | 'boosted' | 'spread'): Table => job.tables[f(field)] ?? new Float32Array(0);
  const n = sectorCount(job, i);
  const first = f('firstSector');
  const sector = (s: number, field: keyof typeof BAND_SECTOR): number => job.sectors[(first + s) * SECTOR_FIELDS + BAND_SECTOR[field]] ?? 0;
  const ids = Array.from({ length: n }, (_, s) => s);
  return {
    sx: f('sx'), sy: f('sy'), radiusM: f('radiusM'), steps: f('steps'), row0: f('row0'), row1: f('row1'), col0: f('col0'), col1: f('col1'),
    floored: table('floored') as Float32Array, boosted: table('boosted') as Float32Array, spread: table('spread') as Float64Array,
    pickKey: job.pickKeys[f('pickKey')] ?? '',
    az0: f('az0'),
    sectorOffset: Int32Array.from(ids, (s) => sector(s, 'offset')),
    sectorTables: ids.map((s) => (job.tables[sector(s, 'table')] ?? new Float32Array(0)) as Float32Array),
    sectorBoost: Int32Array.from(ids, (s) => sector(s, 'boost')),
    sectorGroup: Int32Array.from(ids, (s) => sector(s, 'group')),
    // Footprints with a terrain term are painted on the model's own thread (see CoverageModel.paintSplit).
    terrain: null,
    receiver: receiverOf(job, f('receiver')),
  };
}

function receiverOf(job: BandJob, id: number): TechFootprint['receiver'] {
  const lossDb = id >= 0 ? job.tables[id] : undefined;
  return lossDb instanceof Float32Array && job.receiverClasses ? { classes: job.receiverClasses, nx: job.nx, lossDb } : null;
}

/** The helper thread's side: paints the job's band, then marks it done (or failed) and wakes the waiting thread. */
export function runBandJob(job: BandJob): void {
  let state = 2;
  try {
    const targets = job.rasters.map((buffer) => ({
      levels: new Int16Array(buffer), nx: job.nx, cellSizeM: job.cellSizeM, stepM: job.stepM,
    }));
    const picks = new SectorPickCache();
    for (let i = 0; i < job.records.length / FIELDS; i++) {
      const target = targets[job.records[i * FIELDS + BAND_RECORD.raster] ?? 0];
      if (!target) continue;
      const fp = decodeFootprint(job, i);
      paintBulk(target, fp, picks.get(fp.pickKey, fp), job.rowFrom, job.rowTo);
    }
    const counting = job.counting;
    if (counting) {
      targets.forEach((t, r) => {
        const into = counting.counts[r];
        const cellTo = Math.min(t.levels.length, job.rowTo * job.nx);
        if (into) countCovered(t.levels, counting.thresholds[r] ?? Infinity, counting, job.rowFrom * job.nx, cellTo, into);
      });
    }
    state = 1;
  } finally {
    Atomics.store(job.done, 0, state);
    Atomics.notify(job.done, 0);
  }
}

/** Blocks until the helper has finished the job; false when it failed or did not answer within `timeoutMs`. */
export function waitForBand(job: { done: Int32Array }, timeoutMs: number): boolean {
  Atomics.wait(job.done, 0, 0, timeoutMs);
  return Atomics.load(job.done, 0) === 1;
}

/**
 * The row that splits the painting work (cells evaluated) in the share `helperShare` for the helper, below it.
 * Rows are weighted by the cells each footprint evaluates in them (its disc's chord).
 */
export function splitRow(ny: number, cellSizeM: number, fps: readonly TechFootprint[], helperShare: number): number {
  const weight = new Float64Array(ny + 1);
  for (const fp of fps) {
    const r2 = fp.radiusM * fp.radiusM;
    for (let r = fp.row0; r < fp.row1; r++) {
      const north = fp.sy - (r + 0.5) * cellSizeM;
      weight[r] = (weight[r] ?? 0) + Math.sqrt(Math.max(0, r2 - north * north)) / cellSizeM + 1;
    }
  }
  const total = weight.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let r = 0; r < ny; r++) {
    acc += weight[r] ?? 0;
    if (acc >= total * (1 - helperShare)) return r + 1;
  }
  return ny;
}
