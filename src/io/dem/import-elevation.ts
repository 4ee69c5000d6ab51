/**
 * Elevation files to the project's elevation layer: read every file, resample the tiles once onto a terrain grid
 * over the planning area (the engine's projection), and say what could not be used. Shared by the app's worker and
 * the CLI, so both compute on the same heights.
 */
import type { BBox } from '../../domain/grid/equal-area-grid';
import type { ElevationModel } from '../../domain/terrain/elevation-model';
import type { DemIssue } from './dem-issues';
import { readDemFiles, type DemInput } from './read-dem-files';
import { resampleDem } from './resample-dem';
import { demNativeResolutionM, terrainGridFor } from './terrain-grid-for';

/** Finer than this the sweep costs more than 1″ data can give back at 100 m coverage cells. */
export const PREFERRED_TERRAIN_CELL_M = 30;

export interface ElevationImport {
  /** Null when no file gave a height inside the area (the issues say why). */
  elevation: ElevationModel | null;
  issues: DemIssue[];
  cellM: number;
  /** Share (0–1) of the terrain grid's cells given a height. */
  coveredShare: number;
}

let imports = 0;

export async function importElevation(files: readonly DemInput[], area: BBox): Promise<ElevationImport> {
  const read = await readDemFiles(files);
  const grid = terrainGridFor(area, PREFERRED_TERRAIN_CELL_M, demNativeResolutionM(read.tiles));
  if (read.tiles.length === 0) return { elevation: null, issues: read.issues, cellM: grid.cellSizeM, coveredShare: 0 };
  const resampled = resampleDem(read.tiles, grid);
  const cells = grid.nx * grid.ny;
  const issues = [...read.issues, ...resampled.issues];
  if (resampled.covered === 0) return { elevation: null, issues, cellM: grid.cellSizeM, coveredShare: 0 };
  const sources = files.map((f) => f.name);
  imports++;
  const id = `dem:${Date.now().toString(36)}:${imports}:${resampled.covered}`;
  return {
    elevation: { id, sources, generated: false, terrain: resampled.terrain },
    issues, cellM: grid.cellSizeM, coveredShare: resampled.covered / cells,
  };
}
