/** One village's figures from the counters and the cached best level per technology. */
import type { Technology, Village } from '../model/types';
import type { FtthResult } from '../ftth';
import type { CoverageCounters } from './counters';
import type { LabelGrids } from './label-grids';
import type { VillageFigures } from './figures-types';
import { dbmFromLevel, NO_SIGNAL_LEVEL, perTech, type TechRaster } from './tech-raster';
import type { VillageBest } from './village-best';

export interface VillageContext {
  counters: CoverageCounters;
  labels: LabelGrids;
  villageBest: VillageBest;
  rasters: readonly (TechRaster | null)[];
  sites: readonly { id: string }[];
  villageCoveredShare: number;
  ftth: FtthResult | null;
}

/** Share of the village's cells covered in technology index t; a cell-less village follows its probe cell. */
export function villageShare(x: VillageContext, v: number, t: number): number {
  const cells = x.counters.villageCells[v] ?? 0;
  if (cells > 0) return (x.counters.villageCovered[t]?.[v] ?? 0) / cells;
  const probe = x.labels.villageProbe[v] ?? -1;
  const raster = x.rasters[t];
  return probe >= 0 && raster && (raster.levels[probe] ?? NO_SIGNAL_LEVEL) >= raster.threshold ? 1 : 0;
}

export function villageFigures(x: VillageContext, village: Village, i: number): VillageFigures {
  const coveredShare = perTech((_, t) => villageShare(x, i, t));
  const level = (t: number): number => x.villageBest.best[t]?.[i] ?? NO_SIGNAL_LEVEL;
  const distance = x.ftth?.villageDistanceM[i] ?? Infinity;
  const covered = (tech: Technology): boolean => coveredShare[tech] > 0 && coveredShare[tech] >= x.villageCoveredShare;
  return {
    id: village.id, name: village.name, unitCode: village.unitCode, population: village.population,
    bestDbm: perTech((_, t) => (level(t) > NO_SIGNAL_LEVEL ? dbmFromLevel(level(t)) : null)),
    servingSiteId: perTech((_, t) => x.sites[x.villageBest.server[t]?.[i] ?? -1]?.id ?? null),
    coveredShare,
    covered: perTech(covered),
    fibreDistanceM: Number.isFinite(distance) ? distance : null,
    ftthServed: (x.ftth?.villageServed[i] ?? 0) === 1,
  };
}
