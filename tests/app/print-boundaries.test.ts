import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type UnitFigures } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { NO_EDITS } from '../../src/domain/scenario/scenario-edits';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { engineState } from '../../src/worker/engine-state';
import { printApi } from '../../src/worker/print-api';

const DIR = '/work/shared/data/daknong';
const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const, '5G' as const] };

describe('print api: second boundary set', () => {
  it('demo 2025 units: every unit nests, population and villages are the sums of their parts', () => {
    const demo = generateDemoDataset();
    engineState.setBaseline(demo);
    const summary = printApi.useDemo2025Units();
    expect(summary.units).toBe(28);
    expect(summary.nesting).toHaveLength(28);
    const alt = printApi.altFigures(settings, NO_EDITS, 'demo 2025');
    expect(alt.figures.units).toHaveLength(28);
    expect(alt.figures.totals.population).toBe(demo.units.reduce((s, u) => s + u.population, 0));
    expect(alt.figures.totals.villages).toBe(demo.villages.length);
    expect(engineState.model).toBeNull();
    printApi.clearBoundarySet();
  });

  it('figures on each nesting 2025 unit are the sums of its 2024 parts, with the units\' own clutters', () => {
    const demo = generateDemoDataset();
    engineState.setBaseline(demo);
    const summary = printApi.useDemo2025Units();
    const alt = printApi.altFigures(settings, NO_EDITS, 'demo 2025');
    const base = new CoverageModel(demo, settings).figures();
    const baseByCode = new Map(base.units.map((u) => [u.code, u]));
    const clutterOf = new Map(demo.units.map((u) => [u.code, u.clutter]));
    const altClutter = new Map(alt.dataset.units.map((u) => [u.code, u.clutter]));
    const coveredKm2 = (u: UnitFigures, t: '4G' | '5G'): number => (u.pctArea[t] * u.areaKm2) / 100;
    const coveredPop = (u: UnitFigures, t: '4G' | '5G'): number => (u.pctPopulation[t] * u.population) / 100;
    const coveredVillages = (u: UnitFigures, t: '4G' | '5G'): number => (u.pctVillages[t] * u.villages) / 100;
    let mixedClutter = 0;
    for (const unit of alt.figures.units) {
      if (!summary.nesting.includes(unit.code)) continue;
      const parts = summary.rows.filter((r) => r.newCode === unit.code).map((r) => baseByCode.get(r.oldCode));
      const known = parts.filter((p): p is UnitFigures => p !== undefined);
      expect(known).toHaveLength(parts.length);
      if (known.some((p) => clutterOf.get(p.code) !== altClutter.get(unit.code))) mixedClutter++;
      const sum = (f: (u: UnitFigures) => number): number => known.reduce((s, p) => s + f(p), 0);
      expect(unit.villages).toBe(sum((p) => p.villages));
      for (const t of ['4G', '5G'] as const) {
        expect(Math.abs(coveredKm2(unit, t) - sum((p) => coveredKm2(p, t)))).toBeLessThan(0.05 + 0.002 * unit.areaKm2);
        expect(Math.abs(coveredPop(unit, t) - sum((p) => coveredPop(p, t)))).toBeLessThan(1 + 0.002 * unit.population);
        expect(coveredVillages(unit, t)).toBeCloseTo(sum((p) => coveredVillages(p, t)), 6);
      }
    }
    // The check means something only where a merged unit's clutter differs from some of its parts'.
    expect(mixedClutter).toBeGreaterThan(3);
    printApi.clearBoundarySet();
  });

  it('a code table replaces the overlap crosswalk; bad rows come back with their line', () => {
    const demo = generateDemoDataset();
    engineState.setBaseline(demo);
    const overlap = printApi.useDemo2025Units();
    const [a, b, c] = demo.units;
    const newCodes = [...new Set(overlap.rows.map((r) => r.newCode))];
    const [n1, n2] = newCodes;
    if (!a || !b || !c || !n1 || !n2) throw new Error('demo too small');
    // a is split between two new units (share 1/2 each, which area overlap of nesting units never gives).
    const csv = ['ma_cu;ma_moi', `${a.code};${n1}`, `${a.code};${n2}`, `${b.code};${n2}`, `XX;${n1}`, `${c.code};`].join('\n');
    const result = printApi.useCodeTable(csv, 'bang-ma.csv');
    const summary = result.summary;
    if (!summary) throw new Error('table refused');
    expect(summary.source).toBe('table');
    expect(summary.rows.map((r) => [r.oldCode, r.newCode, r.share]).sort()).toEqual(
      [[a.code, n1, 0.5], [a.code, n2, 0.5], [b.code, n2, 1]].sort(),
    );
    expect(result.issues).toEqual([{ line: 5, problem: 'unknown-old', value: 'XX' }, { line: 6, problem: 'missing-new' }]);
    // Old units the table leaves out are unmatched; n1 does not nest (a is split), n2 neither.
    expect(summary.unmatchedOld).toHaveLength(demo.units.length - 2);
    expect(summary.nesting).not.toContain(n1);
    const back = printApi.useOverlapCrosswalk();
    expect(back.source).toBe('overlap');
    expect(back.rows).toHaveLength(overlap.rows.length);
    expect(printApi.useCodeTable('ma_cu,ma_moi\nXX,YY\n', 'bad.csv')).toEqual({
      summary: null, issues: [{ line: 2, problem: 'unknown-old', value: 'XX' }, { line: 2, problem: 'unknown-new', value: 'YY' }],
    });
    printApi.clearBoundarySet();
  });

  it.skipIf(!existsSync(`${DIR}/communes-2024.geojson`) || !existsSync(`${DIR}/communes-2025.geojson`))('real 2024 → 2025 boundaries give a crosswalk with shares', () => {
    const read = readGeoJsonLayer(readFileSync(`${DIR}/communes-2024.geojson`, 'utf8'), 'communes-2024.geojson', 'units');
    if (read.kind !== 'units') throw new Error('2024 units unreadable');
    engineState.setBaseline({ ...generateDemoDataset(), units: read.result.items, villages: [], sites: [], fibre: [] });
    const summary = printApi.loadBoundarySet(readFileSync(`${DIR}/communes-2025.geojson`, 'utf8'), 'communes-2025.geojson');
    expect(summary.units).toBeGreaterThan(10);
    expect(summary.rows.length).toBeGreaterThanOrEqual(read.result.items.length);
    for (const r of summary.rows) expect(r.share).toBeGreaterThan(0);
    printApi.clearBoundarySet();
  });
});
