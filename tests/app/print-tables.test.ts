import { describe, expect, it } from 'vitest';
import { communeCsvRows, communeTable, villageRows } from '../../src/app/print-tables';
import { mapPixelSize } from '../../src/app/print-map';
import { defaultPrintSettings, loadIssuingBody, saveIssuingBody } from '../../src/app/print-settings';
import { legendItems } from '../../src/app/print-legend';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { toCsv } from '../../src/io/csv/write-csv';

const dataset = generateDemoDataset();
const figures = new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G', '5G'] }).figures();

describe('print tables', () => {
  it('has one row per commune plus the province total', () => {
    const t = communeTable('vi', figures);
    expect(t.rows).toHaveLength(dataset.units.length + 1);
    expect(t.header).toHaveLength(t.rows[0]?.length ?? 0);
    expect(t.rows.at(-1)?.[1]).toBe('Toàn tỉnh');
  });

  it('filters villages by commune and text and sorts them', () => {
    const code = dataset.units[0]?.code ?? '';
    const inUnit = villageRows(figures, { unitCode: code, text: '' }, { key: 'population', desc: true });
    expect(inUnit.length).toBe(dataset.villages.filter((v) => v.unitCode === code).length);
    for (let i = 1; i < inUnit.length; i++) expect(inUnit[i - 1]!.v.population).toBeGreaterThanOrEqual(inUnit[i]!.v.population);
    const name = dataset.villages[5]?.name ?? '';
    expect(villageRows(figures, { unitCode: null, text: name }, { key: 'name', desc: false }).some((r) => r.v.name === name)).toBe(true);
  });

  it('writes the commune CSV with a BOM', () => {
    const csv = toCsv(communeCsvRows(figures));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(dataset.units.length + 1);
  });
});

describe('print settings', () => {
  it('caps the map image at 3000 px on its long side at 150 dpi', () => {
    expect(mapPixelSize(204, 160)).toEqual({ widthPx: 1205, heightPx: 945 });
    const big = mapPixelSize(400, 600);
    expect(Math.max(big.widthPx, big.heightPx)).toBe(3000);
  });

  it('keeps the issuing body in storage and never defaults to an agency', () => {
    const mem = new Map<string, string>();
    const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) };
    expect(loadIssuingBody(storage)).toBe('');
    saveIssuingBody('Sở X', storage);
    expect(loadIssuingBody(storage)).toBe('Sở X');
    expect(defaultPrintSettings({ coverage: true, units: true, labels: true, villages: false, sites: true, sectors: true, fibre: true, basemap: true }).layers).not.toHaveProperty('basemap');
  });

  it('lists legend entries only for printed layers, coverage classes above the threshold', () => {
    const layers = { coverage: true, units: false, labels: false, villages: false, sites: false, sectors: false, fibre: false };
    const items = legendItems({ lang: 'en', layers, tech: '4G', thresholdDbm: -100, siteColour: 'carrier' });
    expect(items).toHaveLength(3);
    for (const i of items) expect(i.colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
