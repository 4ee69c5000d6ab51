/**
 * The dashboard's per-commune table: each unit's baseline and scenario figures joined by code, the indicator
 * columns (grouped so the table fits the sidebar) and the sort the user picks by clicking a column.
 */
import type { CoverageFigures, UnitFigures } from '../domain/coverage';
import { own } from '../domain/model/dict';
import { TECHNOLOGIES, type Technology } from '../domain/model/types';
import { PROPOSED_CARRIER } from '../domain/scenario/proposed-site';
import type { RulesKey } from '../i18n/rules-strings';

export type UnitColumnGroup = 'coverage' | 'fixed' | 'bts';
export const UNIT_COLUMN_GROUPS: readonly UnitColumnGroup[] = ['coverage', 'fixed', 'bts'];

export type UnitValueKind = 'pct' | 'km' | 'count' | 'yesNo';

export interface UnitColumn {
  id: string;
  group: UnitColumnGroup;
  kind: UnitValueKind;
  /** Label key; BTS columns are labelled by their carrier instead. */
  labelKey: RulesKey | null;
  carrier: string | null;
  value(u: UnitFigures): number;
}

export interface UnitRow {
  code: string;
  name: string;
  baseline: UnitFigures | null;
  scenario: UnitFigures | null;
}

export type SortSide = 'baseline' | 'scenario' | 'change';

export interface UnitSort {
  /** 'name' or a column id. */
  columnId: string;
  side: SortSide;
  descending: boolean;
}

export const DEFAULT_UNIT_SORT: UnitSort = { columnId: 'name', side: 'scenario', descending: false };

const pctColumn = (id: string, labelKey: RulesKey, pick: (u: UnitFigures) => Record<Technology, number>, tech: Technology): UnitColumn => ({
  id, group: 'coverage', kind: 'pct', labelKey, carrier: null, value: (u) => pick(u)[tech],
});

const FIXED_COLUMNS: UnitColumn[] = [
  { id: 'ftth', group: 'fixed', kind: 'yesNo', labelKey: 'uFtth', carrier: null, value: (u) => (u.ftth.reached ? 1 : 0) },
  { id: 'ftthVillages', group: 'fixed', kind: 'pct', labelKey: 'dVillagesFtth', carrier: null, value: (u) => u.ftth.pctVillagesServed },
  { id: 'kmAerial', group: 'fixed', kind: 'km', labelKey: 'dKmAerial', carrier: null, value: (u) => u.ftth.fibreKm.aerial },
  {
    id: 'kmUnderground', group: 'fixed', kind: 'km', labelKey: 'dKmUnderground', carrier: null,
    value: (u) => u.ftth.fibreKm.underground + u.ftth.fibreKm.duct,
  },
];

/** Sites of one carrier in a unit, all technologies (a multi-radio site counts once per technology it carries). */
export const btsTotal = (u: UnitFigures, carrier: string): number => TECHNOLOGIES.reduce((s, t) => s + (own(u.sites, carrier)?.[t] ?? 0), 0);

/** Carriers with sites in any unit of either figures, real ones sorted, the proposer's pseudo-carrier last. */
export function dashboardCarriers(...figures: readonly (CoverageFigures | null)[]): string[] {
  const all = new Set<string>();
  for (const f of figures) for (const u of f?.units ?? []) for (const c of Object.keys(u.sites)) if (btsTotal(u, c) > 0) all.add(c);
  const real = [...all].filter((c) => c !== PROPOSED_CARRIER).sort();
  return all.has(PROPOSED_CARRIER) ? [...real, PROPOSED_CARRIER] : real;
}

export function unitColumns(carriers: readonly string[]): UnitColumn[] {
  return [
    pctColumn('villages4g', 'uVillages4g', (u) => u.pctVillages, '4G'),
    pctColumn('villages5g', 'uVillages5g', (u) => u.pctVillages, '5G'),
    pctColumn('pop4g', 'uPop4g', (u) => u.pctPopulation, '4G'),
    pctColumn('pop5g', 'uPop5g', (u) => u.pctPopulation, '5G'),
    pctColumn('area4g', 'uArea4g', (u) => u.pctArea, '4G'),
    pctColumn('area5g', 'uArea5g', (u) => u.pctArea, '5G'),
    ...FIXED_COLUMNS,
    ...carriers.map((carrier): UnitColumn => ({
      id: `bts-${carrier}`, group: 'bts', kind: 'count', labelKey: null, carrier, value: (u) => btsTotal(u, carrier),
    })),
  ];
}

/** One row per unit of the baseline (then any unit only the scenario has), in the figures' order. */
export function unitRows(baseline: CoverageFigures | null, scenario: CoverageFigures | null): UnitRow[] {
  const scen = new Map((scenario?.units ?? []).map((u) => [u.code, u]));
  const rows: UnitRow[] = (baseline?.units ?? []).map((b) => ({ code: b.code, name: b.name, baseline: b, scenario: scen.get(b.code) ?? null }));
  const seen = new Set(rows.map((r) => r.code));
  for (const s of scenario?.units ?? []) if (!seen.has(s.code)) rows.push({ code: s.code, name: s.name, baseline: null, scenario: s });
  return rows;
}

/** The value a row is sorted by; NaN when the unit is missing on a side. */
export function sortValue(row: UnitRow, column: UnitColumn, side: SortSide): number {
  const b = row.baseline ? column.value(row.baseline) : NaN;
  const s = row.scenario ? column.value(row.scenario) : NaN;
  return side === 'baseline' ? b : side === 'scenario' ? s : s - b;
}

/** Sorted copy; missing values last in either direction, ties by name. */
export function sortUnitRows(rows: readonly UnitRow[], columns: readonly UnitColumn[], sort: UnitSort): UnitRow[] {
  const byName = (a: UnitRow, b: UnitRow) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);
  const sign = sort.descending ? -1 : 1;
  const column = columns.find((c) => c.id === sort.columnId);
  if (!column) return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column, sort.side);
    const y = sortValue(b, column, sort.side);
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
    return (Number.isNaN(x) ? 0 : sign * (x - y)) || byName(a, b);
  });
}

/** Clicking the sorted column again flips it; another column starts descending (largest first). */
export function nextSort(current: UnitSort, columnId: string, side: SortSide): UnitSort {
  if (current.columnId === columnId && current.side === side) return { ...current, descending: !current.descending };
  return { columnId, side, descending: columnId !== 'name' };
}
