/**
 * Report figures from the maintained counters: per unit, per village and for the whole province, in
 * O(units + villages + sites) per call plus a re-scan of the villages whose cells changed since the last call.
 * Population covered in a unit = Σ village population × village covered share
 *   + (unit population − its villages' population, or all of it without villages) × covered share of its
 *     cells outside villages (of all its cells when none are outside villages).
 * Every percentage is 0 when its denominator is 0, never NaN; technologies not computed read 0 throughout.
 */
import { dict } from '../model/dict';
import { TECHNOLOGIES, type Dataset, type Laying, type Site, type Technology } from '../model/types';
import type { FtthResult } from '../ftth';
import type { CoverageCounters } from './counters';
import type { LabelGrids } from './label-grids';
import { perTech, type PerTech, type TechRaster } from './tech-raster';
import type { VillageBest } from './village-best';
import { villageFigures, villageShare, type VillageContext } from './village-figures';
import type { CoverageFigures, ProvinceTotals, SiteRef, UnitFigures, VillageFigures } from './figures-types';
import type { EngineWarning } from './engine-warning';
import { PROPOSED_CARRIER } from '../scenario/proposed-site';

/** The row a site is counted in: proposed sites apart from every carrier's BTS, whichever carrier they name. */
const tallyCarrier = (s: Site): string => (s.proposed ? PROPOSED_CARRIER : s.carrier);

export interface FiguresInput {
  rasters: readonly (TechRaster | null)[];
  sites: readonly Site[];
  /** Unit index of each site (by its cell's label), −1 outside every unit. */
  siteUnit: readonly number[];
  /** Distinct technologies of each site's radios. */
  siteTechs: readonly (readonly Technology[])[];
  ftth: FtthResult | null;
  /** False when no site was added or removed, or changed unit, carrier or technologies, since the last build. */
  sitesChanged: boolean;
  techs: Technology[];
  warnings: EngineWarning[];
}

type FibreKm = Record<Laying, number>;
const zeroKm = (): FibreKm => ({ aerial: 0, underground: 0, duct: 0, unknown: 0 });
export const pct = (num: number, den: number): number => (den > 0 && Number.isFinite(num) ? (100 * num) / den : 0);
function countOf<T>(xs: readonly T[], test: (x: T) => boolean): number {
  let n = 0;
  for (const x of xs) if (test(x)) n++;
  return n;
}
function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] ?? 0;
  return s;
}

interface SiteTallies {
  sitesOfUnit: Record<string, PerTech<number>>[];
  /** Sites inside each unit, each counted once whatever its technologies. */
  siteCountOfUnit: number[];
  /** Sites in no unit: counted in the province's total, in no unit's row. */
  outside: SiteRef[];
  bts: Record<string, PerTech<number>>;
}

export class FiguresBuilder {
  private readonly villages: VillageFigures[] = [];
  /** Last figures per unit, with their covered population per technology: reused while nothing in them changed. */
  private readonly units: UnitFigures[] = [];
  private readonly unitPop: number[][] = [];
  private lastFtth: FtthResult | null | undefined = undefined;
  private readonly villagesOfUnit: number[][];
  private readonly villagePop: number[];
  private tallies: SiteTallies | null = null;

  constructor(
    private readonly dataset: Dataset, private readonly villageCoveredShare: number, private readonly cellAreaKm2: number,
    private readonly labels: LabelGrids, private readonly counters: CoverageCounters, private readonly villageBest: VillageBest,
  ) {
    this.villagesOfUnit = dataset.units.map(() => []);
    labels.villageUnit.forEach((u, v) => this.villagesOfUnit[u]?.push(v));
    this.villagePop = this.villagesOfUnit.map((own) => own.reduce((s, v) => s + (dataset.villages[v]?.population ?? 0), 0));
  }

  build(f: FiguresInput): CoverageFigures {
    const x: VillageContext = {
      counters: this.counters, labels: this.labels, villageBest: this.villageBest, rasters: f.rasters, sites: f.sites,
      villageCoveredShare: this.villageCoveredShare, ftth: f.ftth,
    };
    const unitDirty = this.counters.unitDirty;
    for (const v of this.villageBest.refresh(f.rasters)) {
      const village = this.dataset.villages[v];
      if (village) this.villages[v] = villageFigures(x, village, v);
      const u = this.labels.villageUnit[v] ?? -1;
      if (u >= 0) unitDirty[u] = 1;
    }
    const villages = [...this.villages];
    const sitesChanged = f.sitesChanged || !this.tallies;
    if (sitesChanged) this.tallies = this.siteTallies(f);
    const allDirty = sitesChanged || f.ftth !== this.lastFtth;
    this.lastFtth = f.ftth;
    const tallies = this.tallies ?? this.siteTallies(f);
    const coveredPop = TECHNOLOGIES.map(() => 0);
    let popBase = 0;
    const units = this.dataset.units.map((unit, u): UnitFigures => {
      let figures = this.units[u];
      let pop = this.unitPop[u];
      if (!figures || !pop || allDirty || unitDirty[u] === 1) {
        pop = TECHNOLOGIES.map(() => 0);
        figures = { ...this.unitFigures(f, x, villages, tallies.sitesOfUnit[u] ?? {}, unit, u, pop), siteCount: tallies.siteCountOfUnit[u] ?? 0 };
        this.units[u] = figures;
        this.unitPop[u] = pop;
        unitDirty[u] = 0;
      }
      for (let t = 0; t < coveredPop.length; t++) coveredPop[t] = (coveredPop[t] ?? 0) + (pop[t] ?? 0);
      popBase += this.popBase(unit, u);
      return figures;
    });
    const totals = { ...this.totals(f, units, villages, tallies.bts, coveredPop, popBase), sitesOutsideUnits: tallies.outside };
    return { units, villages, totals, techs: [...f.techs], warnings: [...f.warnings] };
  }

