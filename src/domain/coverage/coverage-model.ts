/**
 * The coverage engine: an equal-area grid over the loaded area, unit/village label rasters built once, a
 * best-server raster per computed technology (settings.techs) painted site by site, counters maintained as
 * cells cross 0 ↔ 1 covering sites, and incremental site edits (unpaint old footprint with repair, paint new one).
 */
import { TECHNOLOGIES, type Clutter, type Dataset, type Site, type Technology, type Village } from '../model/types';
import { own as ownValue } from '../model/dict';
import { landCoverClutterAt } from '../model/land-cover-clutter';
import type { FtthResult } from '../ftth';
import { memoFtth } from './ftth-memo';
import { cellAreaKm2, cellIndexAt, createGrid, type GridSpec } from '../grid/equal-area-grid';
import { CoverageCounters } from './counters';
import { FiguresBuilder } from './figures';
import type { CoverageFigures } from './figures-types';
import { sharedFootprintLuts } from './footprint-luts';
import { FootprintPainter, type CellWindow, type PainterShared } from './footprint-painter';
import { labelGridsFor, type LabelGrids } from './label-grids';
import { techThresholdDbm, type CoverageSettings } from './settings';
import { areaBBox } from './area-bbox';
import { areaGridProblem } from './area-limit';
import { GridTooLargeError } from './grid-too-large';
import { SiteIndex } from './site-index';
import { buildFootprint, type FootprintContext, type TechFootprint } from './site-footprint';
import { sitePattern } from './site-pattern';
import { SectorPickCache } from './sector-pick';
import { createTechRaster, dbmFromLevel, NO_SIGNAL_LEVEL, type TechRaster } from './tech-raster';
import { footprintLevelAt, footprintRow, receiverLossAt, terrainLossAt } from './footprint-levels';
import { receiverClasses } from './receiver-clutter';
import { shareableBuffer } from './shared-buffers';
import { withTerrainShadows } from './terrain-shadow';
import {
  applyTerrain, sharedTerrainCache, siteWindow, sweepWindow, terrainInput, windowOf, type SiteWindow, type TerrainInput, type TerrainLossCache,
} from './terrain-losses';
import { encodeSweepJob, splitSweeps, sweptCodes, type SweepJob } from './sweep-job';
import { terrainLossWindow } from '../terrain/radial-sweep';
import { VillageBest } from './village-best';
import { errorMessage } from '../text/error-message';
import { settingsProblems, siteInputChecks } from './input-checks';
import { engineWarningKey, type EngineWarning } from './engine-warning';
import { canShareBuffers, encodeBandJob, splitRow, waitForBand, type BandFootprint, type BandHelper } from './band-job';

export interface CoverageModelOptions {
  /** FTTH results to report; `null` leaves FTTH figures empty; omitted: computed from the dataset on first use. */
  ftth?: FtthResult | null;
  /** A second thread that paints half the rows of the bulk load (see band-job); without it one thread paints all. */
  bandHelper?: BandHelper;
  /** Where the sites' terrain windows are kept (default: one cache every model shares, so rebuilds reuse them). */
  terrainCache?: TerrainLossCache;
}

/** One site's level at a cell (see CoverageModel.cellSignals). */
export interface CellSignal {
  siteId: string;
  levelDbm: number;
  /** The terrain diffraction loss included in the level (0 on open ground or without terrain). */
  terrainLossDb: number;
  /** The land cover's loss at the receiver included in the level (0 without a land-cover layer or on open ground). */
  clutterLossDb: number;
}

/**
 * Below this many cell evaluations (footprint discs) a bulk load is painted by one thread. On the bench machine two
 * threads were no faster on a 0.5M-evaluation load (posting the job and waking the helper cost what they saved)
 * and 1.3-1.4× faster on the province's 10M; 4M (about 100 ms on one thread) keeps that fixed cost small.
 */
const MIN_SPLIT_CELLS = 4_000_000;
/** Share of the painting work (cells evaluated) given to the helper thread. */
const HELPER_SHARE = 0.5;
/** A helper that has not finished by then is taken for dead, and its band is painted here. */
const HELPER_TIMEOUT_MS = 120_000;

const windowCells = ({ request: { window: w } }: SiteWindow): number => (w.row1 - w.row0) * (w.col1 - w.col0);

