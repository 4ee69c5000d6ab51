/**
 * Each site's clutter as the coverage model on the current (e.g. 2024) units picks it: the unit labelled at the
 * site's cell on the same grid the model builds, the user's override of that unit first. Passed as
 * `siteClutterOverrides` when figures are recomputed on another boundary set, so every site keeps its footprint
 * and the merged units' figures stay the sums of their parts.
 */
import { dict, own } from '../model/dict';
import { landCoverClutterAt } from '../model/land-cover-clutter';
import type { Clutter, Dataset } from '../model/types';
import { areaBBox } from '../coverage/area-bbox';
import { areaGridProblem } from '../coverage/area-limit';
import { GridTooLargeError } from '../coverage/grid-too-large';
import { cellIndexAt, createGrid } from '../grid/equal-area-grid';
import { paintLabel } from '../grid/rasterize-polygon';

export function baselineSiteClutters(
  dataset: Dataset,
  cellSizeM: number,
  clutterOverrides: Readonly<Record<string, Clutter>>,
): Record<string, Clutter> {
  const tooLarge = areaGridProblem(dataset, cellSizeM, 0);
  if (tooLarge) throw new GridTooLargeError(tooLarge);
  const area = areaBBox(dataset);
  const grid = createGrid(area.bbox, cellSizeM, area.marginM);
  const cells = grid.nx * grid.ny;
  // Country-sized grids are tens of millions of cells: the narrowest array the unit indices fit in.
  const labels = (dataset.units.length < 0x7fff ? new Int16Array(cells) : new Int32Array(cells)).fill(-1);
  dataset.units.forEach((u, i) => paintLabel(grid, u.geometry, labels, i));
  const out = dict<Clutter>();
  for (const site of dataset.sites) {
    const cell = cellIndexAt(grid, site.lon, site.lat);
    const unit = dataset.units[cell >= 0 ? (labels[cell] ?? -1) : -1];
    out[site.id] = landCoverClutterAt(dataset.landCover, site.lon, site.lat)
      ?? (unit ? (own(clutterOverrides, unit.code) ?? unit.clutter) : 'rural');
  }
  return out;
}
