import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvImportApi } from '../../src/worker/import-csv';
import { engineState } from '../../src/worker/engine-state';
import { reasonEn } from '../helpers/reason-en';

// the province's units bound the area: points far outside are errors, a sign fix that lands inside is applied
engineState.setBaseline({
  meta: { name: 't', synthetic: true, sources: [] }, villages: [], sites: [], fibre: [],
  units: [{ code: '1', name: 'u', type: 'Xã', district: 'd', population: 1, clutter: 'rural',
    geometry: { type: 'Polygon', coordinates: [[[107.2, 11.7], [108.2, 11.7], [108.2, 12.9], [107.2, 12.9], [107.2, 11.7]]] } }],
});

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/csv', name)));
const NONE = { excludedLines: [] };

describe('CSV import sessions (worker side)', () => {
  it('reads, re-reads with an applied fix and an excluded line, and keeps file-level issues', async () => {
    const id = csvImportApi.csvOpen(fixture('sites-messy.csv'), 'sites-messy.csv');
    const first = await csvImportApi.csvRead(id, NONE);
    expect(first.headers[0]).toBe('Mã trạm');
    expect(first.previewRows[0]?.[0]).toBe('DNG001');
    expect(first.issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual([8, 9, 12, 13]);
    const dng004 = first.sites.find((s) => s.id === 'DNG004');
    expect(dng004?.lat).toBeCloseTo(12.3456, 6);

    const lines = first.issues.map((i) => i.line);
    const excluded = await csvImportApi.csvRead(id, { ...NONE, excludedLines: [16] });
    expect(excluded.excluded).toBe(1);
    expect(excluded.sites.map((s) => s.id)).not.toContain('DNG010');
    expect(excluded.issues.some((i) => i.line === 1 && /above the header/.test(reasonEn(i)))).toBe(true);
    // the excluded row's issues stay in the report, marked
    const ofLine16 = excluded.issues.filter((i) => i.line === 16);
    expect(ofLine16.map((i) => [i.code, i.excluded])).toEqual([['techUnknown', true], ['bandNoTech', true]]);
    expect(excluded.issues.filter((i) => i.excluded).length).toBe(2);
    expect(lines).toContain(16);

    // a profile's format choices override the sniffed ";" and decimal comma
    expect([first.delimiter, first.decimalComma]).toEqual([';', true]);
    const asComma = await csvImportApi.csvRead(id, { ...NONE, delimiter: ',', decimalComma: false });
    expect([asComma.delimiter, asComma.decimalComma, asComma.sites.length]).toEqual([',', false, 0]);

    // a lost minus sign whose fix lands inside the province is applied as read, and says so
    expect(first.sites.find((s) => s.id === 'DNG008')?.lon).toBe(107.75);
    expect(first.issues.find((i) => i.line === 14 && i.fix)?.fix?.applied).toBe(true);
    csvImportApi.csvClose(id);
  });

  it('reads VN-2000 with the province, and cancels a read', async () => {
    const id = csvImportApi.csvOpen(fixture('sites-vn2000-dak-nong.csv'), 'v.csv');
    const read = await csvImportApi.csvRead(id, { ...NONE, crs: 'vn2000', province: 'Đắk Nông' });
    expect(read.sites.map((s) => s.id)).toEqual(['DNG201', 'DNG202', 'DNG203']);
    const pending = csvImportApi.csvRead(id, NONE);
    csvImportApi.csvCancel(id);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    csvImportApi.csvClose(id);
    await expect(csvImportApi.csvRead(id, NONE)).rejects.toThrow(/closed/);
  });
});

describe('the distance beyond which rows of one site id are errors', () => {
  it('is a choice of the dialog that re-reads the file', async () => {
    const text = 'id,lat,lon,azimuth\nA,12.0,107.6,0\nA,12.0,107.6,120\nA,12.8,107.9,240\nB,12.1,107.7,0\nB,12.1,107.7,180\n';
    const id = csvImportApi.csvOpen(new TextEncoder().encode(text), 'far.csv');
    const byDefault = await csvImportApi.csvRead(id, NONE);
    expect(byDefault.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.code])).toEqual([[4, 'siteRowsApart']]);
    const loose = await csvImportApi.csvRead(id, { ...NONE, maxRowsApartM: 200_000 });
    expect(loose.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(loose.sites.find((s) => s.id === 'A')?.sectors).toHaveLength(3);
    csvImportApi.csvClose(id);
  });
});
