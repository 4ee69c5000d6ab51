import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
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
