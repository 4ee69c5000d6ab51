/**
 * Levels of a footprint at cells, from its tables only: no log or trigonometry, sqrt for the distance step and
 * the "diamond angle" table for the bearing bucket. Painting works a row at a time (`footprintRow`), repair a
 * cell at a time (`footprintLevelAt`); both round the level to the stored level (levelFromDbm), so an added
 * level and the same level recomputed for removal or repair are identical.
 */
import { BEARING_BY_DIAMOND, BEARING_MASK, DIAMOND_PER_QUADRANT } from './footprint-luts';
import { levelFromDbm, OUTSIDE_LEVEL } from './tech-raster';
import type { SectorPick } from './sector-pick';
import type { TechFootprint } from './site-footprint';

// Module-local copies: imported bindings may compile to property getters, too slow for per-cell code.
const MASK = BEARING_MASK;
const QUADRANT = DIAMOND_PER_QUADRANT;
const LAST_DIAMOND = 4 * DIAMOND_PER_QUADRANT - 1;
const BEARING_LUT = BEARING_BY_DIAMOND;
const OUTSIDE = OUTSIDE_LEVEL;
const stored = levelFromDbm;
const NO_CODES = new Uint8Array(0);
const NO_LOSS = new Float32Array(1);

/** Columns [c0, c1) of a row inside the footprint's window; set by footprintRow. */
export interface RowSpan { c0: number; c1: number }

/** Bearing bucket of the offset (east, north) from the site, clockwise from north. */
function bearingBucket(east: number, north: number): number {
  let p: number;
  if (east >= 0) p = north >= 0 ? east / (east + north + 1e-9) : 1 - north / (east - north);
  else p = north < 0 ? 2 - east / (-east - north) : 3 + north / (north - east);
  const d = (p * QUADRANT) | 0;
  return BEARING_LUT[d < LAST_DIAMOND ? d : LAST_DIAMOND] ?? 0;
}

/**
 * Stored levels along row `r` over the columns of the disc (widened by one cell, clipped to the window) into
 * out[0 .. span.c1 − span.c0); OUTSIDE_LEVEL for cells outside the disc. `out` must hold the window's width and
 * `pick` must be this footprint's (SectorPickCache).
 */
export function footprintRow(
  fp: TechFootprint, pick: SectorPick, cellSizeM: number, stepM: number, r: number, out: Int16Array, span: RowSpan,
): void {
  const sx = fp.sx;
  const floored = fp.floored;
  const boosted = fp.boosted;
  const spread = fp.spread;
  const gain = pick.gain;
  const group = pick.group;
  const steps = fp.steps;
  const margin = pick.margin;
  const az0 = fp.az0;
  const r2 = fp.radiusM * fp.radiusM;
  const invStep = 1 / stepM;
  const north = fp.sy - (r + 0.5) * cellSizeM;
  const n2 = north * north;
  const half = Math.sqrt(Math.max(0, r2 - n2)) / cellSizeM;
  const centre = sx / cellSizeM - 0.5;
  const c0 = Math.max(fp.col0, Math.floor(centre - half));
  const c1 = Math.min(fp.col1, Math.ceil(centre + half) + 1);
  span.c0 = c0;
  span.c1 = c1;
  const t = fp.terrain;
  const codes = t ? t.codes : NO_CODES;
  const lossDb = t ? t.lossDb : NO_LOSS;
  const tAt = t ? (r - t.row0) * t.cols - t.col0 : 0;
  const rx = fp.receiver;
  const rxClasses = rx ? rx.classes : NO_CODES;
  const rxLoss = rx ? rx.lossDb : NO_LOSS;
  const rxAt = rx ? r * rx.nx : 0;
  for (let c = c0, k = 0; c < c1; c++, k++) {
    const east = (c + 0.5) * cellSizeM - sx;
    const d2 = east * east + n2;
    if (d2 > r2) {
      out[k] = OUTSIDE;
      continue;
    }
    const di = (Math.sqrt(d2) * invStep + 0.5) | 0;
    const bb = bearingBucket(east, north);
    const pb = (bb - az0) & MASK;
    let level = floored[di] ?? -Infinity;
    if ((margin[pb] ?? 0) >= (spread[di] ?? 0)) {
      const x = (boosted[(group[pb] ?? 0) * steps + di] ?? -Infinity) + (gain[pb] ?? 0);
      if (x > level) level = x;
    } else {
      level = sectorsLevel(fp, di, bb, level);
    }
    if (t) level -= lossDb[codes[tAt + c] ?? 0] ?? 0;
    if (rx) level -= rxLoss[(rxClasses[rxAt + c] ?? 0) * steps + di] ?? 0;
    out[k] = stored(level);
  }
}

/**
 * footprintRow offered straight to a raster, for the bulk load: where the stored level beats levels[cell], it
 * becomes the cell's best. The arithmetic is footprintRow's, copied
 * rather than shared: with a shared loop V8 keeps neither fast (about 25 % slower measured on the bulk load);
 * tests check that both give every cell the same level.
 */
