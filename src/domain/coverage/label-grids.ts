/**
 * Reporting-unit and village label rasters, built once per model: each cell holds the index of the unit
 * (village) whose polygon contains its centre, −1 for none; later polygons win overlaps. A village without a
 * polygon, or whose polygon holds no cell centre, gets the cell at its point (painted last, so it wins).
 */
import type { Dataset } from '../model/types';
import { cellIndexAt, type GridSpec } from '../grid/equal-area-grid';
import { paintLabel } from '../grid/rasterize-polygon';
import { shareableBuffer } from './shared-buffers';

/** The narrowest signed array the indices fit in: country-sized grids are tens of millions of cells. */
export type LabelArray = Int8Array | Int16Array | Int32Array;

/**
 * With no labels at all, an empty array: every read falls back to −1 (the callers' `?? -1`), and a country-sized
 * grid with no villages saves a byte per cell. Shared buffers where the runtime has them, so the band helper can
 * count its rows (see band-job).
 */
function labelArray(cells: number, labels: number): LabelArray {
  if (labels === 0) return new Int8Array(0);
  const bytes = labels < 0x7f ? 1 : labels < 0x7fff ? 2 : 4;
  const buffer = shareableBuffer(cells * bytes);
  const a = bytes === 1 ? new Int8Array(buffer) : bytes === 2 ? new Int16Array(buffer) : new Int32Array(buffer);
  return a.fill(-1);
}

export interface LabelGrids {
  unit: LabelArray;
  /** Empty when there are no villages. */
  village: LabelArray;
  /** Cells per village as CSR: cells of village v are villageCells[villageStart[v] .. villageStart[v + 1]). */
  villageStart: Int32Array;
  villageCells: Int32Array;
  /** Cell at the village's point, −1 outside the grid; stands in for villages left with no cell. */
  villageProbe: Int32Array;
  /** Unit index of each village (by unitCode), −1 when the code matches no unit. */
  villageUnit: Int32Array;
  /** Cells per unit, and per unit outside every village (read-only: shared by every model on these labels). */
  unitCells: Int32Array;
  unitOpenCells: Int32Array;
}

export function buildLabelGrids(grid: GridSpec, dataset: Dataset): LabelGrids {
  const cells = grid.nx * grid.ny;
  const unit = labelArray(cells, dataset.units.length);
  dataset.units.forEach((u, i) => paintLabel(grid, u.geometry, unit, i));
  const village = labelArray(cells, dataset.villages.length);
  const painted = dataset.villages.map((v, i) => (v.geometry ? paintLabel(grid, v.geometry, village, i) : 0));
  const villageProbe = new Int32Array(dataset.villages.map((v) => cellIndexAt(grid, v.point[0], v.point[1])));
  dataset.villages.forEach((_, i) => {
    const probe = villageProbe[i] ?? -1;
    if ((painted[i] ?? 0) === 0 && probe >= 0) village[probe] = i;
  });
  const unitByCode = new Map(dataset.units.map((u, i) => [u.code, i] as const));
  const villageUnit = new Int32Array(dataset.villages.map((v) => unitByCode.get(v.unitCode) ?? -1));
  const nv = dataset.villages.length;
  const villageStart = new Int32Array(nv + 1);
  for (let c = 0; c < cells; c++) {
    const v = village[c] ?? -1;
    if (v >= 0) villageStart[v + 1] = (villageStart[v + 1] ?? 0) + 1;
  }
  for (let v = 0; v < nv; v++) villageStart[v + 1] = (villageStart[v + 1] ?? 0) + (villageStart[v] ?? 0);
  const fill = villageStart.slice(0, nv);
  const villageCells = new Int32Array(villageStart[nv] ?? 0);
  for (let c = 0; c < cells; c++) {
    const v = village[c] ?? -1;
    if (v < 0) continue;
    const at = fill[v] ?? 0;
    villageCells[at] = c;
    fill[v] = at + 1;
  }
  const unitCells = new Int32Array(dataset.units.length);
  const unitOpenCells = new Int32Array(dataset.units.length);
  for (let c = 0; c < cells; c++) {
    const u = unit[c] ?? -1;
    if (u < 0) continue;
    unitCells[u] = (unitCells[u] ?? 0) + 1;
    if ((village[c] ?? -1) < 0) unitOpenCells[u] = (unitOpenCells[u] ?? 0) + 1;
  }
  return { unit, village, villageStart, villageCells, villageProbe, villageUnit, unitCells, unitOpenCells };
}

/** Per units array, per villages array: the last grid's labels (a dataset keeps its boundary arrays across edits). */
const cache = new WeakMap<object, WeakMap<object, { key: string; grids: LabelGrids }>>();

/**
 * buildLabelGrids, reused while the boundaries (the same units and villages arrays) and the grid are unchanged:
 * site edits, settings changes and the rules' extra models then skip rasterising. Callers must not write to them.
 */
export function labelGridsFor(grid: GridSpec, dataset: Dataset): LabelGrids {
  const key = JSON.stringify(grid);
  let byVillages = cache.get(dataset.units);
  if (!byVillages) {
    byVillages = new WeakMap();
    cache.set(dataset.units, byVillages);
  }
  const have = byVillages.get(dataset.villages);
  if (have?.key === key) return have.grids;
  const grids = buildLabelGrids(grid, dataset);
  byVillages.set(dataset.villages, { key, grids });
  return grids;
}
