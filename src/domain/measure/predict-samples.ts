/**
 * What the model predicts at each measured sample: the level of the serving site the file names (by site id, cell
 * id or PCI, when the model has it), otherwise of the predicted best server, at the sample's cell; with the land-cover class there and the
 * distance to that site, for the statistics and the calibration.
 */
import { siteOfCellId } from './cell-site';
import { CellDirectory } from './cell-directory';
import type { CoverageModel } from '../coverage/coverage-model';
import { cellIndexAt, projectLngLat } from '../grid/equal-area-grid';
import { TECHNOLOGIES, type Technology } from '../model/types';
import { NO_TECH, type MeasurementSet } from './measurement-set';
import { dbmFromLevel, NO_SIGNAL_LEVEL } from '../coverage/tech-raster';

export interface SamplePredictions {
  tech: Technology;
  /** Predicted level, dBm; NaN where the sample is of another technology, off the grid or outside every footprint. */
  predictedDbm: Float32Array;
  /** Land-cover class code at the sample's cell (0 unknown). */
  classCode: Uint8Array;
  /** Distance to the attributed site, m (NaN without one). */
  distanceM: Float32Array;
  /** Index into `siteIds` of the site the sample is attributed to, −1 for none. */
  site: Int32Array;
  siteIds: string[];
  /** Samples of this technology (or of no stated technology). */
  considered: number;
  offGrid: number;
  /** On the grid but no site reaches the cell (or the named serving site does not). */
  outsideFootprints: number;
  /** The file named a serving site the project does not have: attributed to the predicted best server instead. */
  unknownServing: number;
}

/** From this many samples on, the best servers of all cells are found in one pass (CoverageModel.servingSites). */
const BULK_SAMPLES = 20_000;

export function predictSamples(
  model: CoverageModel, set: MeasurementSet, tech: Technology, bulk = set.count >= BULK_SAMPLES,
): SamplePredictions {
  const t = TECHNOLOGIES.indexOf(tech);
  const n = set.count;
  const predictedDbm = new Float32Array(n).fill(NaN);
  const classCode = new Uint8Array(n);
  const distanceM = new Float32Array(n).fill(NaN);
  const site = new Int32Array(n).fill(-1);
  const siteIds: string[] = [];
  const siteIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let k = siteIndex.get(id);
    if (k === undefined) {
      k = siteIds.length;
      siteIds.push(id);
      siteIndex.set(id, k);
    }
    return k;
  };
  const known = set.siteIds.map((id) => model.siteModel(id) !== null);
  // Without a site column: a cell id the sites' uploaded cells name, else one whose site part names a loaded site,
  // else a PCI (the nearest site with a cell of that PCI that reaches the sample).
  const directory = new CellDirectory(model.sites, tech);
  const siteOfCell = (set.cellIds ?? []).map((c) => directory.siteOfCell(c) ?? siteOfCellId(c, (id) => model.siteModel(id) !== null));
  // Samples along a drive crowd a few cells: the best server is found once per cell, or for all cells at once.
  const bestByCell = new Map<number, string | null>();
  const serving = bulk ? model.servingSites(tech) : null;
  const bestAt = (cell: number): string | null => {
    if (serving) return serving.ids[serving.slots[cell] ?? -1] ?? null;
    if (!bestByCell.has(cell)) bestByCell.set(cell, model.servingSite(tech, cell)?.id ?? null);
    return bestByCell.get(cell) ?? null;
  };
  const xy = new Map<string, [number, number]>();
  const siteXY = (id: string): [number, number] | null => {
    let p = xy.get(id);
    if (!p) {
      const s = model.siteModel(id)?.site;
      if (!s) return null;
      p = projectLngLat(model.grid, s.lon, s.lat);
      xy.set(id, p);
    }
    return p;
  };
  const pciSite = (pci: number, lon: number, lat: number, cell: number): string | null => {
    if (pci < 0) return null;
    const [x, y] = projectLngLat(model.grid, lon, lat);
    let nearest: string | null = null;
    let nearestM = Infinity;
    for (const s of directory.sitesWithPci(pci)) {
      const p = siteXY(s.id);
      if (!p || model.siteLevelAt(tech, s.id, cell) === null) continue;
      const d = Math.hypot(x - p[0], y - p[1]);
      if (d < nearestM) {
        nearestM = d;
        nearest = s.id;
      }
    }
    return nearest;
  };
  const levels = model.raster(tech).levels;
  let considered = 0;
  let offGrid = 0;
  let outsideFootprints = 0;
  let unknownServing = 0;
  for (let i = 0; i < n; i++) {
    const st = set.tech[i] ?? NO_TECH;
    if (st !== NO_TECH && st !== t) continue;
    considered++;
    const lon = set.lon[i] ?? NaN;
    const lat = set.lat[i] ?? NaN;
    const cell = cellIndexAt(model.grid, lon, lat);
    if (cell < 0) {
      offGrid++;
      continue;
    }
    classCode[i] = model.landCoverCodeAt(cell);
    const named = set.site[i] ?? -1;
    const fromCell = named < 0 ? (siteOfCell[set.cell?.[i] ?? -1] ?? pciSite(set.pci?.[i] ?? -1, lon, lat, cell)) : null;
    let id: string | null = null;
    const attributed = (named >= 0 && known[named] === true) || fromCell !== null;
    if (named >= 0 && known[named]) id = set.siteIds[named] ?? null;
    else if (fromCell !== null) id = fromCell;
    else {
      if (named >= 0) unknownServing++;
      id = bestAt(cell);
    }
    // The best server's level is the raster's: no footprint to evaluate again.
    const best = attributed ? NO_SIGNAL_LEVEL : (levels[cell] ?? NO_SIGNAL_LEVEL);
    const level = id === null ? null : best > NO_SIGNAL_LEVEL ? dbmFromLevel(best) : model.siteLevelAt(tech, id, cell);
    if (id === null || level === null) {
      outsideFootprints++;
      continue;
    }
    predictedDbm[i] = level;
    site[i] = indexOf(id);
    const p = siteXY(id);
    if (p) {
      const [x, y] = projectLngLat(model.grid, lon, lat);
      distanceM[i] = Math.hypot(x - p[0], y - p[1]);
    }
  }
  return { tech, predictedDbm, classCode, distanceM, site, siteIds, considered, offGrid, outsideFootprints, unknownServing };
}

/** measured − predicted per sample (NaN where there is no prediction). */
export function predictionErrors(set: MeasurementSet, p: SamplePredictions): Float32Array {
  const out = new Float32Array(set.count);
  for (let i = 0; i < set.count; i++) out[i] = (set.levelDbm[i] ?? NaN) - (p.predictedDbm[i] ?? NaN);
  return out;
}
