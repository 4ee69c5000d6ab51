import { describe, expect, it } from 'vitest';
import { channelBand, nrArfcnMHz } from '../../../src/io/csv/channel-band';
import { guessMapping } from '../../../src/io/csv/mapping';
import type { CsvRow } from '../../../src/io/csv/parse-rows';
import { readSitesFromRows } from '../../../src/io/csv/read-sites';
import { reasonEn } from '../../helpers/reason-en';

describe('channelBand', () => {
  // TS 36.101 table 5.7.3-1, DL EARFCN: B1 0–599, B3 1200–1949, B7 2750–3449, B8 3450–3799, B28 9210–9659
  it.each([
    [300, 'B1', 2100], [1275, 'B3', 1800], [3350, 'B7', 2600], [3725, 'B8', 900], [9435, 'B28', 700], [1949, 'B3', 1800],
  ] as const)('reads EARFCN %i as %s', (n, band, mhz) => {
    expect(channelBand('earfcn', n)).toEqual({ tech: '4G', band, bandMHz: mhz });
  });

  // TS 25.101 table 5.2: band I DL 10562–10838, band VIII DL 2937–3088
  it('reads UARFCN by the 3G table', () => {
    expect(channelBand('uarfcn', 10562)).toEqual({ tech: '3G', band: 'I', bandMHz: 2100 });
    expect(channelBand('uarfcn', 10838)?.bandMHz).toBe(2100);
    expect(channelBand('uarfcn', 3011)).toEqual({ tech: '3G', band: 'VIII', bandMHz: 900 });
    expect(channelBand('uarfcn', 10839)).toBeNull();
  });

  // TS 45.005 §2: P-GSM 1–124 and E-GSM 975–1023 are 900 MHz, DCS 512–885 is 1800 MHz
  it('reads ARFCN by the 2G table', () => {
    expect(channelBand('arfcn', 1)?.bandMHz).toBe(900);
    expect(channelBand('arfcn', 124)?.bandMHz).toBe(900);
    expect(channelBand('arfcn', 1000)?.bandMHz).toBe(900);
    expect(channelBand('arfcn', 512)).toEqual({ tech: '2G', band: 'DCS1800', bandMHz: 1800 });
    expect(channelBand('arfcn', 885)?.bandMHz).toBe(1800);
    expect(channelBand('arfcn', 300)).toBeNull();
  });

  // TS 38.104 table 5.4.2.1-1: 600000 ≤ N < 2016667 → F = 3000 MHz + 15 kHz · (N − 600000); bands from table 5.2-1
  it('reads NR-ARFCN through the global raster', () => {
    expect(nrArfcnMHz(636666)).toBeCloseTo(3549.99, 6); // 3000 + 0.015 · 36666
    expect(channelBand('nrArfcn', 636666)).toEqual({ tech: '5G', band: 'n78', bandMHz: 3500 });
    expect(nrArfcnMHz(428000)).toBeCloseTo(2140, 6); // 0.005 · 428000, inside n1 2110–2170
    expect(channelBand('nrArfcn', 428000)).toEqual({ tech: '5G', band: 'n1', bandMHz: 2100 });
    expect(nrArfcnMHz(2016667)).toBeCloseTo(24250.08, 6);
    expect(channelBand('nrArfcn', 660000)).toEqual({ tech: '5G', band: 'n77', bandMHz: 3700 }); // 3900 MHz: past n78's 3800
    expect(channelBand('nrArfcn', 700000)?.band).toBe('n79'); // 4500 MHz, n79 is 4400–5000
  });

  it('has no band for numbers outside every range', () => {
    expect(channelBand('earfcn', 5000)).toBeNull();
    expect(channelBand('earfcn', -1)).toBeNull();
    expect(channelBand('earfcn', 12.5)).toBeNull();
    expect(channelBand('nrArfcn', 9999999)).toBeNull();
  });
});

const HEADERS = ['Site ID', 'Lat', 'Lon', 'Tech', 'Band', 'Azimuth', 'DL EARFCN', 'UARFCN', 'BCCH', 'SSB ARFCN'];

function read(lines: string[], headers: readonly string[] = HEADERS) {
  const rows: CsvRow[] = lines.map((l, i) => ({ line: i + 2, cells: l.split(';') }));
  return readSitesFromRows(headers, rows, guessMapping(headers), { fileName: 't.csv', crs: 'wgs84' });
}

describe('channel-number columns', () => {
  it('guesses the channel headers in English and Vietnamese', () => {
    expect(guessMapping(['EARFCN', 'UARFCN', 'ARFCN', 'NR-ARFCN'])).toEqual({ earfcn: 'EARFCN', uarfcn: 'UARFCN', arfcn: 'ARFCN', nrArfcn: 'NR-ARFCN' });
    expect(guessMapping(['earfcn_dl', 'BCCH', 'SSB ARFCN'])).toEqual({ earfcn: 'earfcn_dl', arfcn: 'BCCH', nrArfcn: 'SSB ARFCN' });
    expect(guessMapping(['Kênh EARFCN', 'Số kênh BCCH', 'Kênh NR-ARFCN (SSB)'])).toEqual({
      earfcn: 'Kênh EARFCN', arfcn: 'Số kênh BCCH', nrArfcn: 'Kênh NR-ARFCN (SSB)',
    });
  });

  it('takes technology and band from the channel number', () => {
    const r = read([
      'A;12,1;107,5;;;0;3350;;;',
      'B;12,2;107,6;;;0;;10700;;',
      'C;12,3;107,7;;;0;;;600;',
      'D;12,4;107,8;;;0;;;;636666',
      'E;12,5;107,9;4G;1800;0;9435;;;',
    ]);
    expect(r.items.map((s) => [s.id, s.radios])).toEqual([
      ['A', [{ tech: '4G', bandMHz: 2600 }]],
      ['B', [{ tech: '3G', bandMHz: 2100 }]],
      ['C', [{ tech: '2G', bandMHz: 1800 }]],
      ['D', [{ tech: '5G', bandMHz: 3500 }]],
      ['E', [{ tech: '4G', bandMHz: 700 }]],
    ]);
  });

  it('warns on the line of a channel number in no band, naming it', () => {
    const r = read(['A;12,1;107,5;4G;1800;0;5000;;;']);
    const warning = r.issues.find((i) => i.column === 'DL EARFCN');
    expect([warning?.line, warning?.severity, warning?.value]).toEqual([2, 'warning', '5000']);
    expect(warning && reasonEn(warning)).toBe('EARFCN 5000 is in no band of TS 36.101; ignored');
    expect(r.items[0]?.radios).toEqual([{ tech: '4G', bandMHz: 1800 }]);
  });

  it('keeps the channel\'s band where the band column disagrees, and says so', () => {
    const r = read(['A;12,1;107,5;4G;1800;0;3350;;;', 'B;12,2;107,6;4G;2600;0;3350;;;']);
    const disagree = r.issues.filter((i) => i.column === 'Band');
    expect(disagree.map((i) => [i.line, i.severity, reasonEn(i)])).toEqual([
      [2, 'warning', 'EARFCN 3350 is band B7 (2600 MHz) but the band column says 1800; used 2600 MHz'],
    ]);
    expect(r.items.map((s) => s.radios)).toEqual([[{ tech: '4G', bandMHz: 2600 }], [{ tech: '4G', bandMHz: 2600 }]]);
  });
});
