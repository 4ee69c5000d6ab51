/**
 * A 2025 boundary file in the shape of ../shared/data/daknong/communes-2025.geojson (name and type apart, no code,
 * merged_from_codes): names get their Xã/Phường prefix, codes are made from the names (not "file#i"), and the
 * old-code lists are the crosswalk before area overlap, with the choice reported. The real file when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosswalkFromLists, listsUsable } from '../../src/domain/boundaries';
import { DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { NO_EDITS } from '../../src/domain/scenario/scenario-edits';
import { generateDemoDataset } from '../../src/domain/demo';
import type { Dataset } from '../../src/domain/model/types';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { engineState } from '../../src/worker/engine-state';
import { printApi } from '../../src/worker/print-api';
import { rectUnit } from '../domain/boundaries/test-units';
import { validateProject } from '../../src/io/store/validate';
import { sampleProject } from '../io/store/fixtures';
import { problemsEn } from '../helpers/reason-en';

const REAL_2025 = '/work/shared/data/daknong/communes-2025.geojson';

const rect = (w: number, e: number): number[][][] => [[[w, 12], [e, 12], [e, 12.1], [w, 12.1], [w, 12]]];
/** Two new units over four old strips; by area the second strip lies in the first unit, by the lists in the second. */
const FILE_2025 = JSON.stringify({
  type: 'FeatureCollection', name: 'test_communes_2025',
  features: [
    { type: 'Feature', properties: { name: 'Bắc Gia Nghĩa', type: 'Phường', province: 'Lâm Đồng', merged_from_codes: ['24611'], population_2019: 300 }, geometry: { type: 'Polygon', coordinates: rect(107, 107.2) } },
    { type: 'Feature', properties: { name: 'Cư Jút', type: 'Xã', merged_from_codes: ['24612', '024613', '24614', '99999'], population_2019: 500 }, geometry: { type: 'Polygon', coordinates: rect(107.2, 107.4) } },
  ],
});

function baseline(codes: readonly string[]): Dataset {
  const units = codes.map((code, i) => rectUnit(code, 107 + i * 0.1, 12, 107.1 + i * 0.1, 12.1, 100));
  return { meta: { name: 'test', synthetic: true, sources: [] }, units, villages: [], sites: [], fibre: [] };
}

describe('a 2025 boundary file with its own old-code lists', () => {
  it('reads names with their type in front, codes from the names, and the lists', () => {
    const read = readGeoJsonLayer(FILE_2025, 'communes-2025.geojson', 'units');
    if (read.kind !== 'units') throw new Error(`read as ${read.kind}`);
    expect(read.result.items.map((u) => [u.code, u.name, u.type, u.mergedFrom])).toEqual([
      ['phuong-bac-gia-nghia', 'Phường Bắc Gia Nghĩa', 'Phường', ['24611']],
      ['xa-cu-jut', 'Xã Cư Jút', 'Xã', ['24612', '024613', '24614', '99999']],
    ]);
    expect(read.result.items.some((u) => u.code.startsWith('communes-2025'))).toBe(false);
  });

  it('the lists are the crosswalk (leading zeros ignored, unknown codes reported), every new unit made of whole old ones', () => {
    engineState.setBaseline(baseline(['24611', '24612', '24613', '24614']));
    const summary = printApi.loadBoundarySet(FILE_2025, 'communes-2025.geojson');
    expect(summary.source).toBe('lists');
    expect(summary.lists).toEqual({ matchedOld: 4, oldUnits: 4, unknown: ['99999'], usable: true });
    expect(summary.rows.map((r) => [r.oldCode, r.newCode, r.share]).sort()).toEqual([
      ['24611', 'phuong-bac-gia-nghia', 1], ['24612', 'xa-cu-jut', 1], ['24613', 'xa-cu-jut', 1], ['24614', 'xa-cu-jut', 1],
    ]);
    expect(summary.nesting.sort()).toEqual(['phuong-bac-gia-nghia', 'xa-cu-jut']);
    const overlap = printApi.useOverlapCrosswalk();
    expect(overlap.source).toBe('overlap');
    expect(overlap.rows.find((r) => r.oldCode === '24612')?.newCode, 'by area').toBe('phuong-bac-gia-nghia');
    expect(printApi.useListedCrosswalk().source).toBe('lists');
    printApi.clearBoundarySet();
  });

  it('falls back to area overlap when the lists name fewer than half the old units, and says so', () => {
    engineState.setBaseline(baseline(['1', '2', '3', '4', '5']));
    const summary = printApi.loadBoundarySet(FILE_2025, 'communes-2025.geojson');
    expect(summary.source).toBe('overlap');
    expect(summary.lists).toMatchObject({ matchedOld: 0, oldUnits: 5, usable: false });
    expect(summary.nesting.length).toBeGreaterThan(0);
    expect(printApi.useListedCrosswalk().source, 'nothing else to go back to').toBe('overlap');
    printApi.clearBoundarySet();
  });

  it('a file without lists has no lists crosswalk', () => {
    expect(crosswalkFromLists(['a'], [rectUnit('n', 107, 12, 108, 13)])).toBeNull();
    const half = crosswalkFromLists(['a', 'b'], [{ ...rectUnit('n', 107, 12, 108, 13), mergedFrom: ['a'] }]);
    expect(half && listsUsable(half, 2)).toBe(true);
  });
});

describe.skipIf(!existsSync(REAL_2025))('the real Đắk Nông 2025 file on the demo province', () => {
  it('28 units with their own names and codes, the crosswalk from merged_from_codes, all 28 made of whole communes', () => {
    engineState.setBaseline(generateDemoDataset());
    const summary = printApi.loadBoundarySet(readFileSync(REAL_2025, 'utf8'), 'communes-2025.geojson');
    expect(summary.units).toBe(28);
    expect(summary.source).toBe('lists');
    expect(summary.lists).toEqual({ matchedOld: 71, oldUnits: 71, unknown: [], usable: true });
    expect(summary.nesting).toHaveLength(28);
    expect(summary.unmatchedOld).toEqual([]);
    const alt = printApi.altFigures({ ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G'] }, NO_EDITS, '2025');
    for (const u of alt.figures.units) {
      expect(u.code).not.toMatch(/^communes-2025/);
      expect(u.name).toMatch(/^(Xã|Phường) /u);
    }
    printApi.clearBoundarySet();
  });
});

describe('a stored unit\'s old-code list', () => {
  it('is kept when it is a list of texts and refused otherwise', () => {
    const p = sampleProject();
    const unit = p.baseline.units[0];
    if (!unit) throw new Error('fixture without units');
    const withList = (mergedFrom: unknown) => ({ ...p, baseline: { ...p.baseline, units: [{ ...unit, mergedFrom }] } });
    expect('project' in validateProject(JSON.parse(JSON.stringify(withList(['24611', '24612']))))).toBe(true);
    const bad = validateProject(JSON.parse(JSON.stringify(withList([24611, null]))));
    expect('errors' in bad ? problemsEn(bad.errors).join('\n') : '').toMatch(/baseline\.units\[0\]\.mergedFrom\[0\]/);
  });
});
