/**
 * The land cover at the receiver. A footprint's levels come from the path-loss model of the site's own ground
 * (its clutter); a cell whose land cover is denser than that loses, on top:
 *   - the model's own difference: the level the model gives for the cell's clutter below the site's one (Hata's
 *     urban against quasi-open, 3GPP UMa against RMa), by distance, never a gain;
 *   - what the model's environment does not hold: ITU-R P.2108 §3.1's terminal loss of the cell's class minus
 *     that of the class the model stands for (forest against open ground, a village's houses and gardens against
 *     open fields, dense against ordinary city).
 * A cell of more open ground than the site's keeps the site's level: the footprint's disc was sized on it, and
 * a gain inside the disc would stop at its edge. Unknown cells (outside the layer) lose nothing.
 * A calibration fitted to measurements then adds its offset per class (and its distance slope) to every row.
 */
import { gridFraction, projectLngLat, unprojectXY, type GridSpec } from '../grid/equal-area-grid';
import { clutterOfClass } from '../model/land-cover-clutter';
import { LAND_COVER_CLASSES, LAND_COVER_UNKNOWN, type LandCoverClass, type LandCoverModel } from '../model/land-cover';
import type { Clutter } from '../model/types';
import type { Calibration } from './settings';
import { shareableBuffer } from './shared-buffers';
import { terminalClutterLossDb, type P2108Clutter } from '../radio/terminal-clutter';

/** The P.2108 clutter type standing for each land-cover class at the receiver. */
export const P2108_OF_CLASS: Readonly<Record<LandCoverClass, P2108Clutter>> = {
  'dense-urban': 'dense-urban',
  urban: 'urban',
  suburban: 'suburban',
  village: 'suburban',
  cropland: 'open-rural',
  forest: 'trees-forest',
  open: 'open-rural',
  water: 'water-sea',
};

/** The P.2108 type whose loss a path-loss model's environment already holds. */
const P2108_OF_MODEL: Readonly<Record<Clutter, P2108Clutter>> = {
  urban: 'urban',
  suburban: 'suburban',
  rural: 'open-rural',
  open: 'open-rural',
};

/** The loss (dB, ≥ 0) of a receiver in `cls` beyond what the model of the class's clutter holds. */
export function classExtraLossDb(cls: LandCoverClass, freqMHz: number, mobileM: number): number {
  const own = terminalClutterLossDb(P2108_OF_CLASS[cls], freqMHz, mobileM);
  const held = terminalClutterLossDb(P2108_OF_MODEL[clutterOfClass(cls)], freqMHz, mobileM);
  return Math.max(0, own - held);
}

/**
 * Receiver loss by class code and distance step: row k (class code k, LAND_COVER_CLASSES[k − 1]; row 0 unknown,
 * all zero) holds max(0, siteBase − classBase) + the class's extra loss. `baseFor(clutter)` gives the model's
 * level by step for a clutter (−Infinity where no band reaches).
 */
export function receiverLossTable(
  siteBase: Float32Array, baseFor: (clutter: Clutter) => Float32Array, freqMHz: number, mobileM: number,
  calibration: Calibration | null = null, stepM = 10,
): Float32Array {
  const steps = siteBase.length;
  const table = new Float32Array((LAND_COVER_CLASSES.length + 1) * steps);
  LAND_COVER_CLASSES.forEach((cls, i) => {
    const base = baseFor(clutterOfClass(cls));
    const extra = classExtraLossDb(cls, freqMHz, mobileM);
    const at = (i + 1) * steps;
    for (let s = 0; s < steps; s++) {
      const drop = (siteBase[s] ?? 0) - (base[s] ?? 0);
      table[at + s] = (drop > 0 ? drop : 0) + extra;
    }
  });
  if (calibration) calibrate(table, steps, calibration, stepM);
  return table;
}

/** The fitted offsets (a gain where measurements were stronger) and slope, by class row and distance step. */
function calibrate(table: Float32Array, steps: number, c: Calibration, stepM: number): void {
  for (let code = 0; code <= LAND_COVER_CLASSES.length; code++) {
    const offset = c.offsetsDb[code] ?? 0;
    const at = code * steps;
    for (let s = 0; s < steps; s++) {
      const x = c.slopeDbPerDecade === null ? 0 : c.slopeDbPerDecade * (Math.log10(Math.max(stepM / 2, s * stepM)) - c.log10RefM);
      table[at + s] = (table[at + s] ?? 0) - offset - x;
    }
  }
}

let lastClasses: { key: string; classes: Uint8Array } | null = null;

/**
 * The land-cover class code of every cell of `grid` (its centre's class in the layer), row-major; unknown where
 * the layer says nothing. Kept for the last (layer, grid) asked: rebuilds of the same area reuse it.
 */
export function receiverClasses(lc: LandCoverModel, grid: GridSpec): Uint8Array {
  const key = `${lc.id}|${grid.phi0Deg},${grid.lon0Deg},${grid.x0},${grid.y0},${grid.cellSizeM},${grid.nx},${grid.ny}`;
  if (lastClasses?.key === key) return lastClasses.classes;
  const { grid: src, classes: srcClasses } = lc.cover;
  // On a shared buffer where it can be: the band helper reads it without a copy.
  const out = new Uint8Array(shareableBuffer(grid.nx * grid.ny));
  const cs = grid.cellSizeM;
  for (let r = 0; r < grid.ny; r++) {
    // Both grids are equal-area cylindrical: a row has one latitude, and a column's longitude is linear in it.
    const y = grid.y0 - (r + 0.5) * cs;
    const [lonW, lat] = unprojectXY(grid, grid.x0 + 0.5 * cs, y);
    const [lonE] = unprojectXY(grid, grid.x0 + 1.5 * cs, y);
    const [x0, ys] = projectLngLat(src, lonW, lat);
    const [x1] = projectLngLat(src, lonE, lat);
    const [col0, rowF] = gridFraction(src, x0, ys);
    const [col1] = gridFraction(src, x1, ys);
    const sr = Math.floor(rowF);
    if (sr < 0 || sr >= src.ny) continue;
    const dc = col1 - col0;
    const rowAt = sr * src.nx;
    for (let c = 0; c < grid.nx; c++) {
      const sc = Math.floor(col0 + c * dc);
      if (sc < 0 || sc >= src.nx) continue;
      const code = srcClasses[rowAt + sc] ?? LAND_COVER_UNKNOWN;
      out[r * grid.nx + c] = code <= LAND_COVER_CLASSES.length ? code : LAND_COVER_UNKNOWN;
    }
  }
  lastClasses = { key, classes: out };
  return out;
}
