import type { Technology } from '../model/types';
import type { EngineWarning } from './engine-warning';
import type { PerTech } from './tech-raster';

export interface FibreKmByLaying { aerial: number; underground: number; duct: number; unknown: number }

export interface UnitFigures {
  code: string;
  name: string;
  type: string;
  district: string;
  population: number;
  areaKm2: number;
  villages: number;
  /** 0..100, 0 when the denominator is 0. */
  pctArea: PerTech<number>;
  pctPopulation: PerTech<number>;
  pctVillages: PerTech<number>;
  /** Carrier → technology → number of sites inside the unit. */
  sites: Record<string, PerTech<number>>;
  /** Sites inside the unit, each counted once (a site with 2G and 4G is one). */
  siteCount: number;
  ftth: { reached: boolean; pctVillagesServed: number; fibreKm: FibreKmByLaying };
}

export interface VillageFigures {
  id: string;
  name: string;
  unitCode: string;
  population: number;
  bestDbm: PerTech<number | null>;
  servingSiteId: PerTech<string | null>;
  coveredShare: PerTech<number>;
  covered: PerTech<boolean>;
  fibreDistanceM: number | null;
  ftthServed: boolean;
  /**
   * With terrain on, for a village without 4G at its point: the level open ground would give there and what the
   * terrain costs it. Null when terrain is off, the village has 4G, or no site would reach it on open ground.
   */
  terrainShadow4g?: TerrainShadow | null;
}

export interface TerrainShadow {
  /** The best level at the village's point with the terrain term left out. */
  openGroundDbm: number;
  /** The best level there with it. */
  levelDbm: number;
  lossDb: number;
  /** The site whose open-ground level that is. */
  siteId: string;
}

export interface ProvinceTotals {
  units: number;
  villages: number;
  population: number;
  sites: number;
  pctVillages: PerTech<number>;
  pctPopulation: PerTech<number>;
  pctAreaCovered: PerTech<number>;
  pctUnitsFtth: number;
  pctVillagesFtth: number;
  btsByCarrierTech: Record<string, PerTech<number>>;
  fibreKm: FibreKmByLaying;
  /** Sites in no unit: in `sites`, in no unit's siteCount. */
  sitesOutsideUnits: SiteRef[];
}

export interface SiteRef {
  id: string;
  name: string;
}

export interface CoverageFigures {
  /** Technologies computed (settings.techs); coverage figures of the others are 0 or null. */
  techs: Technology[];
  units: UnitFigures[];
  villages: VillageFigures[];
  totals: ProvinceTotals;
  /** The engine's warnings as codes, de-duplicated, at most 50; rendered by i18n/engine-warnings. */
  warnings: EngineWarning[];
}
