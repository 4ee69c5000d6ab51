import { describe, expect, it } from 'vitest';
import { communeCsvRows, communeHeader, communeTable, tableCsv, unitFacts, villageCsvRows, villageRows } from '../../src/app/print-tables';
import { mapPixelSize } from '../../src/app/print-map';
import { defaultPrintSettings } from '../../src/app/print-settings';
import { legendItems } from '../../src/app/print-legend';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';

const dataset = generateDemoDataset();
const figures = new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G', '5G'] }).figures();

describe('print tables', () => {
  it('has one numbered row per commune plus the province total', () => {
    const t = communeTable('vi', figures);
    expect(t.rows).toHaveLength(dataset.units.length + 1);
    expect(t.header).toHaveLength(t.rows[0]?.length ?? 0);
    expect(t.header[0]).toBe('STT');
    expect(t.rows.slice(0, 3).map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(t.rows.at(-1)?.slice(0, 3)).toEqual(['', '', 'Toàn tỉnh']);
    expect(communeTable('en', figures).header[0]).toBe('No.');
    expect(communeTable('en', figures).rows.at(-1)?.[2]).toBe('Province');
  });

  it('writes numbers in the page\'s form: decimal comma and dot thousands in Vietnamese', () => {
    const vi = communeTable('vi', figures).rows.at(-1) ?? [];
    const en = communeTable('en', figures).rows.at(-1) ?? [];
    expect(vi[3]).toMatch(/^\d{1,3}(\.\d{3})+$/);
    expect(en[3]).toMatch(/^\d{1,3}(,\d{3})+$/);
    expect(vi[5]).toMatch(/^\d+,\d %$/);
    expect(en[5]).toMatch(/^\d+\.\d %$/);
  });

  it('prints runs of spaces in source names as one', () => {
    const u = figures.units[0];
    if (!u) throw new Error('no unit');
    const spaced = { ...figures, units: [{ ...u, name: 'Xã  Quảng   Khê', district: 'Huyện  Đắk Song' }] };
    expect(communeTable('vi', spaced).rows[0]?.[2]).toBe('Xã Quảng Khê');
    expect(communeCsvRows('vi', spaced.units)[1]?.slice(2, 4)).toEqual(['Xã Quảng Khê', 'Huyện Đắk Song']);
  });

  it('writes the commune CSV under the page\'s column names, numbered, decimal comma in Vietnamese', () => {
    for (const lang of ['vi', 'en'] as const) {
      const csv = tableCsv(lang, communeCsvRows(lang, figures.units));
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const lines = csv.slice(1).trim().split('\r\n');
      expect(lines).toHaveLength(dataset.units.length + 1);
      const page = communeTable(lang, figures).header;
      const head = lines[0]?.split(',') ?? [];
      // Every column of the page is in the CSV under the same name.
      for (const name of page) expect(head).toContain(name);
      expect(head.slice(0, 3)).toEqual(page.slice(0, 3));
      expect(communeHeader(lang).every((h) => head.includes(h))).toBe(true);
      expect(lines[1]?.startsWith('1,')).toBe(true);
    }
    const vi = tableCsv('vi', communeCsvRows('vi', figures.units));
    expect(vi).toMatch(/,"\d+,\d+",/);
    expect(vi).not.toMatch(/,\d+\.\d+,/);
    expect(tableCsv('en', communeCsvRows('en', figures.units))).toMatch(/,\d+\.\d+,/);
  });

  it('writes Có/Không (Yes/No) in the village CSV, never true/false', () => {
    const rows = villageRows(figures, { unitCode: null, text: '' }, { key: 'name', desc: false });
    const vi = tableCsv('vi', villageCsvRows('vi', rows));
    const en = tableCsv('en', villageCsvRows('en', rows));
    expect(vi).toMatch(/,Có,/);
    expect(vi).toMatch(/,Không/);
    expect(en).toMatch(/,(Yes|No),/);
    for (const csv of [vi, en]) expect(csv).not.toMatch(/\b(true|false)\b/);
    expect(vi.slice(1).split('\r\n')[0]?.startsWith('STT,id,Tên,')).toBe(true);
  });

  it('filters villages by commune and text and sorts them', () => {
    const code = dataset.units[0]?.code ?? '';
    const inUnit = villageRows(figures, { unitCode: code, text: '' }, { key: 'population', desc: true });
    expect(inUnit.length).toBe(dataset.villages.filter((v) => v.unitCode === code).length);
    for (let i = 1; i < inUnit.length; i++) expect(inUnit[i - 1]!.v.population).toBeGreaterThanOrEqual(inUnit[i]!.v.population);
    const name = dataset.villages[5]?.name ?? '';
    expect(villageRows(figures, { unitCode: null, text: name }, { key: 'name', desc: false }).some((r) => r.v.name === name)).toBe(true);
  });

  it('gives an atlas page its unit\'s figures as label / value rows in the page\'s language', () => {
    const base = figures.units[0];
    if (!base) throw new Error('no unit');
    const pt = (n: number) => ({ '2G': 0, '3G': 0, '4G': n, '5G': 0 });
    const u = {
      ...base, population: 12345, villages: 14, areaKm2: 56.78, pctArea: pt(87.54), pctPopulation: { ...pt(90.25), '5G': 12.5 },
      pctVillages: pt(50), sites: { Viettel: { '2G': 2, '3G': 0, '4G': 3, '5G': 1 }, VNPT: { '2G': 0, '3G': 0, '4G': 1, '5G': 0 } },
      siteCount: 4, ftth: { ...base.ftth, pctVillagesServed: 0 },
    };
    const vi = unitFacts('vi', u);
    expect(vi.title).toBe('Số liệu của đơn vị');
    expect(vi.rows).toEqual([
      ['Dân số', '12.345'], ['Số thôn', '14'], ['Diện tích (km²)', '56,8'], ['4G % diện tích', '87,5 %'], ['4G % dân số', '90,3 %'],
      ['4G % thôn', '50,0 %'], ['5G % dân số', '12,5 %'], ['FTTH % thôn', '0,0 %'], ['Trạm', '4'],
    ]);
    expect(unitFacts('en', u).rows[0]).toEqual(['Population', '12,345']);
  });

});

describe('print settings', () => {
  it('caps the map image at 3000 px on its long side at 150 dpi', () => {
    expect(mapPixelSize(204, 160)).toEqual({ widthPx: 1205, heightPx: 945 });
    const big = mapPixelSize(400, 600);
    expect(Math.max(big.widthPx, big.heightPx)).toBe(3000);
  });

  it('prints every layer but the basemap by default', () => {
    expect(defaultPrintSettings({ coverage: true, units: true, labels: true, villages: false, sites: true, sectors: true, fibre: true, roads: true, basemap: true, terrain: true, landCover: true }).layers).not.toHaveProperty('basemap');
  });

  it('lists legend entries only for printed layers, coverage classes above the threshold', () => {
    const layers = { coverage: true, units: false, labels: false, villages: false, sites: false, sectors: false, fibre: false };
    const items = legendItems({ lang: 'en', layers, tech: '4G', thresholdDbm: -100, siteColour: 'carrier' });
    expect(items).toHaveLength(3);
    for (const i of items) expect(i.colour).toMatch(/^#[0-9a-f]{6}$/);
    const withRoads = legendItems({ lang: 'en', layers, tech: '4G', thresholdDbm: -100, siteColour: 'carrier', roads: true });
    expect(withRoads.slice(3).map((i) => i.label)).toEqual(['National and provincial roads', 'District, commune and village roads']);
  });
});
