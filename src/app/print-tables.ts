/** Report tables as rows of cells: communes (with totals), villages, province indicators. Formatting only. */
import type { CoverageFigures, UnitFigures, VillageFigures } from '../domain/coverage';
import type { Technology } from '../domain/model/types';
import { toCsv, type CsvValue } from '../io/csv/write-csv';
import { tidySpaces } from '../domain/text/tidy-spaces';
import { printT } from '../i18n/print-strings';
import type { Lang } from '../i18n/strings';

const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');
const int = (lang: Lang, n: number) => Math.round(n).toLocaleString(locale(lang));
const pct = (lang: Lang, n: number) => n.toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' %';

/** Sites inside the unit, each counted once. */
export function siteCount(u: UnitFigures): number {
  return u.siteCount;
}

/** People, km² and villages covered in a unit by a technology (the percentages taken back to counts). */
export function unitCovered(u: UnitFigures, tech: Technology): { population: number; km2: number; villages: number } {
  return {
    population: (u.pctPopulation[tech] * u.population) / 100,
    km2: (u.pctArea[tech] * u.areaKm2) / 100,
    villages: Math.round((u.pctVillages[tech] * u.villages) / 100),
  };
}

export interface TableData {
  header: string[];
  rows: string[][];
  align: ('left' | 'right')[];
  widths: number[];
}

export function communeHeader(lang: Lang): string[] {
  const t = (k: Parameters<typeof printT>[1]) => printT(lang, k);
  return [t('code'), t('name'), t('population'), t('villages'), t('area4g'), t('pop4g'), t('vil4g'), t('pop5g'), t('ftth'), t('sites')];
}

/** A unit's cells in the order of communeHeader. */
export function communeCells(lang: Lang, u: UnitFigures): string[] {
  return [
    u.code, tidySpaces(u.name), int(lang, u.population), int(lang, u.villages), pct(lang, u.pctArea['4G']), pct(lang, u.pctPopulation['4G']),
    pct(lang, u.pctVillages['4G']), pct(lang, u.pctPopulation['5G']), pct(lang, u.ftth.pctVillagesServed), int(lang, siteCount(u)),
  ];
}

/** What the province's counts hold beyond its units' rows: villages and sites inside no unit. */
export function outsideUnits(figures: CoverageFigures): { villages: number; sites: CoverageFigures['totals']['sitesOutsideUnits'] } {
  const inUnits = figures.units.reduce((s, u) => s + u.villages, 0);
  return { villages: Math.max(0, figures.totals.villages - inUnits), sites: figures.totals.sitesOutsideUnits };
}

/**
 * One row per unit in name order, numbered (STT); a row for the villages and sites inside no unit when there are
 * any; then the province: its counts the sums of the rows above, its percentages the province's own.
 */
