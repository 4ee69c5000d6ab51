/**
 * The largest coverage grid PhuSong will allocate, stated once: importers, the project validator, the save guard,
 * the engine and the CLI all measure a grid against it, so none of them can accept what another one refuses.
 *
 * 100 million cells is 1,000,000 km² at 100 m cells and 250,000 km² at 50 m: three times the national synthetic
 * bench case (Vietnam's 331,000 km² at 100 m, 33M cells), 150 times Đắk Nông (6,500 km²). The per-cell arrays
 * (a 2-byte raster per computed technology and 1–4 byte unit and village labels) may take at most 1 GiB.
 * Beyond that a browser tab runs out of memory, or the allocation fails outright.
 */
import { createGrid, type BBox, type GridSpec } from './equal-area-grid';

export const MAX_GRID_CELLS = 100_000_000;
export const MAX_GRID_BYTES = 1024 ** 3;
/** The coarsest cell the app offers: a shape too big for the grid at this size is too big at every size. */
export const COARSEST_CELL_M = 100;

export interface GridSize {
  cells: number;
  /** Bytes of the per-cell arrays. */
  bytes: number;
  cellSizeM: number;
  /** Ground area the grid spans, km². */
  areaKm2: number;
}

/** Area the cell limit allows at a cell size, km². */
export const limitAreaKm2 = (cellSizeM: number): number => (MAX_GRID_CELLS * cellSizeM * cellSizeM) / 1e6;

export function gridSizeOf(grid: Pick<GridSpec, 'nx' | 'ny' | 'cellSizeM'>, bytesPerCell: number): GridSize {
  const cells = grid.nx * grid.ny;
  return { cells, bytes: cells * bytesPerCell, cellSizeM: grid.cellSizeM, areaKm2: (cells * grid.cellSizeM * grid.cellSizeM) / 1e6 };
}

export const exceedsGridLimit = (size: GridSize): boolean =>
  !(size.cells <= MAX_GRID_CELLS) || !(size.bytes <= MAX_GRID_BYTES);

/** Width of a label array for this many labels (see coverage/label-grids): 0 when there are none. */
export const labelBytes = (labels: number): number => (labels === 0 ? 0 : labels < 0x7f ? 1 : labels < 0x7fff ? 2 : 4);

/** The cells one bounding box alone needs (nothing is allocated). */
export function bboxGridSize(bbox: BBox, cellSizeM = COARSEST_CELL_M, marginM = 0): GridSize {
  return gridSizeOf(createGrid(bbox, cellSizeM, marginM), 0);
}
