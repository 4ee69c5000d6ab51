import { describe, expect, it } from 'vitest';
import { generateCommunes } from '../../../src/domain/demo/communes';
import { DAKNONG_FACTS } from '../../../src/domain/demo/daknong-facts';
import type { CsvRow } from '../../../src/io/csv/parse-rows';
import { readSitesFromRows, type ReadSitesOptions } from '../../../src/io/csv/read-sites';
import { guessMapping } from '../../../src/io/csv/mapping';
import { zoneAreaOf } from '../../../src/io/csv/vn2000-zone';
import { reasonEn } from '../../helpers/reason-en';

// the demo Đắk Nông's communes are the loaded province
const zoneArea = zoneAreaOf(generateCommunes(DAKNONG_FACTS).units, 'Đắk Nông (demo)');
const H = ['id', 'lat', 'lon', 'height'];

/** One site per line, data from line 2. */
function read(rows: string[], options: Partial<ReadSitesOptions> = {}) {
  const csvRows: CsvRow[] = rows.map((r, i) => ({ line: i + 2, cells: r.split(';') }));
  return readSitesFromRows(H, csvRows, guessMapping(H), { fileName: 't.csv', crs: 'wgs84', ...(zoneArea ? { zoneArea } : {}), ...options });
}

const ROWS = [
  'GIA;12.0;107.69;30', // line 2: Gia Nghĩa, inside
  'SEA;12.5;110.5;30', // line 3: East Sea
  'PNH;11.56;104.92;30', // line 4: Phnom Penh
  'VTE;17.97;102.6;30', // line 5: Vientiane
  'HAN;21.03;105.85;30', // line 6: Hà Nội
  'BMT;12.67;108.04;30', // line 7: Buôn Ma Thuột, ~10.5 km outside the demo province
  'NEAR;12.603;108.005;30', // line 8: ~4.1 km outside, within the margin
  'SIGN;12.05;-107.75;30', // line 9: lost minus sign, the fix lands inside
  'SOUTH;-12.05;107.75;30', // line 10: latitude sign
];

describe('sites outside the loaded province', () => {
  const r = read(ROWS);
  const issueOf = (line: number) => r.issues.find((i) => i.line === line);

  it('rejects every site more than 5 km outside, on its line, saying where it is', () => {
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.code])).toEqual([
      [3, 'outsideProvince'], [4, 'outsideProvince'], [5, 'outsideProvince'], [6, 'outsideProvince'], [7, 'outsideProvince'],
    ]);
    expect(reasonEn(issueOf(3))).toMatch(/^12\.50000, 110\.50000 is \d+\.\d km outside the province boundary, at sea;/);
    expect(reasonEn(issueOf(4))).toMatch(/is \d+\.\d km outside the province boundary, outside Vietnam \(Cambodia\)/);
    expect(reasonEn(issueOf(5))).toMatch(/outside Vietnam \(Laos\)/);
    expect(reasonEn(issueOf(6))).toMatch(/is 9\d\d\.\d km outside the province boundary, elsewhere in Vietnam/);
    expect(reasonEn(issueOf(7))).toMatch(/is 10\.\d km outside the province boundary, elsewhere in Vietnam; row not imported/);
    expect(r.items.map((s) => s.id)).toEqual(['GIA', 'NEAR', 'SIGN', 'SOUTH']);
    expect(r.stats).toMatchObject({ dataRows: 9, importedRows: 4, rejectedRows: 5 });
  });

  it('words the places in Vietnamese too', async () => {
    const { issueReason } = await import('../../../src/i18n/import-strings');
    const vi = (line: number) => issueReason('vi', issueOf(line) ?? { severity: 'error' });
    expect(vi(3)).toMatch(/ở ngoài biển/);
    expect(vi(4)).toMatch(/ngoài lãnh thổ Việt Nam \(Campuchia\)/);
    expect(vi(5)).toMatch(/ngoài lãnh thổ Việt Nam \(Lào\)/);
  });

  it('warns, naming the distance, for a site within the margin', () => {
    expect(issueOf(8)).toMatchObject({ severity: 'warning', code: 'outsideNear' });
    expect(reasonEn(issueOf(8))).toBe('12.60300, 108.00500 is 4.1 km outside the province boundary (within the 5 km margin)');
  });

  it('applies a sign fix that lands inside the province, with a warning saying so', () => {
    expect(issueOf(9)).toMatchObject({ severity: 'warning', code: 'outsideFixed', fix: { kind: 'negate-lon', siteId: 'SIGN', lon: 107.75, lat: 12.05, applied: true } });
    expect(reasonEn(issueOf(9))).toMatch(/longitude has the wrong sign: read as 12\.05000, 107\.75000, inside the province/);
    expect(r.items.find((s) => s.id === 'SIGN')).toMatchObject({ lon: 107.75, lat: 12.05 });
    expect(issueOf(10)).toMatchObject({ code: 'outsideFixed', fix: { kind: 'negate-lat', lat: 12.05, applied: true } });
    expect(r.items.find((s) => s.id === 'SOUTH')?.lat).toBe(12.05);
  });

  it('includes a line kept on purpose as read: a warning instead of the error, and no automatic fix', () => {
    const kept = read(ROWS, { keptLines: [7, 9] });
    expect(kept.issues.find((i) => i.line === 7)).toMatchObject({ severity: 'warning', code: 'outsideIncluded' });
    expect(kept.items.find((s) => s.id === 'BMT')).toMatchObject({ lat: 12.67, lon: 108.04 });
    expect(kept.items.find((s) => s.id === 'SIGN')).toMatchObject({ lat: 12.05, lon: -107.75 });
    expect(kept.issues.find((i) => i.line === 9)?.fix).toBeUndefined();
    expect(kept.issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual([3, 4, 5, 6]);
  });

  it('takes the margin from the options', () => {
    const wide = read(ROWS, { provinceMarginKm: 15 });
    expect(wide.issues.find((i) => i.line === 7)).toMatchObject({ severity: 'warning', code: 'outsideNear' });
    expect(reasonEn(wide.issues.find((i) => i.line === 7))).toMatch(/is 10\.\d km outside the province boundary \(within the 15 km margin\)/);
  });
});

describe('the margin in a mapping profile', () => {
  it('is kept from the JSON and refused when it is not a distance', async () => {
    const { parseMappingProfile } = await import('../../../src/io/csv/mapping-profile');
    const base = { name: 'viettel', mapping: { lat: 'lat', lon: 'lon' }, crs: 'wgs84' };
    expect(parseMappingProfile({ ...base, provinceMarginKm: 12 })).toMatchObject({ provinceMarginKm: 12 });
    expect(parseMappingProfile({ ...base, provinceMarginKm: -1 })).toBe('"provinceMarginKm" must be a distance in km (0 or more)');
  });
});

describe('a site far from Vietnam', () => {
  it('names no neighbour and measures the distance on the globe', () => {
    // line 2: the lost minus sign kept as read puts the site in the Pacific, off Mexico
    const r = read(['PAC;12.05;-107.75;30'], { keptLines: [2] });
    const text = reasonEn(r.issues.find((i) => i.line === 2));
    expect(text).toMatch(/is 1[0-9]\d{3}\.\d km outside the province boundary, far from Vietnam; included on purpose/);
  });
});
