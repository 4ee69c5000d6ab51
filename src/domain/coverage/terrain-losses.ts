/**
 * Terrain diffraction losses of sites, for the coverage model. Each site gets one window of loss codes (the
 * radial sweep's, at a 1 GHz reference) covering the largest footprint it may need, and each of its technology
 * footprints reads its part with the dB table of its own frequency. Windows are kept in a cache keyed by what
 * they depend on (the terrain, the grid, the site's position and mast), which outlives the model: a drag of another
 * site, or a settings change that does not widen footprints past their window, finds every window already computed.
 */
import type { GridSpec } from '../grid/equal-area-grid';
import { projectLngLat } from '../grid/equal-area-grid';
import type { Dataset, Site, Technology } from '../model/types';
import { lossLutForFrequency, terrainLossWindow } from '../terrain/radial-sweep';
import { reprojectTerrain } from '../terrain/terrain-sample';
import type { CoverageSettings } from './settings';
import type { TerrainGrid } from '../terrain/terrain-grid';
import type { SweepRequest } from './sweep-job';
import { lowestBandMHz, type FootprintTerrain, type TechFootprint } from './site-footprint';

/** The elevation model as the engine uses it, with a tag that changes whenever its heights do. */
export interface TerrainInput {
  terrain: TerrainGrid;
  tag: string;
}

/**
 * Windows are sized for the footprint radius rounded up to this, so a settings change that widens footprints a
 * little reuses them (a window larger than a footprint serves it).
 */
const RADIUS_QUANTUM_M = 1_000;
/** Cache bound: a province of sites at 100 m cells needs a few tens of MB. */
const DEFAULT_CACHE_BYTES = 96 * 1024 * 1024;

export interface LossWindow { codes: Uint8Array; row0: number; col0: number; rows: number; cols: number }

export class TerrainLossCache {
  private readonly windows = new Map<string, LossWindow>();
  private bytes = 0;
  /** Windows computed (misses) since creation: a bench reports the sweep's share with it. */
  sweeps = 0;
  sweepMs = 0;

  /** `sweep`: what computes a window (a bench passes a recorder, or an older sweep to compare). */
  constructor(private readonly maxBytes = DEFAULT_CACHE_BYTES, readonly sweep: typeof terrainLossWindow = terrainLossWindow) {}

  get sizeBytes(): number {
    return this.bytes;
  }

  get size(): number {
    return this.windows.size;
  }

  /** Whether the cache holds a window for `key` that covers `need`. */
  holds(key: string, need: WindowNeed): boolean {
    const have = this.windows.get(key);
    return have !== undefined && covers(have, need);
  }

  /** The site's window if it holds `need` (a larger one serves a smaller footprint), else a new one from `make`. */
  window(key: string, need: WindowNeed, make: () => LossWindow): LossWindow {
    const have = this.windows.get(key);
    if (have && covers(have, need)) {
      this.windows.delete(key);
      this.windows.set(key, have);
      return have;
    }
    const t0 = performance.now();
    const made = make();
    this.sweepMs += performance.now() - t0;
    this.sweeps++;
    this.put(key, made);
    return made;
  }

  /** Keeps a window swept elsewhere (the band helper's), evicting the oldest past the bound. */
  put(key: string, w: LossWindow): void {
    const have = this.windows.get(key);
    if (have) {
      this.windows.delete(key);
      this.bytes -= have.codes.byteLength;
    }
    this.windows.set(key, w);
    this.bytes += w.codes.byteLength;
    for (const [k, old] of this.windows) {
      if (this.bytes <= this.maxBytes || k === key) break;
      this.windows.delete(k);
      this.bytes -= old.codes.byteLength;
    }
  }
}

type WindowNeed = { row0: number; row1: number; col0: number; col1: number };

function covers(have: LossWindow, need: WindowNeed): boolean {
  return have.row0 <= need.row0 && have.col0 <= need.col0 && have.row0 + have.rows >= need.row1 && have.col0 + have.cols >= need.col1;
}

/** The cache models share unless given their own. */
export const sharedTerrainCache = new TerrainLossCache();

const reprojected = new Map<string, TerrainGrid>();

/**
 * The dataset's elevation as the model on `grid` uses it, or null (no elevation layer, or terrain switched off).
 * Heights on another projection centre (the area grew since the DEM was imported) are resampled once and kept.
 */
