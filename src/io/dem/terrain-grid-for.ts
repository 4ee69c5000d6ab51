/**
 * The terrain grid for a planning area. Its cell is the preferred size, but never finer than MIN_TERRAIN_CELL_M
 * nor than the elevation data's own spacing (resampling 90 m SRTM onto 25 m cells adds no detail), and it grows
 * until the Int16 heights stay within MAX_TERRAIN_BYTES: a province of 1.5° × 1.5° (~27 000 km²) at 25 m is
 * 43 M cells (87 MB), so it gets ~46 m cells (13 M cells, just under 25 MiB). The engine reads the cell size
 * from the returned GridSpec; callers wanting finer terrain must cut the area, not raise the limit.
 */
import { createGrid, type BBox, type GridSpec } from '../../domain/grid/equal-area-grid';
import type { DemTile } from './dem-tile';

export const MIN_TERRAIN_CELL_M = 25;
/** 25 MiB of Int16 heights: ~13 M cells, e.g. 3 600 × 3 600. */
export const MAX_TERRAIN_BYTES = 25 * 1024 * 1024;

/** The finest sample spacing of the tiles in metres (0 without tiles). */
export function demNativeResolutionM(tiles: readonly DemTile[]): number {
  return tiles.length === 0 ? 0 : Math.min(...tiles.map((t) => t.resolutionM));
}

/**
 * A grid over `areaBBox` (lon/lat) whose cell is max(preferredCellM, nativeResolutionM, 25 m), grown in whole
 * metres until nx·ny·2 bytes ≤ MAX_TERRAIN_BYTES.
 */
export function terrainGridFor(areaBBox: BBox, preferredCellM: number, nativeResolutionM = 0): GridSpec {
  let cell = Math.ceil(Math.max(MIN_TERRAIN_CELL_M, preferredCellM || 0, nativeResolutionM || 0));
  let grid = createGrid(areaBBox, cell);
  while (grid.nx * grid.ny * 2 > MAX_TERRAIN_BYTES) {
    cell = Math.max(cell + 1, Math.ceil(cell * Math.sqrt((grid.nx * grid.ny * 2) / MAX_TERRAIN_BYTES)));
    grid = createGrid(areaBBox, cell);
  }
  return grid;
}
