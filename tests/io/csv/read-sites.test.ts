import { describe, expect, it } from 'vitest';
import type { CsvRow } from '../../../src/io/csv/parse-rows';
import { readSitesFromRows, type ReadSitesOptions } from '../../../src/io/csv/read-sites';
import { guessMapping } from '../../../src/io/csv/mapping';
import { reasonEn, withReasonEn } from '../../helpers/reason-en';

const AREA = [107.2, 11.7, 108.2, 12.9] as const;
const opts: ReadSitesOptions = { fileName: 't.csv', crs: 'wgs84', areaBBox: AREA };

/** Rows from lines of ';'-separated cells; data starts on line 2 under the header. */
function read(header: string, lines: string[], options: ReadSitesOptions = opts) {
  const headers = header.split(';');
  const rows: CsvRow[] = lines.map((l, i) => ({ line: i + 2, cells: l.split(';') }));
  return readSitesFromRows(headers, rows, guessMapping(headers), options);
}

const H = 'id;lat;lon;tech;band;azimuth;beamwidth;tilt;height;carrier';

describe('readSitesFromRows', () => {
  it('reads one row per site with lists of azimuths and technologies', () => {
    const r = read(H, ['A;12,1;107,5;2G/4G;900/1800;0/120/240;65;4;35;Viettel']);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.items).toEqual([{
      id: 'A', name: 'A', carrier: 'Viettel', lon: 107.5, lat: 12.1, heightM: 35, proposed: false,
      sectors: [0, 120, 240].map((azimuthDeg) => ({ azimuthDeg, beamwidthDeg: 65, downtiltDeg: 4 })),
      radios: [{ tech: '2G', bandMHz: 900 }, { tech: '4G', bandMHz: 1800 }],
    }]);
    expect(r.stats).toMatchObject({ dataRows: 1, importedRows: 1, rejectedRows: 0, sites: 1, sectors: 3, mode: 'per-site' });
  });

  it('groups per-sector rows by site id: sectors from azimuths, radios from tech+band', () => {
    const r = read(H, [
      'A;12,1;107,5;LTE;1800;0;65;4;30;VNPT', 'A;12,1;107,5;LTE;1800;120;65;4;30;VNPT',
      'A;12,1;107,5;NR;3500;0;33;6;30;VNPT', 'B;12,2;107,6;GSM;900;90;90;2;25;VNPT',
    ]);
    expect(r.stats.mode).toBe('per-sector');
    const a = r.items.find((s) => s.id === 'A');
    expect(a?.sectors.map((s) => s.azimuthDeg)).toEqual([0, 120]);
    expect(a?.radios).toEqual([{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }]);
    expect(r.items).toHaveLength(2);
    expect(r.stats.importedRows).toBe(4);
  });

  it('merges an identical duplicate with a warning and rejects a conflicting one', () => {
    const row = 'A;12,1;107,5;4G;1800;0;65;4;30;VNPT';
    const r = read(H, [row, row, 'A;12,4;107,9;4G;1800;0;65;4;30;VNPT']);
    expect(r.items).toHaveLength(1);
    expect(r.issues.map(withReasonEn)).toContainEqual(expect.objectContaining({ severity: 'warning', line: 3, column: 'id', reason: expect.stringMatching(/repeats line 2 exactly; merged/) }));
    expect(r.issues.map(withReasonEn)).toContainEqual(expect.objectContaining({ severity: 'error', line: 4, reason: expect.stringMatching(/already on line 2 with different values \(lat "12,1" vs "12,4"; lon/) }));
    expect(r.stats).toMatchObject({ dataRows: 3, importedRows: 2, rejectedRows: 1 });
  });

  it('swaps an impossible latitude and says so, with an applied fix', () => {
    const r = read(H, ['A;107,8;12,3;4G;1800;0;65;4;30;VNPT']);
    expect(r.items[0]).toMatchObject({ lon: 107.8, lat: 12.3 });
    expect(r.issues).toContainEqual(expect.objectContaining({
      severity: 'warning', line: 2, column: 'lat', value: '107,8',
      fix: { kind: 'swap-lat-lon', siteId: 'A', lon: 107.8, lat: 12.3, applied: true },
    }));
  });

  it('applies a sign fix for a point far outside the area box (no boundaries loaded), and warns for the rest', () => {
    const r = read(H, ['A;12,3;-107,8;4G;1800;0;65;4;30;VNPT', 'B;21,0;105,8;4G;1800;0;65;4;30;VNPT']);
    expect(r.items.map((s) => s.lon)).toEqual([107.8, 105.8]);
    const [a, b] = r.issues.filter((i) => i.severity === 'warning' && /outside the area/.test(reasonEn(i)));
    expect(a).toMatchObject({ line: 2, fix: { kind: 'negate-lon', lon: 107.8, lat: 12.3, applied: true } });
    expect(reasonEn(a)).toMatch(/longitude has the wrong sign: read as 12\.30000, 107\.80000$/);
    expect(b).toMatchObject({ line: 3 });
    expect(b?.fix).toBeUndefined();
  });

  it('rejects every bad row with its line, column, value and reason; nothing is dropped silently', () => {
    const lines = [
      'A;abc;107,5;4G;1800;0;65;4;30;X', 'B;12,1;;4G;1800;0;65;4;30;X', 'C;12,1;107,5;4G;1800;north;65;4;30;X',
      'D;12,1;107,5;4G;1800;0;65;4;-3;X', 'E;12,1;107,5;4G;1800;0;65;4;30;X', ';;;;;;;;;',
    ];
    const r = read(H, lines);
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([[2, 'lat', 'abc'], [3, 'lon', ''], [4, 'azimuth', 'north'], [5, 'height', '-3']]);
    expect(r.items.map((s) => s.id)).toEqual(['E']);
    expect(r.stats.importedRows + r.stats.rejectedRows).toBe(r.stats.dataRows);
    expect(r.stats.blankRows).toBe(1);
  });

  it('reads azimuth 360 as a sector facing north, not as an omnidirectional antenna', () => {
    const r = read(H, ['A;12,1;107,5;4G;1800;360/120/240;65;4;30;VNPT', 'B;12,2;107,6;4G;1800;omni;360;4;30;VNPT']);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.items.find((s) => s.id === 'A')?.sectors).toEqual([360, 120, 240].map((azimuthDeg) => ({ azimuthDeg, beamwidthDeg: 65, downtiltDeg: 4 })));
    expect(r.items.find((s) => s.id === 'B')?.sectors.map((s) => s.azimuthDeg)).toEqual([null]);
  });

  it('fills blanks with defaults and reports each one', () => {
    const r = read(H, ['A;12,1;107,5;;;;;;;']);
    expect(r.items[0]).toMatchObject({ heightM: 30, sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 4 }], radios: [{ tech: '4G', bandMHz: 1800 }] });
    const reasons = r.issues.filter((i) => i.line === 2).map((i) => reasonEn(i));
    expect(reasons).toEqual(expect.arrayContaining([
      expect.stringMatching(/height is blank; assumed 30 m/), expect.stringMatching(/azimuth is blank; taken as an omnidirectional/),
      expect.stringMatching(/tilt is blank; assumed 4°/), expect.stringMatching(/technology is blank; assumed 4G/),
    ]));
  });

  it('warns once per file about missing columns and uses a given carrier', () => {
    const r = read('id;lat;lon', ['A;12,1;107,5'], { ...opts, carrier: 'Vietnamobile' });
    expect(r.items[0]).toMatchObject({ carrier: 'Vietnamobile', heightM: 30 });
    const fileWide = r.issues.filter((i) => i.line === undefined).map((i) => reasonEn(i));
    expect(fileWide.join('\n')).toMatch(/no height column; every site assumed 30 m/);
    expect(fileWide.join('\n')).toMatch(/no azimuth column/);
  });

  it('rejects all rows, saying why, when no coordinate columns are found', () => {
    const r = read('id;ten', ['A;x', 'B;y']);
    expect(r.items).toEqual([]);
    expect(r.stats).toMatchObject({ dataRows: 2, rejectedRows: 2 });
    expect(reasonEn(r.issues[0])).toMatch(/no latitude and longitude columns found in the header \(id, ten\)/);
  });

  it('reads VN-2000 X/Y in either order and needs the province', () => {
    const header = 'ma tram;X;Y';
    const rows = ['A;1327660,735;411736,117', 'B;411736,117;1327660,735'];
    const r = read(header, rows, { fileName: 'v.csv', crs: 'vn2000', province: 'Đắk Nông', areaBBox: AREA });
    expect(r.items).toHaveLength(2);
    for (const s of r.items) {
      expect(s.lon).toBeCloseTo(107.69123, 4);
      expect(s.lat).toBeCloseTo(12.00421, 4);
    }
    expect(r.stats.xyOrder).toBe('mixed');
    const noProvince = read(header, rows, { fileName: 'v.csv', crs: 'vn2000' });
    expect(noProvince.items).toEqual([]);
    expect(reasonEn(noProvince.issues[0])).toMatch(/VN-2000 coordinates need the province/);
  });

  it('tells a WGS84 mapping that its values look like projected metres', () => {
    const r = read('id;lat;lon', ['A;1327660;411736']);
    expect(reasonEn(r.issues.find((i) => i.severity === 'error'))).toMatch(/projected metres/);
  });
});
