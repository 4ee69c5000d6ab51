import { describe, expect, it } from 'vitest';
import { measureIssueText } from '../../../src/i18n/measure-strings';
import { guessMeasureMapping, readMeasurementsCsv, readMeasurementsCsvChunked } from '../../../src/io/measure/read-measurements';
import { looksLikeMeasurements } from '../../../src/io/measure/recognise-measurements';

const AREA = [107.2, 11.7, 108.2, 12.9] as const;
const read = (text: string) => readMeasurementsCsv(text, { fileName: 'drive.csv', area: AREA });

describe('measurement CSV', () => {
  it('guesses English and Vietnamese headers', () => {
    expect(guessMeasureMapping(['Vĩ độ', 'Kinh độ', 'Mức thu (dBm)', 'Nhà mạng', 'Mã trạm'])).toEqual({
      lat: 'Vĩ độ', lon: 'Kinh độ', level: 'Mức thu (dBm)', carrier: 'Nhà mạng', site: 'Mã trạm',
    });
    expect(guessMeasureMapping(['latitude', 'longitude', 'RSRP (dBm)', 'RAT', 'route'])).toMatchObject({ level: 'RSRP (dBm)', tech: 'RAT', route: 'route' });
  });

  it('reads samples and reports every row it leaves out by line and reason', () => {
    const text = [
      'lat;lon;rsrp;tech;carrier;site',
      '12,1;107,5;-95,5;LTE;Viettel;S1',
      '12,1;107,5;abc;LTE;Viettel;S1',
      '',
      '12,1;107,5;-5;LTE;Viettel;S1',
      '15,0;107,5;-90;LTE;Viettel;S1',
      '12°06\'N;107°30\'E;-101;NR;VNPT;',
      '12,1;107,5;-95,5;LTE;Viettel;S1',
      'x;107,5;-90;LTE;;',
    ].join('\r\n');
    const r = read(text);
    expect(r.set?.count).toBe(2);
    expect([...(r.set?.levelDbm ?? [])]).toEqual([-95.5, -101]);
    expect(r.set?.lat[1]).toBeCloseTo(12.1, 9);
    expect(r.set?.tech[0]).toBe(2);
    expect(r.set?.tech[1]).toBe(3);
    expect(r.set?.siteIds).toEqual(['S1']);
    expect([...(r.set?.line ?? [])]).toEqual([2, 7]);
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([
      [3, 'm-level-not-number'], [5, 'm-level-implausible'], [6, 'm-outside'], [8, 'm-duplicate'], [9, 'm-position'],
    ]);
    expect(measureIssueText('en', r.issues[1]!)).toBe('line 5: level -5 dBm is outside -150..-20 dBm; skipped');
    expect(measureIssueText('vi', r.issues[0]!)).toBe('dòng 3: mức thu “abc” không phải là số; bỏ qua');
    expect(measureIssueText('en', r.issues[4]!)).toMatch(/^line 9: position "x" cannot be read \(.+\); skipped$/);
  });

  it('refuses a level column of text, samples all outside the area and one enormous line, by file', () => {
    const noLevel = read('lat,lon,note\n12.1,107.5,good\n');
    expect(noLevel.set).toBeNull();
    expect(measureIssueText('en', noLevel.issues[0]!)).toBe('drive.csv: no level column found (rsrp, rscp, rxlev, mức thu…); columns: lat, lon, note');
    const outside = read('lat,lon,rsrp\n21.0,105.8,-90\n21.1,105.9,-91\n');
    expect(outside.set).toBeNull();
    expect(outside.issues.at(-1)).toMatchObject({ code: 'm-none-inside', params: { rows: 2 } });
    const huge = read(`lat,lon,rsrp,${'x'.repeat(1_200_000)}`);
    expect(huge.set).toBeNull();
    expect(huge.issues[0]).toMatchObject({ code: 'm-line-too-long' });
    // A level column whose every cell is text: each row is reported, and the file is refused by name.
    const text = read('lat,lon,rsrp\n12.1,107.5,good\n12.2,107.5,bad\n');
    expect(text.set).toBeNull();
    expect(text.issues.map((i) => i.code)).toEqual(['m-level-not-number', 'm-level-not-number', 'm-no-samples']);
    expect(measureIssueText('en', text.issues[2]!)).toBe('drive.csv: none of the 2 rows gives a usable sample (level column "rsrp")');
  });

  it('reads in chunks with progress as the whole-text read does, and stops on a cancel', async () => {
    const rows = ['lat,lon,rsrp,site'];
    for (let i = 0; i < 250; i++) rows.push(`${12 + i / 1000},107.5,${i % 7 === 0 ? 'x' : -90 - (i % 30)},S${i % 3}`);
    const text = `${rows.join('\r\n')}\r\n`;
    const progress: number[] = [];
    const chunked = await readMeasurementsCsvChunked(text, { fileName: 'drive.csv', area: AREA, rowsPerChunk: 40, onProgress: (f) => progress.push(f) });
    const whole = read(text);
    expect(chunked.set?.count).toBe(whole.set?.count);
    expect([...(chunked.set?.line ?? [])]).toEqual([...(whole.set?.line ?? [])]);
    expect(chunked.issues).toEqual(whole.issues);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
    const controller = new AbortController();
    const cancelled = readMeasurementsCsvChunked(text, { fileName: 'drive.csv', area: AREA, rowsPerChunk: 40, signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('tells a measurements CSV from a site list by its level column', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(looksLikeMeasurements(bytes('lat,lon,rsrp,tech\n12,107,-90,4G\n'))).toBe(true);
    expect(looksLikeMeasurements(bytes('\uFEFFVĩ độ;Kinh độ;Mức thu (dBm)\n'))).toBe(true);
    expect(looksLikeMeasurements(bytes('RSRP_dBm,lat,lon\n'))).toBe(true);
    expect(looksLikeMeasurements(bytes('site_id,lat,lon,azimuth,level\nS1,12,107,90,3\n'))).toBe(false);
  });
});
