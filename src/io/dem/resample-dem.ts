/**
 * Elevation tiles onto the engine's equal-area grid: each cell takes the bilinear height at its centre from the
 * first tile whose samples surround it; a cell within half a pixel outside a tile's samples (PixelIsArea edges,
 * where no other tile has it inside) takes the nearest edge value. A void among the four samples leaves the cell
 * to a later tile, or NO_ELEVATION. Tiles mixing resolutions are fine; overlapping tiles that differ by more than
 * DISAGREE_M on average are reported, as are tiles that cover no cell at all (a tile of another continent).
 */
import { gridFraction, projectLngLat, type GridSpec } from '../../domain/grid/equal-area-grid';
import { NO_ELEVATION, type TerrainGrid } from '../../domain/terrain/terrain-grid';
import { demIssue, type DemIssue } from './dem-issues';
import { locatorsFor, tileLngLatBounds } from './dem-locate';
import type { DemTile } from './dem-tile';

export const DISAGREE_M = 50;

export interface DemResample {
  terrain: TerrainGrid;
  issues: DemIssue[];
  /** Cells given a height. */
  covered: number;
  /** Cells inside some tile but in its voids (so without a height). */
  voids: number;
}

const NONE = 0;
const VOID = 1;
const SET = 2;

/** Bilinear height at fractional sample (fc, fr), clamped into the sample hull; NaN when a void is involved. */
function bilinear(tile: DemTile, fc: number, fr: number): number {
  const { width: w, height: h, values } = tile;
  const cx = Math.min(Math.max(fc, 0), w - 1);
  const cy = Math.min(Math.max(fr, 0), h - 1);
  const c0 = Math.min(Math.floor(cx), Math.max(w - 2, 0));
  const r0 = Math.min(Math.floor(cy), Math.max(h - 2, 0));
  const c1 = Math.min(c0 + 1, w - 1);
  const r1 = Math.min(r0 + 1, h - 1);
  const u = cx - c0;
  const v = cy - r0;
  const a = values[r0 * w + c0] ?? NaN;
  const b = values[r0 * w + c1] ?? NaN;
  const c = values[r1 * w + c0] ?? NaN;
  const d = values[r1 * w + c1] ?? NaN;
  if (a === NO_ELEVATION || b === NO_ELEVATION || c === NO_ELEVATION || d === NO_ELEVATION) return NaN;
  return (a * (1 - u) + b * u) * (1 - v) + (c * (1 - u) + d * u) * v;
}

/** Rows and columns of the grid a tile may reach: its lon/lat extent, padded by 2 cells for curved TM edges. */
function cellWindow(tile: DemTile, grid: GridSpec): [r0: number, r1: number, c0: number, c1: number] {
  const [w, s, e, n] = tileLngLatBounds(tile);
  const [cw, rn] = gridFraction(grid, ...projectLngLat(grid, w, n));
  const [ce, rs] = gridFraction(grid, ...projectLngLat(grid, e, s));
  const clamp = (v: number, max: number): number => Math.max(0, Math.min(max, v));
  return [clamp(Math.floor(rn) - 2, grid.ny), clamp(Math.ceil(rs) + 2, grid.ny), clamp(Math.floor(cw) - 2, grid.nx), clamp(Math.ceil(ce) + 2, grid.nx)];
}

const toInt16 = (v: number): number => Math.max(-32767, Math.min(32767, Math.round(v)));
const round = (v: number, digits: number): number => Number(v.toFixed(digits));

export function resampleDem(tiles: readonly DemTile[], grid: GridSpec): DemResample {
  const n = grid.nx * grid.ny;
  const heights = new Int16Array(n).fill(NO_ELEVATION);
  const state = new Uint8Array(n);
  const owner = new Int32Array(n).fill(-1);
  const touched = new Float64Array(tiles.length);
  const pairs = new Map<string, { a: number; b: number; sum: number; count: number }>();
  const locators = locatorsFor(tiles, grid);
  const windows = tiles.map((tile) => cellWindow(tile, grid));
  const tx = new Float64Array(grid.nx);
  const ty = new Float64Array(grid.nx);

  for (const interior of [true, false]) {
    tiles.forEach((tile, t) => {
      const locate = locators[t];
      const [r0, r1, c0, c1] = windows[t] ?? [0, 0, 0, 0];
      if (!locate) return;
      const { x0, y0, dx, dy, width: w, height: h } = tile;
      const lo = interior ? 0 : -0.5;
      const hiC = interior ? w - 1 : w - 0.5;
      const hiR = interior ? h - 1 : h - 0.5;
      for (let row = r0; row < r1; row++) {
        locate(row, tx, ty);
        for (let col = c0; col < c1; col++) {
          const i = row * grid.nx + col;
          if (!interior && state[i] === SET) continue;
          const fc = ((tx[col] ?? NaN) - x0) / dx;
          const fr = (y0 - (ty[col] ?? NaN)) / dy;
          if (!(fc >= lo && fc <= hiC && fr >= lo && fr <= hiR)) continue;
          touched[t] = (touched[t] ?? 0) + 1;
          const value = bilinear(tile, fc, fr);
          if (Number.isNaN(value)) {
            if (state[i] === NONE) state[i] = VOID;
            continue;
          }
          if (state[i] === SET) {
            const a = owner[i] ?? -1;
            const key = `${a}:${t}`;
            const pair = pairs.get(key) ?? { a, b: t, sum: 0, count: 0 };
            pair.sum += Math.abs(value - (heights[i] ?? 0));
            pair.count++;
            pairs.set(key, pair);
            continue;
          }
          heights[i] = toInt16(value);
          state[i] = SET;
          owner[i] = t;
        }
      }
    });
  }

  const issues: DemIssue[] = [];
  tiles.forEach((tile, t) => {
    if ((touched[t] ?? 0) > 0) return;
    const [west, south, east, north] = tileLngLatBounds(tile).map((v) => round(v, 2));
    issues.push(demIssue('warning', tile.name, 'dem-outside-area', { west: west ?? NaN, south: south ?? NaN, east: east ?? NaN, north: north ?? NaN }));
  });
  for (const { a, b, sum, count } of pairs.values()) {
    const mean = sum / count;
    const first = tiles[a];
    const second = tiles[b];
    if (mean > DISAGREE_M && first && second) {
      issues.push(demIssue('warning', second.name, 'dem-tiles-disagree', { other: first.name, meanM: round(mean, 1), cells: count }));
    }
  }
  let covered = 0;
  let voids = 0;
  for (let i = 0; i < n; i++) {
    if (state[i] === SET) covered++;
    else if (state[i] === VOID) voids++;
  }
  if (covered < n) {
    issues.push(demIssue('warning', '', 'dem-missing', { percent: round((100 * (n - covered)) / n, 1), voidPercent: round((100 * voids) / n, 1) }));
  }
  return { terrain: { grid, heights }, issues, covered, voids };
}
