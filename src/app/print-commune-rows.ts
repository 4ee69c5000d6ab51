/** The reports tab's commune table: units filtered by name or code (diacritics ignored) and sorted by a column. */
import type { CoverageFigures, UnitFigures } from '../domain/coverage';
import { foldText } from '../domain/text/fold';
import { siteCount } from './print-tables';

/** In the order of the table's columns (communeHeader). */
export const COMMUNE_SORT_KEYS = ['code', 'name', 'population', 'villages', 'area4g', 'pop4g', 'vil4g', 'pop5g', 'ftth', 'sites'] as const;
export type CommuneSortKey = (typeof COMMUNE_SORT_KEYS)[number];

export interface CommuneSort {
  key: CommuneSortKey;
  desc: boolean;
}

function value(u: UnitFigures, key: CommuneSortKey): number | string {
  switch (key) {
    case 'code': return u.code;
    case 'name': return u.name;
    case 'population': return u.population;
    case 'villages': return u.villages;
    case 'area4g': return u.pctArea['4G'];
    case 'pop4g': return u.pctPopulation['4G'];
    case 'vil4g': return u.pctVillages['4G'];
    case 'pop5g': return u.pctPopulation['5G'];
    case 'ftth': return u.ftth.pctVillagesServed;
    case 'sites': return siteCount(u);
  }
}

/** Units whose name or code contains `text` ("dak mil" finds "Đắk Mil"), sorted; ties keep name order. */
export function communeRows(figures: CoverageFigures, text: string, sort: CommuneSort): UnitFigures[] {
  const needle = foldText(text);
  const byName = [...figures.units].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const shown = needle ? byName.filter((u) => foldText(u.name).includes(needle) || foldText(u.code).includes(needle)) : byName;
  const sign = sort.desc ? -1 : 1;
  return shown
    .map((u, i) => ({ u, i, v: value(u, sort.key) }))
    .sort((a, b) => {
      const cmp = typeof a.v === 'string' && typeof b.v === 'string' ? a.v.localeCompare(b.v, 'vi') : Number(a.v) - Number(b.v);
      return sign * cmp || a.i - b.i;
    })
    .map((r) => r.u);
}
