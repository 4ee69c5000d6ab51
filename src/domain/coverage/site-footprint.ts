/**
 * One site's footprint in one technology: the disc of its longest boresight range, with everything needed to
 * compute the level at a cell from lookup tables only:
 *   level = max over bands (EIRP − PL(d) − shadow − indoor)  +  max(max over tilt groups (A_H(bearing) + A_V(d)), −30)
 * Each band the site carries in the technology is evaluated and the best level kept; since the pattern does
 * not depend on the band, that max folds into one table by distance (`base`). The distance tables depend only
 * on (technology, bands, height, clutter, tilts), which many sites share, so they are cached.
 */
import type { Clutter, Site, Technology } from '../model/types';
import {
  budgetFor, defaultModelFor, MAX_ATTENUATION_DB, maxRangeM, modelWarnings, receivedLevelDbm, type LinkBudget, type ModelWarning,
} from '../radio';
import type { GridSpec } from '../grid/equal-area-grid';
import { projectLngLat } from '../grid/equal-area-grid';
import type { FootprintLuts } from './footprint-luts';
import { techThresholdDbm, type CoverageSettings } from './settings';
import type { SitePattern } from './site-pattern';
import { receiverLossTable } from './receiver-clutter';

export interface TechFootprint {
  /** Site position in metres east of the grid's west edge and south of its north edge. */
  sx: number;
  sy: number;
  radiusM: number;
  /** Distance steps of the tables below. */
  steps: number;
  /** The first sector's azimuth bearing bucket. */
  az0: number;
  /** Per sector: azimuth bucket minus az0 (mod the buckets), horizontal gain table by offset bucket, offset of its group in `boosted`. */
  sectorOffset: Int32Array;
  sectorTables: Float32Array[];
  sectorBoost: Int32Array;
  /** Per sector: its tilt group (index into the groups of `boosted`). */
  sectorGroup: Int32Array;
  /** The pattern's SectorPickCache key; its pick is indexed by bearing bucket minus az0. */
  pickKey: string;
  /** Boresight level plus the tilt group's vertical gain by distance step, group-major: groups × steps. */
  boosted: Float32Array;
  /** By distance step: largest minus smallest `boosted` over the tilt groups (see sector-pick). */
  spread: Float64Array;
  /** Boresight level plus the pattern floor (−30 dB) by distance step: the level's lower bound. */
  floored: Float32Array;
  /** Cell window [row0, row1) × [col0, col1) of the disc, clipped to the grid (may be empty). */
  row0: number;
  row1: number;
  col0: number;
  col1: number;
  /** Terrain diffraction loss of each cell (see terrain/radial-sweep), or null: no terrain term. */
  terrain: FootprintTerrain | null;
  /** The land cover's loss at the receiver (see receiver-clutter), or null: no land-cover layer. */
  receiver: FootprintReceiver | null;
}

/** Class codes of the model's grid cells and, by code and distance step (code-major, `steps` per code), their loss. */
export interface FootprintReceiver {
  classes: Uint8Array;
  nx: number;
  lossDb: Float32Array;
}

/** Loss codes over a window of cells [row0, row0 + rows) × [col0, col0 + cols), row-major, and their dB. */
export interface FootprintTerrain {
  codes: Uint8Array;
  row0: number;
  col0: number;
  cols: number;
  /** Code → loss in dB at this footprint's frequency. */
  lossDb: Float32Array;
}

export interface FootprintContext {
  grid: GridSpec;
  luts: FootprintLuts;
  settings: CoverageSettings;
  /** Every setting the range and boosted tables depend on (threshold, indoor, budgets), for their cache keys. */
  settingsKey: string;
  /** The land-cover class code of every grid cell (receiver-clutter), or null without a land-cover layer. */
  receiverClasses: Uint8Array | null;
}

interface RangeProfile {
  /** Model warnings met while sizing the range; replayed to every model that reuses the profile. */
  warnings: ModelWarning[];
  radiusM: number;
  steps: number;
  base: Float32Array;
  floored: Float32Array;
}

/** Budgets of the site's distinct bands in `tech`, with the radio's own frequency for path loss. */
function bandBudgets(site: Site, tech: Technology, budgets: readonly LinkBudget[]): LinkBudget[] {
  const bands = [...new Set(site.radios.filter((r) => r.tech === tech).map((r) => r.bandMHz))].sort((a, b) => a - b);
  const offsetDb = site.powerOffsetDb ?? 0;
  return bands.map((bandMHz) => {
    const budget = budgetFor(tech, bandMHz, budgets);
    return { ...budget, bandMHz, txPowerPerReDbm: budget.txPowerPerReDbm + offsetDb };
  });
}

function rangeProfile(
  ctx: FootprintContext, bands: LinkBudget[], tech: Technology, heightM: number, clutter: Clutter,
): RangeProfile | null {
  const { luts, settings } = ctx;
  const warnings: ModelWarning[] = [];
  const radiusM = Math.max(...bands.map((b) => {
    const threshold = techThresholdDbm(settings, tech) + (settings.indoor ? b.indoorLossDb : 0);
    const model = defaultModelFor(b.bandMHz, clutter);
    const range = maxRangeM(b, model, threshold, heightM, clutter);
    const input = { freqMHz: b.bandMHz, distanceM: range, baseHeightM: heightM, mobileHeightM: b.mobileHeightM, clutter };
    if (range > 0) warnings.push(...modelWarnings(model, input));
    return range;
  }));
  if (!(radiusM > 0)) return null;
  const steps = Math.ceil(radiusM / luts.stepM) + 2;
  const base = baseLevels(ctx, bands, heightM, clutter, steps);
  const floored = base.map((v) => v - MAX_ATTENUATION_DB);
  return { warnings, radiusM, steps, base, floored };
}