interface SiteEntry {
  site: Site;
  unit: number;
  /** The clutter class of the site's path-loss model. */
  clutter: Clutter;
  techs: readonly Technology[];
  /** By technology index (TECHNOLOGIES order); null where not computed or the site has no footprint. */
  fps: (TechFootprint | null)[];
}

const MAX_WARNINGS = 50;

export class CoverageModel {
  readonly grid: GridSpec;
  /** The technologies computed, in TECHNOLOGIES order. */
  readonly techs: Technology[];
  private readonly labels: LabelGrids;
  /** By technology index; allocated when the first site paints in it (or it is asked for), null until then. */
  private readonly rasters: (TechRaster | null)[];
  private readonly painters: (FootprintPainter | null)[];
  private readonly shared: PainterShared;
  private readonly villageBest: VillageBest;
  private readonly figuresBuilder: FiguresBuilder;
  private readonly ctx: FootprintContext;
  private readonly index = new SiteIndex();
  private readonly entries: SiteEntry[] = [];
  private readonly siteList: Site[] = [];
  private readonly slotById = new Map<string, number>();
  /** By engineWarningKey, in the order first met. */
  private readonly warnings = new Map<string, EngineWarning>();
  /** By technology index: the cells site edits changed since takeChanged last read them. */
  private readonly changed: (CellWindow | null)[] = TECHNOLOGIES.map(() => null);
  /** The technology lists of sites, interned (a country of sites has a handful of them). */
  private readonly techLists = new Map<string, readonly Technology[]>();
  private ftth: FtthResult | null | undefined;
  private sitesChanged = true;
  /** While the constructor loads the dataset: entries are made in dataset order and painted afterwards. */
  private bulkLoading = false;
  /** Threads that painted the bulk load: 2 when a band helper took its share of the rows. */
  paintThreads = 1;
  /** Threads that swept the bulk load's terrain windows: 2 when a band helper swept its share. */
  sweepThreads = 1;
  /** While loading with a sweep helper: entries get their terrain term once all windows are swept (see sweepSplit). */
  private deferTerrain = false;
  /** Rasters live on SharedArrayBuffers (a band helper may paint them). */
  private readonly sharedRasters: boolean;
  private readonly terrain: TerrainInput | null;
  readonly terrainCache: TerrainLossCache;
  private villageById: Map<string, Village> | null = null;

