import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { importSitesCsv } from '../../../src/io/csv/import-sites-csv';
import { locateRow, type LocateContext } from '../../../src/io/csv/locate-row';
import { reasonEn, withReasonEn } from '../../helpers/reason-en';

const AREA = [107.2, 11.7, 108.2, 12.9] as const;
const fixture = () => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/csv/sites-carrier-mixed.csv')));
// Decision 05/2007/QĐ-BTNMT seven parameters, Đắk Nông 3° zone (central meridian 108°30′, k = 0.9999)
const DAK_NONG = '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 '
  + '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs';
const wgs84Of = (easting: number, northing: number) => proj4(DAK_NONG, 'WGS84', [easting, northing]) as [number, number];

describe('one file with DMS, decimal and VN-2000 rows', () => {
  const r = importSitesCsv(fixture(), { fileName: 'mixed.csv', areaBBox: AREA, province: 'Đắk Nông' });
  const site = (id: string) => r.result.items.find((s) => s.id === id);
  const errorLines = r.result.issues.filter((i) => i.severity === 'error').map((i) => i.line);

  it('reads both pairs when both are mapped', () => {
    expect(r).toMatchObject({ crs: 'mixed', delimiter: ';', encoding: 'utf-8-bom' });
    expect(r.mapping).toMatchObject({ lat: 'Vĩ độ', lon: 'Kinh độ', x: 'Toạ độ X (VN-2000)', y: 'Toạ độ Y (VN-2000)' });
  });

  it('places VN-2000 rows as the official transformation does, DMS and decimal rows as written', () => {
    const [lon201, lat201] = wgs84Of(411736.117, 1327660.735);
    expect(site('DNG201')?.lon).toBeCloseTo(lon201, 7);
    expect(site('DNG201')?.lat).toBeCloseTo(lat201, 7);
    // GIS order (X = easting) on this row
    const [lon203, lat203] = wgs84Of(379952.279, 1310710.472);
    expect(site('DNG203')?.lon).toBeCloseTo(lon203, 7);
    expect(site('DNG203')?.lat).toBeCloseTo(lat203, 7);
    expect(site('DNG002')?.lat).toBeCloseTo(11 + 54 / 60 + 30.5 / 3600, 9);
    expect(site('DNG001')).toMatchObject({ lat: 12.0042, lon: 107.6912 });
    // both pairs filled, 9 m apart: the latitude/longitude pair is used
    expect(site('DNG204')?.lat).toBeCloseTo(12 + 6 / 60 + 0.3 / 3600, 9);
  });

  it('rejects a row with neither pair and a row whose pairs disagree, naming line, column, value and reason', () => {
    expect(errorLines).toEqual([11, 12, 13, 14, 15, 16]);
    const disagree = r.result.issues.find((i) => i.line === 11);
    expect(disagree).toMatchObject({ code: 'rowRejected', column: 'Vĩ độ / Toạ độ X (VN-2000)', value: '12,1, 107,6 / 1327660,735, 411736,117' });
    // 12.1 N 107.6 E against 12.00421 N 107.69123 E: about 14.6 km
    expect(Number(disagree?.params.m)).toBeGreaterThan(14_000);
    expect(Number(disagree?.params.m)).toBeLessThan(15_000);
    expect(reasonEn(disagree)).toMatch(/are \d+ m apart; row not imported$/);
    expect(reasonEn(r.result.issues.find((i) => i.line === 12))).toBe('no position: latitude/longitude and X/Y are all blank; row not imported');
    expect(withReasonEn(r.result.issues.find((i) => i.line === 16) ?? { severity: 'warning' })).toMatchObject({ column: 'Toạ độ X (VN-2000)', value: '13276xx', reason: 'X is not a number; row not imported' });
    expect(r.result.stats).toMatchObject({ dataRows: 16, importedRows: 10, rejectedRows: 6, sites: 10 });
  });

  it('without the province, X/Y-only rows are rejected one by one and lat/lon rows still import', () => {
    const noProvince = importSitesCsv(fixture(), { fileName: 'mixed.csv', areaBBox: AREA });
    const ids = noProvince.result.items.map((s) => s.id);
    expect(ids).not.toContain('DNG201');
    expect(ids).toContain('DNG001');
    const row3 = noProvince.result.issues.find((i) => i.line === 3);
    expect(row3).toMatchObject({ severity: 'error', value: '1327660,735' });
    expect(reasonEn(row3)).toMatch(/need the province/);
  });
});

describe('locateRow', () => {
  const ctx: LocateContext = { kinds: { latLon: true, xy: true }, meridianDeg: 108.5, area: AREA, decimalComma: true };
  const cells = (lat: string, lon: string, x: string, y: string) => ({
    lat: { column: 'lat', value: lat }, lon: { column: 'lon', value: lon }, x: { column: 'x', value: x }, y: { column: 'y', value: y },
  });

  it('uses the readable pair when the other is junk, with a warning', () => {
    const got = locateRow(ctx, 'A', cells('12,0042', '107,6912', 'n/a', '411736'));
    expect(got.ok && got.warnings.map((w) => w.text.code)).toEqual(['pairUnreadable']);
    expect(got.ok && [got.lon, got.lat]).toEqual([107.6912, 12.0042]);
  });

  it('reads only the mapped pair when one is mapped', () => {
    const latLonOnly: LocateContext = { ...ctx, kinds: { latLon: true, xy: false } };
    const got = locateRow(latLonOnly, 'A', cells('', '', '1327660,735', '411736,117'));
    expect(got.ok).toBe(false);
    expect(!got.ok && got.reason.code).toBe('latMissing');
  });
});