/** The best band's boresight level by distance step for a clutter, before the antenna pattern. */
function baseLevels(ctx: FootprintContext, bands: LinkBudget[], heightM: number, clutter: Clutter, steps: number): Float32Array {
  const base = new Float32Array(steps).fill(-Infinity);
  for (const b of bands) {
    const pl = ctx.luts.pathLossTable(defaultModelFor(b.bandMHz, clutter), b.bandMHz, heightM, b.mobileHeightM, clutter, steps);
    for (let i = 0; i < steps; i++) {
      const level = receivedLevelDbm(b, pl[i] ?? Infinity, 0, ctx.settings.indoor);
      if (level > (base[i] ?? -Infinity)) base[i] = level;
    }
  }
  return base;
}

interface BoostedTables { boosted: Float32Array; spread: Float64Array }

function boostedTables(luts: FootprintLuts, p: RangeProfile, heightM: number, mobileHeightM: number, tilts: readonly (number | null)[]): BoostedTables {
  const { steps, base } = p;
  const groups = tilts.length;
  const boosted = new Float32Array(groups * steps);
  for (let g = 0; g < groups; g++) {
    const tilt = tilts[g] ?? null;
    if (tilt === null) boosted.set(base, g * steps);
    else addInto(boosted, g * steps, base, luts.verticalTable(heightM, mobileHeightM, tilt, steps), steps);
  }
  const spread = new Float64Array(steps);
  if (groups > 1) {
    for (let i = 0; i < steps; i++) {
      let lo = boosted[i] ?? 0;
      let hi = lo;
      for (let g = 1; g < groups; g++) {
        const b = boosted[g * steps + i] ?? 0;
        if (b < lo) lo = b;
        if (b > hi) hi = b;
      }
      // Equal −Infinity entries (no band reaches) leave NaN; no cell reads those steps inside the disc.
      spread[i] = hi - lo || 0;
    }
  }
  return { boosted, spread };
}

/** out[at + i] = a[i] + b[i] for i < n. */
function addInto(out: Float32Array, at: number, a: Float32Array, b: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) out[at + i] = (a[i] ?? -Infinity) + (b[i] ?? 0);
}

export function buildFootprint(
  ctx: FootprintContext, site: Site, tech: Technology, clutter: Clutter, pattern: SitePattern,
  warn: (warning: ModelWarning) => void = () => undefined,
): TechFootprint | null {
  const { grid, luts, settings } = ctx;
  const bands = bandBudgets(site, tech, settings.budgets);
  if (bands.length === 0 || !(site.heightM > 0) || !Number.isFinite(site.lon) || !Number.isFinite(site.lat)) return null;
  const key = `${ctx.settingsKey}|${tech}|${clutter}|${site.heightM}|${site.powerOffsetDb ?? 0}|${bands.map((b) => b.bandMHz).join(',')}`;
  const profile = luts.memo(`range|${key}`, () => rangeProfile(ctx, bands, tech, site.heightM, clutter));
  if (!profile) return null;
  for (const w of profile.warnings) warn(w);
  const mobileHeightM = bands[0]?.mobileHeightM ?? 1.5;
  const { boosted, spread } = luts.memo(`boosted|${key}|${pattern.tilts.join(',')}`,
    () => boostedTables(luts, profile, site.heightM, mobileHeightM, pattern.tilts));
  const [x, y] = projectLngLat(grid, site.lon, site.lat);
  const sx = x - grid.x0;
  const sy = grid.y0 - y;
  const { radiusM } = profile;
  const cs = grid.cellSizeM;
  return {
    sx, sy, radiusM, steps: profile.steps, boosted, spread, floored: profile.floored,
    az0: pattern.az0, sectorOffset: pattern.sectorOffset, sectorTables: pattern.sectorTables, pickKey: pattern.pickKey,
    sectorBoost: luts.memo(`boost|${pattern.sectorGroup.join()}|${profile.steps}`, () => pattern.sectorGroup.map((g) => g * profile.steps)),
    sectorGroup: pattern.sectorGroup,
    row0: Math.max(0, Math.floor((sy - radiusM) / cs)),
    row1: Math.min(grid.ny, Math.floor((sy + radiusM) / cs) + 1),
    col0: Math.max(0, Math.floor((sx - radiusM) / cs)),
    col1: Math.min(grid.nx, Math.floor((sx + radiusM) / cs) + 1),
    terrain: null,
    receiver: ctx.receiverClasses ? {
      classes: ctx.receiverClasses,
      nx: grid.nx,
      lossDb: luts.memo(`receiver|${key}`, () => receiverLossTable(
        profile.base, (c) => (c === clutter ? profile.base : baseLevels(ctx, bands, site.heightM, c, profile.steps)),
        bands[0]?.bandMHz ?? 0, mobileHeightM, settings.calibration ?? null, luts.stepM,
      )),
    } : null,
  };
}

/** The lowest band the site carries in `tech`: the one whose diffraction loss the footprint applies. */
export function lowestBandMHz(site: Site, tech: Technology): number {
  let lowest = Infinity;
  for (const r of site.radios) if (r.tech === tech && r.bandMHz < lowest) lowest = r.bandMHz;
  return lowest;
}