  /**
   * Throws a RangeError naming each impossible setting (e.g. "cellSizeM: 0 must be within [1, 100000]"), and a
   * GridTooLargeError naming the feature when the area's grid exceeds the stated limit (before allocating it).
   */
  constructor(private readonly dataset: Dataset, private readonly settings: CoverageSettings, options: CoverageModelOptions = {}) {
    const refused = settingsProblems(settings);
    if (refused.length > 0) throw new RangeError(`coverage settings refused: ${refused.join('; ')}`);
    this.techs = TECHNOLOGIES.filter((t) => settings.techs.includes(t));
    const tooLarge = areaGridProblem(dataset, settings.cellSizeM, this.techs.length);
    if (tooLarge) throw new GridTooLargeError(tooLarge);
    const area = areaBBox(dataset);
    this.grid = createGrid(area.bbox, settings.cellSizeM, area.marginM);
    this.labels = labelGridsFor(this.grid, dataset);
    const cells = this.grid.nx * this.grid.ny;
    const villageDirty = new Uint8Array(dataset.villages.length);
    const counters = new CoverageCounters(this.labels, dataset.units.length, dataset.villages.length, villageDirty);
    const villageBest = new VillageBest(this.labels, villageDirty, TECHNOLOGIES.length, (t, cell) => this.servingSlot(t, cell));
    this.villageBest = villageBest;
    this.figuresBuilder = new FiguresBuilder(dataset, settings.villageCoveredShare, cellAreaKm2(this.grid), this.labels, counters, villageBest);
    const luts = sharedFootprintLuts(settings.cellSizeM / 10);
    const settingsKey = luts.tag(JSON.stringify([
      settings.thresholdDbm, techThresholdDbm(settings, '2G'), techThresholdDbm(settings, '3G'), settings.indoor, settings.budgets, settings.calibration ?? null,
    ]));
    // A calibration without a land-cover layer applies its "unknown" offset everywhere.
    const receiverClassGrid = dataset.landCover
      ? receiverClasses(dataset.landCover, this.grid)
      : settings.calibration ? new Uint8Array(shareableBuffer(this.grid.nx * this.grid.ny)) : null;
    this.ctx = { grid: this.grid, luts, settings, settingsKey, receiverClasses: receiverClassGrid };
    this.shared = {
      cellSizeM: settings.cellSizeM, stepM: luts.stepM, nx: this.grid.nx,
      counters, villageLabel: this.labels.village, villageDirty, villageScan: villageBest.scan,
      repairMask: new Uint8Array(0), cells, picks: new SectorPickCache(), row: new Int16Array(0),
    };
    this.rasters = TECHNOLOGIES.map(() => null);
    this.painters = TECHNOLOGIES.map(() => null);
    this.ftth = options.ftth;
    this.terrain = terrainInput(dataset, settings, this.grid);
    this.terrainCache = options.terrainCache ?? sharedTerrainCache;
    // The band helper paints from shared tables only; footprints with a terrain term are painted here.
    const helper = options.bandHelper?.ready && canShareBuffers() && !this.terrain ? options.bandHelper : null;
    this.sharedRasters = helper !== null;
    const sweeper = options.bandHelper?.ready && canShareBuffers() && this.terrain && this.terrainCache.sweep === terrainLossWindow
      ? options.bandHelper.startSweep?.bind(options.bandHelper) ?? null
      : null;
    dataset.villages.forEach((v, i) => {
      if ((this.labels.villageUnit[i] ?? -1) < 0) this.warn({ code: 'village-no-unit', villageId: v.id, unitCode: v.unitCode });
    });
    this.index.deferRebuilds(true);
    this.bulkLoading = true;
    this.deferTerrain = sweeper !== null;
    for (const site of dataset.sites) {
      if (this.slotById.has(site.id)) this.warn({ code: 'site-duplicate', siteId: site.id });
      this.upsertSite(site);
    }
    this.deferTerrain = false;
    if (sweeper) this.sweepSplit(sweeper);
    this.bulkLoading = false;
    const order = this.paintOrder();
    if (!helper || !this.paintSplit(order, helper)) {
      this.paintRows(order, 0, Infinity);
      this.painters.forEach((p, t) => p && counters.countFrom(t, p.raster.levels, p.raster.threshold));
    }
    this.index.deferRebuilds(false);
  }

  get sites(): readonly Site[] {
    return this.siteList;
  }

  /** Best-server raster of a computed technology; throws for one not in settings.techs. */
  raster(tech: Technology): TechRaster {
    const r = this.techs.includes(tech) ? this.painter(TECHNOLOGIES.indexOf(tech)).raster : null;
    if (!r) throw new Error(`coverage for ${tech} was not computed: add it to CoverageSettings.techs (computed: ${this.techs.join(', ') || 'none'})`);
    return r;
  }

  /**
   * The site serving a cell (row-major index) in a computed technology: the one whose footprint gives the cell's
   * best level, found through the site index; null where no site reaches. Sites tied on the level (co-located
   * twins) resolve to the smallest id, so the answer does not depend on the order of edits.
   */
  servingSite(tech: Technology, cell: number): Site | null {
    const t = TECHNOLOGIES.indexOf(tech);
    if (!this.techs.includes(tech) || !(cell >= 0 && cell < this.grid.nx * this.grid.ny)) return null;
    return this.siteList[this.servingSlot(t, cell)] ?? null;
  }

  private servingSlot(t: number, cell: number): number {
    const { nx, cellSizeM } = this.grid;
    const row = Math.floor(cell / nx);
    const col = cell - row * nx;
    const x = (col + 0.5) * cellSizeM;
    const y = (row + 0.5) * cellSizeM;
    let bestSlot = -1;
    let bestLevel = NO_SIGNAL_LEVEL;
    let bestId = '';
    for (const id of this.index.search([x, y, x, y])) {
      const slot = this.slotById.get(id);
      const fp = slot === undefined ? null : (this.entries[slot]?.fps[t] ?? null);
      if (!fp || slot === undefined) continue;
      const level = footprintLevelAt(fp, cellSizeM, this.ctx.luts.stepM, row, col);
      if (level > bestLevel || (level === bestLevel && bestSlot >= 0 && id < bestId)) {
        bestSlot = slot;
        bestLevel = level;
        bestId = id;
      }
    }
    return bestSlot;
  }