  /** Population the unit's percentages are taken over: its villages' plus the remainder spread over its cells. */
  private popBase(unit: { population: number }, u: number): number {
    const villagePop = this.villagePop[u] ?? 0;
    const own = this.villagesOfUnit[u] ?? [];
    return villagePop + (own.length > 0 ? Math.max(0, unit.population - villagePop) : unit.population);
  }

  /** One unit's figures; its covered population per technology index goes to `pop`. */
  private unitFigures(
    f: FiguresInput, x: VillageContext, villages: VillageFigures[], sites: Record<string, PerTech<number>>,
    unit: Dataset['units'][number], u: number, pop: number[],
  ): Omit<UnitFigures, 'siteCount'> {
    const own = this.villagesOfUnit[u] ?? [];
    const { unitCells, unitOpenCells, unitCovered, unitOpenCovered } = this.counters;
    const cells = unitCells[u] ?? 0;
    const open = unitOpenCells[u] ?? 0;
    const villagePop = this.villagePop[u] ?? 0;
    const remainder = own.length > 0 ? Math.max(0, unit.population - villagePop) : unit.population;
    const popCovered = (t: number): number => {
      const fromVillages = own.reduce((s, v) => s + (this.dataset.villages[v]?.population ?? 0) * villageShare(x, v, t), 0);
      const openShare = open > 0
        ? (unitOpenCovered[t]?.[u] ?? 0) / open
        : cells > 0 ? (unitCovered[t]?.[u] ?? 0) / cells : 0;
      const covered = fromVillages + remainder * openShare;
      pop[t] = covered;
      return covered;
    };
    const ftthUnit = f.ftth?.units[u];
    return {
      code: unit.code, name: unit.name, type: unit.type, district: unit.district, population: unit.population,
      areaKm2: cells * this.cellAreaKm2, villages: own.length,
      pctArea: perTech((_, t) => pct(unitCovered[t]?.[u] ?? 0, cells)),
      pctPopulation: perTech((_, t) => pct(popCovered(t), villagePop + remainder)),
      pctVillages: perTech((tech) => pct(own.filter((v) => villages[v]?.covered[tech]).length, own.length)),
      sites,
      ftth: {
        reached: ftthUnit?.reached ?? false,
        pctVillagesServed: ftthUnit?.pctVillagesServed ?? 0,
        fibreKm: { ...zeroKm(), ...ftthUnit?.fibreKm },
      },
    };
  }

  private siteTallies(f: FiguresInput): SiteTallies {
    // keyed by carrier name, which is user data
    const sitesOfUnit: Record<string, PerTech<number>>[] = this.dataset.units.map(() => dict());
    const siteCountOfUnit = this.dataset.units.map(() => 0);
    const outside: SiteRef[] = [];
    const bts = dict<PerTech<number>>();
    f.sites.forEach((s, i) => {
      const techs = f.siteTechs[i] ?? [];
      const carrier = tallyCarrier(s);
      const row = (bts[carrier] ??= perTech(() => 0));
      const u = f.siteUnit[i] ?? -1;
      const unitRows = sitesOfUnit[u];
      const unitRow = unitRows ? (unitRows[carrier] ??= perTech(() => 0)) : null;
      if (unitRows) siteCountOfUnit[u] = (siteCountOfUnit[u] ?? 0) + 1;
      else outside.push({ id: s.id, name: s.name });
      for (const t of techs) {
        row[t]++;
        if (unitRow) unitRow[t]++;
      }
    });
    // In id order: the site list's own order changes with edits, the figures must not.
    outside.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { sitesOfUnit, siteCountOfUnit, outside, bts };
  }

  private totals(
    f: FiguresInput, units: UnitFigures[], villages: VillageFigures[], bts: Record<string, PerTech<number>>,
    coveredPop: number[], popBase: number,
  ): Omit<ProvinceTotals, 'sitesOutsideUnits'> {
    const { counters } = this;
    const allCells = sum(counters.unitCells);
    const fibreKm = zeroKm();
    for (const u of units) for (const k of Object.keys(fibreKm) as Laying[]) fibreKm[k] += u.ftth.fibreKm[k];
    return {
      units: units.length, villages: villages.length, population: units.reduce((s, u) => s + u.population, 0),
      sites: f.sites.length,
      pctVillages: perTech((tech) => pct(countOf(villages, (v) => v.covered[tech]), villages.length)),
      pctPopulation: perTech((_, t) => pct(coveredPop[t] ?? 0, popBase)),
      pctAreaCovered: perTech((_, t) => pct(sum(counters.unitCovered[t] ?? []), allCells)),
      pctUnitsFtth: pct(countOf(units, (u) => u.ftth.reached), units.length),
      pctVillagesFtth: pct(countOf(villages, (v) => v.ftthServed), villages.length),
      btsByCarrierTech: bts,
      fibreKm,
    };
  }
}
