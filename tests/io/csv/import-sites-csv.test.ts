import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSitesCsv, importSitesCsvStreaming } from '../../../src/io/csv/import-sites-csv';
import { reasonEn, withReasonEn } from '../../helpers/reason-en';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/csv', name)));
const AREA = [107.2, 11.7, 108.2, 12.9] as const;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('importSitesCsv on the messy carrier export', () => {
  const r = importSitesCsv(fixture('sites-messy.csv'), { fileName: 'sites-messy.csv', areaBBox: AREA });
  const { items, issues, stats } = r.result;

  it('finds the format: BOM, ";" with decimal commas, header below a title line', () => {
    expect(r).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', crs: 'wgs84' });
    expect(r.headers[0]).toBe('Mã trạm');
    expect(r.mapping).toMatchObject({ siteId: 'Mã trạm', lat: 'Vĩ độ', lon: 'Kinh độ', height: 'Độ cao (m)', tilt: 'Góc ngẩng' });
    expect(withReasonEn(issues.find((i) => i.line !== undefined) ?? { severity: 'error' })).toMatchObject({ severity: 'warning', line: 1, reason: expect.stringMatching(/above the header skipped/) });
    // file-wide notes come first, then the rows in file order
    const lines = issues.map((i) => i.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('accounts for every data row: imported or an error', () => {
    expect(stats.dataRows).toBe(12);
    expect(stats.importedRows + stats.rejectedRows).toBe(stats.dataRows);
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual([8, 9, 12, 13]);
    expect(items.map((s) => s.id)).toEqual(['DNG001', 'DNG002', 'DNG003', 'DNG004', 'DNG008', 'DNG009', 'DNG010']);
  });

  it('reads DMS rows and the quoted newline, numbering lines past it', () => {
    const dng002 = items.find((s) => s.id === 'DNG002');
    expect(dng002?.name).toBe("Đắk R'Lấp\r\nTrung tâm");
    expect(dng002?.lat).toBeCloseTo(11 + 54 / 60 + 30.5 / 3600, 9);
    expect(dng002?.heightM).toBe(30.5);
    expect(items.find((s) => s.id === 'DNG003')?.lon).toBeCloseTo(107 + 37 / 60 + 30 / 3600, 9);
    // "abc" sits on line 8 of the file because the quoted name spans lines 4-5
    const lines = new TextDecoder().decode(fixture('sites-messy.csv')).split('\r\n');
    expect(lines[7]).toContain('abc');
    expect(issues.find((i) => i.value === 'abc')?.line).toBe(8);
  });

  it('applies the fixes of the swapped and the sign-flipped row, never keeping the broken position', () => {
    expect(issues.filter((i) => i.fix).map((i) => [i.line, i.fix?.kind, i.fix?.applied])).toEqual([[7, 'swap-lat-lon', true], [14, 'negate-lon', true]]);
    expect(items.find((s) => s.id === 'DNG008')).toMatchObject({ lon: 107.75, lat: 12.05 });
  });
});

describe('importSitesCsv', () => {
  it('reads the clean per-sector file into sites with their sectors', () => {
    const { result } = importSitesCsv(fixture('sectors-clean.csv'), { fileName: 'sectors-clean.csv', areaBBox: AREA });
    expect(result.issues).toEqual([]);
    expect(result.stats).toMatchObject({ mode: 'per-sector', sites: 3, sectors: 8, dataRows: 9 });
    expect(result.items[0]?.radios).toEqual([{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }]);
  });

  it('reads a Windows-1258 file with a warning', () => {
    const { result, encoding } = importSitesCsv(fixture('sites-windows-1258.csv'), { fileName: 'w.csv' });
    expect(encoding).toBe('windows-1258');
    expect(result.items.map((s) => s.name)).toEqual(['Trạm Đắk Nông Quảng Khê', 'Bon Bu Dăr Nhân Cơ']);
    expect(reasonEn(result.issues[0])).toMatch(/Windows-1258/);
  });

  it('reads the VN-2000 file as VN-2000 when only X/Y columns exist', () => {
    const r = importSitesCsv(fixture('sites-vn2000-dak-nong.csv'), { fileName: 'v.csv', province: 'Đắk Nông', areaBBox: AREA });
    expect(r.crs).toBe('vn2000');
    expect(r.result.items.map((s) => [s.id, s.lon.toFixed(4), s.lat.toFixed(4)])).toEqual([
      ['DNG201', '107.6912', '12.0042'], ['DNG202', '107.9500', '12.4500'], ['DNG203', '107.4000', '11.8500'],
    ]);
    expect(withReasonEn(r.result.issues.find((i) => i.severity === 'error') ?? { severity: 'warning' })).toMatchObject({ line: 5, reason: expect.stringMatching(/X is missing/) });
  });

  it('uses a profile mapping, carrier and delimiter over the guesses', () => {
    const text = 'MA|VD|KD\nA|12.1|107.5\n';
    const r = importSitesCsv(utf8(text), {
      fileName: 'p.csv', profile: { name: 'x', carrier: 'Mobifone', crs: 'wgs84', delimiter: '|', mapping: { siteId: 'MA', lat: 'VD', lon: 'KD' } },
    });
    expect(r.result.items[0]).toMatchObject({ id: 'A', carrier: 'Mobifone', lat: 12.1, lon: 107.5 });
  });

  it('returns one error for an empty file instead of throwing', () => {
    const r = importSitesCsv(new Uint8Array(), { fileName: 'empty.csv' });
    expect(r.result.items).toEqual([]);
    expect(r.result.issues.map(withReasonEn)).toEqual([{ severity: 'error', reason: 'empty.csv is empty (0 bytes)', code: 'fileEmpty', params: { file: 'empty.csv' } }]);
  });

  it('reports a broken quote at its line', () => {
    const r = importSitesCsv(utf8('id,lat,lon\nA,12.1,107.5\nB,"12.2,107.6\n'), { fileName: 'q.csv' });
    expect(r.result.issues.find((i) => /CSV syntax/.test(reasonEn(i)))?.line).toBe(3);
  });
});

describe('big files', () => {
  const N = 200_000;
  const lines = ['site_id,cell_id,lat,lon,tech,band,azimuth,height'];
  for (let i = 0; i < N; i++) {
    const site = Math.floor(i / 3);
    lines.push(`S${site},S${site}-${i % 3},${(11.8 + (site % 1000) * 0.001).toFixed(4)},${(107.3 + Math.floor(site / 1000) * 0.01).toFixed(4)},LTE,1800,${(i % 3) * 120},30`);
  }
  const bytes = utf8(lines.join('\n'));

  it('imports 200,000 sector rows', () => {
    const { result } = importSitesCsv(bytes, { fileName: 'big.csv', areaBBox: AREA });
    expect(result.stats.dataRows).toBe(N);
    expect(result.stats.importedRows).toBe(N);
    expect(result.items).toHaveLength(Math.ceil(N / 3));
    expect(result.items[0]?.sectors.map((s) => s.azimuthDeg)).toEqual([0, 120, 240]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('streams the same import with progress, and aborts on request', async () => {
    const progress: number[] = [];
    const r = await importSitesCsvStreaming(new Blob([bytes]), { fileName: 'big.csv', onProgress: (f) => progress.push(f), rowsPerChunk: 50_000 });
    expect(r.result.stats.importedRows).toBe(N);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress[progress.length - 1]).toBe(1);
    const controller = new AbortController();
    const aborted = importSitesCsvStreaming(bytes, { fileName: 'big.csv', signal: controller.signal, rowsPerChunk: 10_000, onProgress: () => controller.abort() });
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('a header-only CSV', () => {
  it('imports nothing and says there are no data rows, naming the file', () => {
    const { result } = importSitesCsv(utf8('Mã trạm;Vĩ độ;Kinh độ\r\n;;\r\n'), { fileName: 'empty-sites.csv', areaBBox: AREA });
    expect(result.items).toEqual([]);
    expect(result.issues.some((i) => i.severity === 'error' && reasonEn(i) === 'empty-sites.csv: only a header row, no data rows to import')).toBe(true);
  });
});