  /**
   * Every site reaching a cell in a computed technology, best first (at most `limit`), with the terrain loss in
   * its level: what "signal at the cursor" and the terrain-shadow reason read.
   */
  cellSignals(tech: Technology, cell: number, limit = 3): CellSignal[] {
    const t = TECHNOLOGIES.indexOf(tech);
    const { nx, ny, cellSizeM } = this.grid;
    if (!this.techs.includes(tech) || !(cell >= 0 && cell < nx * ny)) return [];
    const row = Math.floor(cell / nx);
    const col = cell - row * nx;
    const x = (col + 0.5) * cellSizeM;
    const y = (row + 0.5) * cellSizeM;
    const out: CellSignal[] = [];
    for (const id of this.index.search([x, y, x, y])) {
      const slot = this.slotById.get(id);
      const fp = slot === undefined ? null : (this.entries[slot]?.fps[t] ?? null);
      if (!fp) continue;
      const level = footprintLevelAt(fp, cellSizeM, this.ctx.luts.stepM, row, col);
      if (level <= NO_SIGNAL_LEVEL) continue;
      out.push({
        siteId: id, levelDbm: dbmFromLevel(level), terrainLossDb: terrainLossAt(fp, row, col),
        clutterLossDb: receiverLossAt(fp, cellSizeM, this.ctx.luts.stepM, row, col),
      });
    }
    out.sort((a, b) => b.levelDbm - a.levelDbm || (a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : 0));
    return out.slice(0, limit);
  }

  /**
   * The serving site of every cell in a computed technology, in one pass over the footprints (what servingSite
   * answers cell by cell, ties to the smallest id): index into `ids`, −1 where no site reaches. For work over many
   * cells at once (a million measured samples), where a site-index search per cell would dominate.
   */
  servingSites(tech: Technology): { slots: Int32Array; ids: string[] } {
    const t = TECHNOLOGIES.indexOf(tech);
    const { nx, ny, cellSizeM } = this.grid;
    const best = this.raster(tech).levels;
    const slots = new Int32Array(nx * ny).fill(-1);
    const ids: string[] = [];
    const span = { c0: 0, c1: 0 };
    let row = new Int16Array(0);
    for (const entry of this.entries) {
      const fp = entry.fps[t];
      if (!fp) continue;
      const id = entry.site.id;
      const k = ids.push(id) - 1;
      const pick = this.shared.picks.get(fp.pickKey, fp);
      if (row.length < fp.col1 - fp.col0) row = new Int16Array((fp.col1 - fp.col0) * 2);
      for (let r = fp.row0; r < fp.row1; r++) {
        footprintRow(fp, pick, cellSizeM, this.ctx.luts.stepM, r, row, span);
        const base = r * nx + span.c0;
        for (let c = 0; c < span.c1 - span.c0; c++) {
          const level = row[c] ?? NO_SIGNAL_LEVEL;
          const cell = base + c;
          if (level <= NO_SIGNAL_LEVEL || level !== best[cell]) continue;
          const have = slots[cell] ?? -1;
          if (have < 0 || id < (ids[have] ?? '')) slots[cell] = k;
        }
      }
    }
    return { slots, ids };
  }

  /** One site's level at a cell in a computed technology, dBm; null where it does not reach or is unknown. */
  siteLevelAt(tech: Technology, siteId: string, cell: number): number | null {
    const t = TECHNOLOGIES.indexOf(tech);
    const slot = this.slotById.get(siteId);
    const fp = slot === undefined ? null : (this.entries[slot]?.fps[t] ?? null);
    const { nx, ny, cellSizeM } = this.grid;
    if (!fp || !(cell >= 0 && cell < nx * ny)) return null;
    const row = Math.floor(cell / nx);
    const level = footprintLevelAt(fp, cellSizeM, this.ctx.luts.stepM, row, cell - row * nx);
    return level > NO_SIGNAL_LEVEL ? dbmFromLevel(level) : null;
  }

  /** The land-cover class code the engine reads at a cell (0: unknown, or no land-cover layer). */
  /** The reporting unit (index into the dataset's units) a cell lies in; −1 for none or off the grid. */
  unitIndexAt(cell: number): number {
    return cell >= 0 ? (this.labels.unit[cell] ?? -1) : -1;
  }

  landCoverCodeAt(cell: number): number {
    return this.ctx.receiverClasses?.[cell] ?? 0;
  }

