import { describe, expect, it } from 'vitest';
import { CoverageModel, coveredCellCount, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { DEFAULT_LINK_BUDGETS } from '../../../src/domain/radio';
import { TECHNOLOGIES, type Site } from '../../../src/domain/model/types';
import { gridDataset } from './synthetic-dataset';
import { oneUnit, site } from './helpers';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, budgets: DEFAULT_LINK_BUDGETS };
const multi: Site = { ...site('M', 107.6, 12.1), radios: [{ tech: '2G', bandMHz: 900 }, { tech: '4G', bandMHz: 1800 }] };

describe('CoverageSettings.techs', () => {
  it('defaults to 4G and 5G', () => {
    expect(DEFAULT_COVERAGE_SETTINGS.techs).toEqual(['4G', '5G']);
    const m = new CoverageModel(oneUnit([multi]), settings, { ftth: null });
    expect(m.techs).toEqual(['4G', '5G']);
    expect(m.figures().techs).toEqual(['4G', '5G']);
  });

  it('throws a clear error for the raster of a technology not computed', () => {
    const m = new CoverageModel(oneUnit([multi]), settings, { ftth: null });
    expect(() => m.raster('2G')).toThrow(/2G was not computed.*CoverageSettings\.techs/);
    expect(coveredCellCount(m.raster('4G'))).toBeGreaterThan(0);
  });

  it('reports 0 for technologies not computed and the same figures for those computed', () => {
    const only4g = new CoverageModel(oneUnit([multi]), { ...settings, techs: ['4G'] }, { ftth: null }).figures();
    const all = new CoverageModel(oneUnit([multi]), { ...settings, techs: TECHNOLOGIES }, { ftth: null }).figures();
    expect(all.units[0]?.pctArea['2G']).toBeGreaterThan(0);
    expect(only4g.units[0]?.pctArea['2G']).toBe(0);
    expect(only4g.totals.pctAreaCovered['2G']).toBe(0);
    expect(only4g.units[0]?.pctArea['4G']).toBe(all.units[0]?.pctArea['4G']);
    expect(only4g.totals.pctPopulation['4G']).toBe(all.totals.pctPopulation['4G']);
    expect(only4g.techs).toEqual(['4G']);
  });

  it('normalises order and duplicates of the requested technologies', () => {
    const m = new CoverageModel(oneUnit([multi]), { ...settings, techs: ['5G', '2G', '5G'] }, { ftth: null });
    expect(m.techs).toEqual(['2G', '5G']);
    expect(() => m.raster('4G')).toThrow();
  });

  it('keeps incremental edits equal to a rebuild with a subset of technologies', () => {
    const base = gridDataset(7, 2, 2, 0.1, 12);
    const sub = { ...settings, techs: ['3G', '4G'] as const };
    const m = new CoverageModel(base, sub, { ftth: null });
    const [first, second] = m.sites;
    if (!first || !second) throw new Error('dataset has too few sites');
    m.upsertSite({ ...first, lon: first.lon + 0.02 });
    m.removeSite(second.id);
    const scratch = new CoverageModel({ ...base, sites: [...m.sites] }, sub, { ftth: null });
    for (const tech of ['3G', '4G'] as const) expect(m.raster(tech).levels).toEqual(scratch.raster(tech).levels);
    expect(m.figures().units).toEqual(scratch.figures().units);
  });
});