export function communeTable(lang: Lang, figures: CoverageFigures): TableData {
  const units = [...figures.units].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const rows = units.map((u, i) => [String(i + 1), ...communeCells(lang, u)]);
  const outside = outsideUnits(figures);
  if (outside.villages > 0 || outside.sites.length > 0) {
    rows.push(['', '', printT(lang, 'outsideUnitsRow'), '', int(lang, outside.villages), '', '', '', '', '', int(lang, outside.sites.length)]);
  }
  const sum = (f: (u: UnitFigures) => number): number => units.reduce((s, u) => s + f(u), 0);
  const tot = figures.totals;
  rows.push([
    '', '', printT(lang, 'provinceTotal'), int(lang, sum((u) => u.population)), int(lang, sum((u) => u.villages) + outside.villages),
    pct(lang, tot.pctAreaCovered['4G']), pct(lang, tot.pctPopulation['4G']), pct(lang, tot.pctVillages['4G']), pct(lang, tot.pctPopulation['5G']),
    pct(lang, tot.pctVillagesFtth), int(lang, sum(siteCount) + outside.sites.length),
  ]);
  return {
    header: [printT(lang, 'rowNo'), ...communeHeader(lang)], rows,
    align: ['right', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    widths: [0.5, 1.1, 2.6, 1.2, 0.8, 1, 1, 1, 1, 1, 0.8],
  };
}

/** The sites inside no unit, named, for a note under the table; null when every site is in a unit. */
export function outsideSitesNote(lang: Lang, figures: CoverageFigures): string | null {
  const { sites } = outsideUnits(figures);
  if (sites.length === 0) return null;
  const list = sites.map((s) => (s.name && s.name !== s.id ? `${tidySpaces(s.name)} (${s.id})` : s.id)).join('; ');
  return `${printT(lang, 'outsideSitesNote', { n: int(lang, sites.length) })} ${list}`;
}

/** One unit's figures as the small table of its atlas page. */
export function unitFacts(lang: Lang, u: UnitFigures): { title: string; rows: [string, string][] } {
  const t = (k: Parameters<typeof printT>[1]) => printT(lang, k);
  const km2 = u.areaKm2.toLocaleString(locale(lang), { maximumFractionDigits: 1 });
  return {
    title: t('factsTitle'),
    rows: [
      [t('population'), int(lang, u.population)], [t('villages'), int(lang, u.villages)], [t('areaKm2'), km2],
      [t('area4g'), pct(lang, u.pctArea['4G'])], [t('pop4g'), pct(lang, u.pctPopulation['4G'])], [t('vil4g'), pct(lang, u.pctVillages['4G'])],
      [t('pop5g'), pct(lang, u.pctPopulation['5G'])], [t('ftth'), pct(lang, u.ftth.pctVillagesServed)], [t('sites'), int(lang, siteCount(u))],
    ],
  };
}

export function indicatorsTable(lang: Lang, figures: CoverageFigures): TableData {
  const t = (k: Parameters<typeof printT>[1]) => printT(lang, k);
  const tot = figures.totals;
  return {
    header: [t('indicator'), t('value')],
    rows: [
      [t('indVillages4g'), pct(lang, tot.pctVillages['4G'])],
      [t('indPop4g'), pct(lang, tot.pctPopulation['4G'])],
      [t('indPop5g'), pct(lang, tot.pctPopulation['5G'])],
      [t('indUnitsFtth'), pct(lang, tot.pctUnitsFtth)],
      [t('indVillagesFtth'), pct(lang, tot.pctVillagesFtth)],
      [t('indSites'), int(lang, tot.sites)],
    ],
    align: ['left', 'right'],
    widths: [3, 1],
  };
}

export type VillageSortKey = 'name' | 'commune' | 'population' | 'best4g' | 'fibre';

export interface VillageRow {
  v: VillageFigures;
  commune: string;
}

/** Villages filtered by commune code (or all) and by text in the village or commune name, then sorted. */
export function villageRows(
  figures: CoverageFigures,
  filter: { unitCode: string | null; text: string },
  sort: { key: VillageSortKey; desc: boolean },
): VillageRow[] {
  const names = new Map(figures.units.map((u) => [u.code, u.name]));
  const needle = filter.text.trim().toLocaleLowerCase('vi');
  const rows = figures.villages
    .filter((v) => filter.unitCode === null || v.unitCode === filter.unitCode)
    .map((v) => ({ v, commune: names.get(v.unitCode) ?? v.unitCode }))
    .filter((r) => !needle || r.v.name.toLocaleLowerCase('vi').includes(needle) || r.commune.toLocaleLowerCase('vi').includes(needle));
  const value = (r: VillageRow): number | string => {
    switch (sort.key) {
      case 'name': return r.v.name;
      case 'commune': return r.commune;
      case 'population': return r.v.population;
      case 'best4g': return r.v.bestDbm['4G'] ?? -Infinity;
      case 'fibre': return r.v.fibreDistanceM ?? Infinity;
    }
  };
  rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const cmp = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb, 'vi') : Number(va) - Number(vb);
    return sort.desc ? -cmp : cmp;
  });
  return rows;
}

/** Village rows as CSV rows, numbered, with the page's column names and Có/Không (Yes/No) for the yes/no columns. */
export function villageCsvRows(lang: Lang, rows: readonly VillageRow[]): CsvValue[][] {
  const t = (k: Parameters<typeof printT>[1]) => printT(lang, k);
  const yesNo = (b: boolean) => (b ? t('yes') : t('no'));
  return [
    [t('rowNo'), 'id', t('name'), t('code'), t('commune'), t('population'), t('best4g'), t('covered4g'), t('fibreDistance'), t('ftthServed')],
    ...rows.map((r, i) => [
      i + 1, r.v.id, tidySpaces(r.v.name), r.v.unitCode, tidySpaces(r.commune), r.v.population,
      r.v.bestDbm['4G'] === null ? null : Math.round(r.v.bestDbm['4G'] * 10) / 10,
      yesNo(r.v.covered['4G']), r.v.fibreDistanceM === null ? null : Math.round(r.v.fibreDistanceM), yesNo(r.v.ftthServed),
    ]),
  ];
}

/**
 * The given units (e.g. the rows the table shows, in its order) as CSV rows, numbered, under the page's column
 * names in `lang` (with the district and the area, which the page leaves out).
 */
export function communeCsvRows(lang: Lang, units: readonly UnitFigures[]): CsvValue[][] {
  const t = (k: Parameters<typeof printT>[1]) => printT(lang, k);
  const [code, name, ...figureNames] = communeHeader(lang);
  return [
    [t('rowNo'), code, name, t('district'), t('areaKm2'), ...figureNames],
    ...units.map((u, i) => [
      i + 1, u.code, tidySpaces(u.name), tidySpaces(u.district), Math.round(u.areaKm2 * 100) / 100, u.population, u.villages, round1(u.pctArea['4G']),
      round1(u.pctPopulation['4G']), round1(u.pctVillages['4G']), round1(u.pctPopulation['5G']), round1(u.ftth.pctVillagesServed), siteCount(u),
    ]),
  ];
}

/** CSV text in the language's number form: decimal comma in Vietnamese. */
export function tableCsv(lang: Lang, rows: readonly (readonly CsvValue[])[]): string {
  return toCsv(rows, ',', lang === 'vi');
}

const round1 = (n: number) => Math.round(n * 10) / 10;