  /** A computed site (scenario edits included) with the clutter class its path-loss model uses; null for an unknown id. */
  siteModel(id: string): { site: Site; clutter: Clutter } | null {
    const slot = this.slotById.get(id);
    const entry = slot === undefined ? undefined : this.entries[slot];
    return entry ? { site: entry.site, clutter: entry.clutter } : null;
  }

  figures(): CoverageFigures {
    if (this.ftth === undefined) {
      try {
        this.ftth = memoFtth(this.dataset, this.settings.ftthDistanceM);
      } catch (e) {
        this.ftth = null;
        this.warn({ code: 'ftth-not-computed', detail: errorMessage(e) });
      }
    }
    const sitesChanged = this.sitesChanged;
    this.sitesChanged = false;
    const figures = this.figuresBuilder.build({
      rasters: this.rasters, sites: this.siteList, siteUnit: sitesChanged ? this.entries.map((e) => e.unit) : [],
      siteTechs: sitesChanged ? this.entries.map((e) => e.techs) : [], ftth: this.ftth, sitesChanged,
      techs: this.techs, warnings: [...this.warnings.values()],
    });
    if (!this.terrain || !this.techs.includes('4G')) return figures;
    this.villageById ??= new Map(this.dataset.villages.map((v) => [v.id, v]));
    const villages = withTerrainShadows(figures.villages, this.villageById, this.grid, (cell) => this.cellSignals('4G', cell, Infinity));
    return { ...figures, villages };
  }

  upsertSite(site: Site): void {
    const existing = this.slotById.get(site.id);
    const old = existing === undefined ? undefined : this.entries[existing];
    const slot = existing ?? this.entries.length;
    if (old && !this.bulkLoading) this.unpaint(slot, old);
    const entry = this.entryFor(site);
    if (!old || old.unit !== entry.unit || old.site.carrier !== site.carrier || old.techs.join() !== entry.techs.join()) {
      this.sitesChanged = true;
    }
    this.entries[slot] = entry;
    this.siteList[slot] = site;
    this.slotById.set(site.id, slot);
    if (!this.bulkLoading) this.paint(slot, entry);
  }

  /**
   * Slots in bands of rows, west to east within a band: consecutive footprints overlap, so the raster rows they
   * touch are still in cache (dataset order jumps across a country-sized raster at every site).
   */
  private paintOrder(): number[] {
    const band = 64 * this.grid.cellSizeM;
    const keys = this.entries.map((e) => {
      const fp = e.fps.find((f) => f !== null);
      return fp ? [Math.floor(fp.sy / band), fp.sx] : [-Infinity, 0];
    });
    return this.entries.map((_, i) => i).sort((a, b) => {
      const ka = keys[a] ?? [0, 0];
      const kb = keys[b] ?? [0, 0];
      return (ka[0] ?? 0) - (kb[0] ?? 0) || (ka[1] ?? 0) - (kb[1] ?? 0) || a - b;
    });
  }

  private paintRows(order: readonly number[], rowFrom: number, rowTo: number): void {
    for (const slot of order) {
      const entry = this.entries[slot];
      if (entry) this.paint(slot, entry, { rowFrom, rowTo });
    }
  }

  /**
   * Paints and counts rows [0, split) here while the helper paints (and, with shared labels, counts) [split, ny);
   * false (nothing painted) when not worth it.
   */
  private paintSplit(order: readonly number[], helper: BandHelper): boolean {
    // Only the technologies some site paints in: a raster is allocated when first painted.
    const painted = TECHNOLOGIES.map((_, t) => this.entries.some((e) => e.fps[t]));
    const techIndexes = TECHNOLOGIES.flatMap((_, t) => (painted[t] ? [t] : []));
    const footprints: BandFootprint[] = [];
    for (const slot of order) {
      this.entries[slot]?.fps.forEach((fp, t) => fp && footprints.push({ fp, raster: techIndexes.indexOf(t) }));
    }
    const cellArea = this.grid.cellSizeM ** 2;
    const cells = footprints.reduce((sum, f) => sum + (Math.PI * f.fp.radiusM ** 2) / cellArea, 0);
    if (cells < (helper.minCells ?? MIN_SPLIT_CELLS)) return false;
    const rasters = techIndexes.map((t) => this.painter(t).raster);
    const split = splitRow(this.grid.ny, this.grid.cellSizeM, footprints.map((f) => f.fp), HELPER_SHARE);
    const counting = {
      labels: this.labels, thresholds: rasters.map((r) => r.threshold), units: this.dataset.units.length, villages: this.dataset.villages.length,
    };
    const job = encodeBandJob(this.grid, this.ctx.luts.stepM, split, this.grid.ny, rasters, footprints, counting);
    helper.start(job);
    this.paintThreads = 2;
    this.paintRows(order, 0, split);
    const counters = this.shared.counters;
    const splitCell = split * this.grid.nx;
    rasters.forEach((r, i) => counters.countFrom(techIndexes[i] ?? 0, r.levels, r.threshold, 0, splitCell));
    if (!waitForBand(job, HELPER_TIMEOUT_MS)) {
      this.warn({ code: 'second-thread-failed' });
      this.paintThreads = 1;
      this.paintRows(order, split, Infinity);
      rasters.forEach((r, i) => counters.countFrom(techIndexes[i] ?? 0, r.levels, r.threshold, splitCell));
      return true;
    }
    const helperCounts = job.counting?.counts;
    if (helperCounts) helperCounts.forEach((c, i) => counters.addCounts(techIndexes[i] ?? 0, c));
    else rasters.forEach((r, i) => counters.countFrom(techIndexes[i] ?? 0, r.levels, r.threshold, splitCell));
    return true;
  }