export function terrainInput(dataset: Dataset, settings: CoverageSettings, grid: GridSpec): TerrainInput | null {
  const elevation = dataset.elevation;
  if (!elevation || settings.terrain === false) return null;
  const t = elevation.terrain;
  if (t.grid.phi0Deg === grid.phi0Deg && t.grid.lon0Deg === grid.lon0Deg) return { terrain: t, tag: elevation.id };
  const key = `${elevation.id}|${grid.phi0Deg},${grid.lon0Deg}`;
  const have = reprojected.get(key);
  const moved = have ?? reprojectTerrain(t, grid.phi0Deg, grid.lon0Deg);
  if (!have) {
    reprojected.clear();
    reprojected.set(key, moved);
  }
  return { terrain: moved, tag: key };
}

const luts = new Map<number, Float32Array>();
function lutFor(freqMHz: number): Float32Array {
  const have = luts.get(freqMHz);
  if (have) return have;
  const lut = lossLutForFrequency(freqMHz);
  luts.set(freqMHz, lut);
  return lut;
}

/** The site's window: its cache key and what sweeps it; null when the site has no footprint on the grid. */
export interface SiteWindow {
  key: string;
  request: SweepRequest;
}

export function siteWindow(
  input: TerrainInput, grid: GridSpec, site: Site, fps: readonly (TechFootprint | null)[], mobileM: number,
): SiteWindow | null {
  let radius = 0;
  for (const fp of fps) if (fp && fp.radiusM > radius) radius = fp.radiusM;
  const first = fps.find((f) => f !== null);
  if (!first) return null;
  const r = Math.ceil(radius / RADIUS_QUANTUM_M) * RADIUS_QUANTUM_M;
  const cs = grid.cellSizeM;
  const row0 = Math.max(0, Math.floor((first.sy - r) / cs));
  const row1 = Math.min(grid.ny, Math.floor((first.sy + r) / cs) + 1);
  const col0 = Math.max(0, Math.floor((first.sx - r) / cs));
  const col1 = Math.min(grid.nx, Math.floor((first.sx + r) / cs) + 1);
  if (row0 >= row1 || col0 >= col1) return null;
  const key = `${input.tag}|${grid.phi0Deg},${grid.lon0Deg},${grid.x0},${grid.y0},${cs}|${site.lon},${site.lat},${site.heightM},${mobileM}`;
  const [x, y] = projectLngLat(grid, site.lon, site.lat);
  const stepM = Math.max(input.terrain.grid.cellSizeM, cs);
  return { key, request: { x, y, antennaM: site.heightM, window: { row0, row1, col0, col1 }, stepM, radiusM: r } };
}

/** The window as the cache keeps it, from the codes of its request. */
export function windowOf(request: SweepRequest, codes: Uint8Array): LossWindow {
  const { row0, row1, col0, col1 } = request.window;
  return { codes, row0, col0, rows: row1 - row0, cols: col1 - col0 };
}

/** The site's window from the cache, swept here (and kept) when the cache lacks it. */
export function sweepWindow(input: TerrainInput, cache: TerrainLossCache, grid: GridSpec, sw: SiteWindow, mobileM: number): LossWindow {
  const q = sw.request;
  return cache.window(sw.key, q.window, () => windowOf(q, cache.sweep(
    input.terrain, { x: q.x, y: q.y, antennaM: q.antennaM }, mobileM, q.window, grid, { stepM: q.stepM, radiusM: q.radiusM },
  )));
}

/**
 * Gives every footprint of the site its terrain term (footprints by technology index, as the model holds them).
 * `mobileM` is the receiver height above ground.
 */
export function applyTerrain(
  input: TerrainInput, cache: TerrainLossCache, grid: GridSpec, site: Site, techs: readonly Technology[],
  fps: (TechFootprint | null)[], mobileM: number,
): void {
  const sw = siteWindow(input, grid, site, fps, mobileM);
  if (!sw) return;
  const w = sweepWindow(input, cache, grid, sw, mobileM);
  fps.forEach((fp, t) => {
    const tech = techs[t];
    if (!fp || !tech) return;
    const terrain: FootprintTerrain = { codes: w.codes, row0: w.row0, col0: w.col0, cols: w.cols, lossDb: lutFor(lowestBandMHz(site, tech)) };
    fp.terrain = terrain;
  });
}