export function offerRow(
  fp: TechFootprint, pick: SectorPick, cellSizeM: number, stepM: number, r: number,
  levels: Int16Array, rowStart: number,
): void {
  const sx = fp.sx;
  const floored = fp.floored;
  const boosted = fp.boosted;
  const spread = fp.spread;
  const gain = pick.gain;
  const group = pick.group;
  const steps = fp.steps;
  const margin = pick.margin;
  const az0 = fp.az0;
  const r2 = fp.radiusM * fp.radiusM;
  const invStep = 1 / stepM;
  const north = fp.sy - (r + 0.5) * cellSizeM;
  const n2 = north * north;
  const half = Math.sqrt(Math.max(0, r2 - n2)) / cellSizeM;
  const centre = sx / cellSizeM - 0.5;
  const c0 = Math.max(fp.col0, Math.floor(centre - half));
  const c1 = Math.min(fp.col1, Math.ceil(centre + half) + 1);
  const t = fp.terrain;
  const codes = t ? t.codes : NO_CODES;
  const lossDb = t ? t.lossDb : NO_LOSS;
  const tAt = t ? (r - t.row0) * t.cols - t.col0 : 0;
  const rx = fp.receiver;
  const rxClasses = rx ? rx.classes : NO_CODES;
  const rxLoss = rx ? rx.lossDb : NO_LOSS;
  const rxAt = rx ? r * rx.nx : 0;
  for (let c = c0, cell = rowStart + c0; c < c1; c++, cell++) {
    const east = (c + 0.5) * cellSizeM - sx;
    const d2 = east * east + n2;
    if (d2 > r2) continue;
    const di = (Math.sqrt(d2) * invStep + 0.5) | 0;
    const bb = bearingBucket(east, north);
    const pb = (bb - az0) & MASK;
    let level = floored[di] ?? -Infinity;
    if ((margin[pb] ?? 0) >= (spread[di] ?? 0)) {
      const x = (boosted[(group[pb] ?? 0) * steps + di] ?? -Infinity) + (gain[pb] ?? 0);
      if (x > level) level = x;
    } else {
      level = sectorsLevel(fp, di, bb, level);
    }
    if (t) level -= lossDb[codes[tAt + c] ?? 0] ?? 0;
    if (rx) level -= rxLoss[(rxClasses[rxAt + c] ?? 0) * steps + di] ?? 0;
    const q = stored(level);
    if (q > (levels[cell] ?? 0)) levels[cell] = q;
  }
}

function sectorsLevel(fp: TechFootprint, di: number, bb: number, floor: number): number {
  const { boosted, sectorOffset, sectorTables, sectorBoost } = fp;
  const rel = bb - fp.az0;
  let level = floor;
  for (let s = 0; s < sectorOffset.length; s++) {
    const x = (boosted[(sectorBoost[s] ?? 0) + di] ?? -Infinity) + (sectorTables[s]?.[(rel - (sectorOffset[s] ?? 0)) & MASK] ?? 0);
    if (x > level) level = x;
  }
  return level;
}

/** Stored level of the footprint at one cell (the same arithmetic as footprintRow), −Infinity outside the disc. */
export function footprintLevelAt(fp: TechFootprint, cellSizeM: number, stepM: number, row: number, col: number): number {
  const north = fp.sy - (row + 0.5) * cellSizeM;
  const east = (col + 0.5) * cellSizeM - fp.sx;
  const d2 = east * east + north * north;
  if (d2 > fp.radiusM * fp.radiusM) return -Infinity;
  const di = (Math.sqrt(d2) * (1 / stepM) + 0.5) | 0;
  const bb = bearingBucket(east, north);
  return stored(sectorsLevel(fp, di, bb, fp.floored[di] ?? -Infinity) - terrainLossAt(fp, row, col) - receiverStepLoss(fp, row, col, di));
}

function receiverStepLoss(fp: TechFootprint, row: number, col: number, di: number): number {
  const rx = fp.receiver;
  return rx ? (rx.lossDb[(rx.classes[row * rx.nx + col] ?? 0) * fp.steps + di] ?? 0) : 0;
}

/** The land cover's loss (dB) the footprint applies at a cell (see receiver-clutter); 0 without a land-cover layer or outside the disc. */
export function receiverLossAt(fp: TechFootprint, cellSizeM: number, stepM: number, row: number, col: number): number {
  const north = fp.sy - (row + 0.5) * cellSizeM;
  const east = (col + 0.5) * cellSizeM - fp.sx;
  const d2 = east * east + north * north;
  if (d2 > fp.radiusM * fp.radiusM) return 0;
  return receiverStepLoss(fp, row, col, (Math.sqrt(d2) * (1 / stepM) + 0.5) | 0);
}

/** The terrain loss (dB) the footprint applies at a cell; 0 without terrain. */
export function terrainLossAt(fp: TechFootprint, row: number, col: number): number {
  const t = fp.terrain;
  return t ? (t.lossDb[t.codes[(row - t.row0) * t.cols + col - t.col0] ?? 0] ?? 0) : 0;
}