  private get mobileM(): number {
    return this.settings.budgets[0]?.mobileHeightM ?? 1.5;
  }

  /**
   * The bulk load's terrain windows the cache lacks, swept half here and half by the helper (the same sweep on the
   * same inputs, so the codes do not depend on the thread); then every entry gets its terrain term. A helper that
   * fails leaves its windows to this thread.
   */
  private sweepSplit(startSweep: (job: SweepJob) => void): void {
    const terrain = this.terrain;
    if (!terrain) return;
    const missing = new Map<string, SiteWindow>();
    for (const e of this.entries) {
      const sw = siteWindow(terrain, this.grid, e.site, e.fps, this.mobileM);
      if (!sw || this.terrainCache.holds(sw.key, sw.request.window)) continue;
      const have = missing.get(sw.key);
      if (!have || windowCells(sw) > windowCells(have)) missing.set(sw.key, sw);
    }
    if (missing.size > 1) {
      const { helper: theirs, here: mine } = splitSweeps([...missing.values()]);
      const job = encodeSweepJob(terrain.terrain, this.grid, this.mobileM, theirs.map((sw) => sw.request));
      startSweep(job);
      this.sweepThreads = 2;
      for (const sw of mine) sweepWindow(terrain, this.terrainCache, this.grid, sw, this.mobileM);
      if (waitForBand(job, HELPER_TIMEOUT_MS)) {
        theirs.forEach((sw, i) => this.terrainCache.put(sw.key, windowOf(sw.request, sweptCodes(job, i))));
      } else {
        this.warn({ code: 'second-thread-failed' });
        this.sweepThreads = 1;
      }
    }
    for (const e of this.entries) applyTerrain(terrain, this.terrainCache, this.grid, e.site, TECHNOLOGIES, e.fps, this.mobileM);
  }

  removeSite(id: string): void {
    const slot = this.slotById.get(id);
    const entry = slot === undefined ? undefined : this.entries[slot];
    if (slot === undefined || !entry) return;
    this.unpaint(slot, entry);
    this.sitesChanged = true;
    this.index.delete(id);
    this.slotById.delete(id);
    const lastSlot = this.entries.length - 1;
    const last = this.entries[lastSlot];
    if (slot !== lastSlot && last) {
      this.villageBest.relabel(lastSlot, slot);
      this.entries[slot] = last;
      this.siteList[slot] = last.site;
      this.slotById.set(last.site.id, slot);
    }
    this.entries.pop();
    this.siteList.pop();
  }

  private painter(t: number): FootprintPainter {
    const have = this.painters[t];
    if (have) return have;
    const tech = TECHNOLOGIES[t] ?? '4G';
    const raster = createTechRaster(tech, this.grid.nx * this.grid.ny, techThresholdDbm(this.settings, tech), this.sharedRasters);
    const vBest = this.villageBest.best[t] ?? new Int16Array(0);
    const vServer = this.villageBest.server[t] ?? new Int32Array(0);
    const painter = new FootprintPainter(raster, t, this.shared, vBest, vServer);
    this.rasters[t] = raster;
    this.painters[t] = painter;
    return painter;
  }

