/** Per-unit figures of two scenarios side by side with their differences, for the compare view and its CSV. */
import type { CoverageFigures } from '../coverage';
import type { Technology } from '../model/types';

export interface CompareRow {
  code: string;
  name: string;
  population: number;
  /** Percentages 0..100 for A and B, and B − A in percentage points. */
  areaA: number;
  areaB: number;
  areaDiff: number;
  popA: number;
  popB: number;
  popDiff: number;
  villagesA: number;
  villagesB: number;
  villagesDiff: number;
  sitesA: number;
  sitesB: number;
}

function siteCount(sites: Record<string, Record<Technology, number>>, tech: Technology): number {
  let n = 0;
  for (const byTech of Object.values(sites)) n += byTech[tech];
  return n;
}

/** Rows in the order of A's units, then a province total row with code ''. */
export function compareTable(a: CoverageFigures, b: CoverageFigures, tech: Technology): CompareRow[] {
  const byCode = new Map(b.units.map((u) => [u.code, u]));
  const rows: CompareRow[] = [];
  for (const ua of a.units) {
    const ub = byCode.get(ua.code);
    if (!ub) continue;
    rows.push({
      code: ua.code, name: ua.name, population: ua.population,
      areaA: ua.pctArea[tech], areaB: ub.pctArea[tech], areaDiff: ub.pctArea[tech] - ua.pctArea[tech],
      popA: ua.pctPopulation[tech], popB: ub.pctPopulation[tech], popDiff: ub.pctPopulation[tech] - ua.pctPopulation[tech],
      villagesA: ua.pctVillages[tech], villagesB: ub.pctVillages[tech], villagesDiff: ub.pctVillages[tech] - ua.pctVillages[tech],
      sitesA: siteCount(ua.sites, tech), sitesB: siteCount(ub.sites, tech),
    });
  }
  const ta = a.totals;
  const tb = b.totals;
  rows.push({
    code: '', name: '', population: ta.population,
    areaA: ta.pctAreaCovered[tech], areaB: tb.pctAreaCovered[tech], areaDiff: tb.pctAreaCovered[tech] - ta.pctAreaCovered[tech],
    popA: ta.pctPopulation[tech], popB: tb.pctPopulation[tech], popDiff: tb.pctPopulation[tech] - ta.pctPopulation[tech],
    villagesA: ta.pctVillages[tech], villagesB: tb.pctVillages[tech], villagesDiff: tb.pctVillages[tech] - ta.pctVillages[tech],
    sitesA: siteCount(ta.btsByCarrierTech, tech), sitesB: siteCount(tb.btsByCarrierTech, tech),
  });
  return rows;
}

/** The smallest difference, in percentage points, the compare view shows (it rounds to one decimal). */
export const SHOWN_DIFF_PP = 0.05;

/** Whether a row differs between A and B in any figure the view shows (area, population, villages or sites). */
export function rowChanged(r: CompareRow): boolean {
  return Math.abs(r.areaDiff) >= SHOWN_DIFF_PP || Math.abs(r.popDiff) >= SHOWN_DIFF_PP || Math.abs(r.villagesDiff) >= SHOWN_DIFF_PP || r.sitesA !== r.sitesB;
}
