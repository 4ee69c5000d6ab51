/**
 * Whether the grid a dataset implies fits the stated limit (grid/grid-limit), checked from the bounding box alone
 * before anything is allocated, and which feature makes it too big: the one too big on its own, else the one
 * farthest from the others. The layers that size the grid are those areaBBox reads: the units, or the sites when
 * there are no units (villages, fibre and roads never size it).
 */
import { TECHNOLOGIES, type Dataset, type UnitGeometry } from '../model/types';
import { createGrid, type BBox } from '../grid/equal-area-grid';
import {
  bboxGridSize, COARSEST_CELL_M, exceedsGridLimit, gridSizeOf, labelBytes, type GridSize,
} from '../grid/grid-limit';
import { geometryBBox } from '../boundaries/units-bbox';
import { areaBBox } from './area-bbox';
import { RASTER_BYTES_PER_CELL } from './tech-raster';

export interface GridCulprit {
  layer: 'units' | 'sites';
  index: number;
  /** The unit's code or the site's id. */
  id: string;
  name: string;
}

export interface AreaGridProblem {
  size: GridSize;
  culprit: GridCulprit | null;
}

/** Bytes a cell of the model costs: a raster per computed technology and the unit and village labels. */
export function modelBytesPerCell(techs: number, units: number, villages: number): number {
  return techs * RASTER_BYTES_PER_CELL + labelBytes(units) + labelBytes(villages);
}

/** The grid one unit's polygon alone needs (the coarsest cells by default). */
export function unitGridSize(geometry: UnitGeometry, cellSizeM = COARSEST_CELL_M): GridSize {
  const box = geometryBBox(geometry);
  return box[0] <= box[2] ? bboxGridSize(box, cellSizeM) : gridSizeOf({ nx: 0, ny: 0, cellSizeM }, 0);
}

interface Sized {
  box: BBox;
  culprit: GridCulprit;
}

function sizingFeatures(dataset: Dataset): Sized[] {
  if (dataset.units.length > 0) {
    return dataset.units.map((u, index) => ({
      box: geometryBBox(u.geometry),
      culprit: { layer: 'units', index, id: u.code, name: u.name },
    }));
  }
  return dataset.sites.map((s, index) => ({ box: [s.lon, s.lat, s.lon, s.lat], culprit: { layer: 'sites', index, id: s.id, name: s.name } }));
}

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function union(boxes: readonly BBox[]): BBox {
  return boxes.reduce<BBox>((u, b) => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])], [Infinity, Infinity, -Infinity, -Infinity]);
}

/**
 * The feature that makes the area too big: one too big by itself, else the one farthest from the median centre,
 * provided that the others alone need less than half the cells (null when the features are simply spread wide).
 */
export function gridCulprit(dataset: Dataset, cellSizeM: number): GridCulprit | null {
  const features = sizingFeatures(dataset).filter((f) => f.box[0] <= f.box[2]);
  const alone = features.find((f) => exceedsGridLimit(bboxGridSize(f.box, cellSizeM)));
  if (alone) return alone.culprit;
  const lon = median(features.map((f) => (f.box[0] + f.box[2]) / 2));
  const lat = median(features.map((f) => (f.box[1] + f.box[3]) / 2));
  const k = Math.cos((lat * Math.PI) / 180);
  let best: Sized | null = null;
  let bestDistance = -1;
  for (const f of features) {
    const dLon = Math.max(Math.abs(f.box[0] - lon), Math.abs(f.box[2] - lon)) * k;
    const dLat = Math.max(Math.abs(f.box[1] - lat), Math.abs(f.box[3] - lat));
    const distance = Math.hypot(dLon, dLat);
    if (distance > bestDistance) {
      best = f;
      bestDistance = distance;
    }
  }
  if (!best) return null;
  const all = bboxGridSize(union(features.map((f) => f.box)), cellSizeM).cells;
  const others = union(features.filter((f) => f !== best).map((f) => f.box));
  const rest = others[0] <= others[2] ? bboxGridSize(others, cellSizeM).cells : 0;
  return rest * 2 < all ? best.culprit : null;
}

/**
 * The problem when the dataset's grid at `cellSizeM` exceeds the limit, else null. `techs` is how many technologies
 * will be computed: by default all of them, the most the app may ask for.
 */
export function areaGridProblem(dataset: Dataset, cellSizeM: number, techs: number = TECHNOLOGIES.length): AreaGridProblem | null {
  const area = areaBBox(dataset);
  const grid = createGrid(area.bbox, cellSizeM, area.marginM);
  const size = gridSizeOf(grid, modelBytesPerCell(techs, dataset.units.length, dataset.villages.length));
  return exceedsGridLimit(size) ? { size, culprit: gridCulprit(dataset, cellSizeM) } : null;
}

/** 1234567 → "1,234,567" (no locale data needed). */
export const groupDigits = (n: number): string => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