  private entryFor(site: Site): SiteEntry {
    const cell = cellIndexAt(this.grid, site.lon, site.lat);
    const unit = cell >= 0 ? (this.labels.unit[cell] ?? -1) : -1;
    const u = this.dataset.units[unit];
    const clutter: Clutter = ownValue(this.settings.siteClutterOverrides, site.id)
      ?? landCoverClutterAt(this.dataset.landCover, site.lon, site.lat)
      ?? (u ? (ownValue(this.settings.clutterOverrides, u.code) ?? u.clutter) : 'rural');
    const own = TECHNOLOGIES.filter((t) => site.radios.some((r) => r.tech === t));
    const techs = this.techLists.get(own.join()) ?? own;
    this.techLists.set(own.join(), techs);
    const problems = siteInputChecks(site);
    if (problems.length > 0) this.warn({ code: 'site-not-computed', siteId: site.id, problems });
    const painted = TECHNOLOGIES.map((t) => problems.length === 0 && this.techs.includes(t) && techs.includes(t));
    const pattern = painted.some(Boolean) ? sitePattern(site.sectors, this.ctx.luts) : null;
    const warn = (w: EngineWarning): void => this.warn(w);
    const fps = TECHNOLOGIES.map((t, i) => (pattern && painted[i] ? buildFootprint(this.ctx, site, t, clutter, pattern, warn) : null));
    if (this.terrain && !this.deferTerrain) applyTerrain(this.terrain, this.terrainCache, this.grid, site, TECHNOLOGIES, fps, this.mobileM);
    return { site, unit, clutter, techs, fps };
  }

  /** `bulk`: while loading, before any counter or village has been read (see FootprintPainter.addBulk), those rows. */
  private paint(slot: number, entry: SiteEntry, bulk: { rowFrom: number; rowTo: number } | null = null): void {
    let box: [number, number, number, number] | null = null;
    entry.fps.forEach((fp, t) => {
      if (!fp) return;
      if (bulk) this.painter(t).addBulk(fp, bulk.rowFrom, bulk.rowTo);
      else {
        this.painter(t).add(fp, slot);
        this.noteChanged(t, fp);
      }
      const r = fp.radiusM;
      box = box
        ? [Math.min(box[0], fp.sx - r), Math.min(box[1], fp.sy - r), Math.max(box[2], fp.sx + r), Math.max(box[3], fp.sy + r)]
        : [fp.sx - r, fp.sy - r, fp.sx + r, fp.sy + r];
    });
    if (box) this.index.set(entry.site.id, box);
    else this.index.delete(entry.site.id);
  }

  private unpaint(slot: number, entry: SiteEntry): void {
    const cs = this.grid.cellSizeM;
    entry.fps.forEach((fp, t) => {
      const painter = this.painters[t];
      if (!fp || !painter) return;
      this.noteChanged(t, fp);
      const w = painter.remove(fp, slot);
      if (!w) return;
      for (const id of this.index.search([w.col0 * cs, w.row0 * cs, w.col1 * cs, w.row1 * cs])) {
        const other = this.slotById.get(id);
        const ofp = other === undefined || other === slot ? null : this.entries[other]?.fps[t];
        if (ofp) painter.repairFrom(ofp, w);
      }
      painter.finishRepair();
    });
  }

  private noteChanged(t: number, w: CellWindow): void {
    const have = this.changed[t];
    this.changed[t] = have
      ? { row0: Math.min(have.row0, w.row0), row1: Math.max(have.row1, w.row1), col0: Math.min(have.col0, w.col0), col1: Math.max(have.col1, w.col1) }
      : { row0: w.row0, row1: w.row1, col0: w.col0, col1: w.col1 };
  }

  /**
   * The cells of `tech`'s raster that site edits (upsertSite, removeSite after the build) may have changed since the
   * last call, as one window; null when none did. Reading it starts a new window.
   */
  takeChanged(tech: Technology): CellWindow | null {
    const t = TECHNOLOGIES.indexOf(tech);
    const w = this.changed[t] ?? null;
    if (t >= 0) this.changed[t] = null;
    return w && w.row1 > w.row0 && w.col1 > w.col0 ? w : null;
  }

  private warn(warning: EngineWarning): void {
    const key = engineWarningKey(warning);
    if (this.warnings.size < MAX_WARNINGS && !this.warnings.has(key)) this.warnings.set(key, warning);
  }
}
