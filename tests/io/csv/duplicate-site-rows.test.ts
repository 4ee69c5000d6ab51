import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/io/csv/mapping';
import type { CsvRow } from '../../../src/io/csv/parse-rows';
import { readSitesFromRows, type ReadSitesOptions } from '../../../src/io/csv/read-sites';
import { reasonEn } from '../../helpers/reason-en';

const H = 'id;lat;lon;tech;band;azimuth;beamwidth;tilt;height';

function read(lines: string[], options: Partial<ReadSitesOptions> = {}) {
  const headers = H.split(';');
  const rows: CsvRow[] = lines.map((l, i) => ({ line: i + 2, cells: l.split(';') }));
  return readSitesFromRows(headers, rows, guessMapping(headers), { fileName: 't.csv', crs: 'wgs84', ...options });
}

/** Sector rows of A at one tower, a row of A 90 km away (line 4) and one that disagrees on height (line 5). */
const LINES = [
  'A;12,0000;107,6000;4G;1800;0;65;4;42',
  'A;12,0000;107,6000;4G;1800;120;65;4;42',
  'A;12,8000;107,9000;4G;1800;240;65;4;60',
  'A;12,0000;107,6000;4G;1800;300;65;4;35',
  'B;12,1000;107,7000;4G;1800;0;65;4;30',
  'B;12,1000;107,7000;4G;1800;180;65;4;30',
];

describe('rows of one site id', () => {
  it('rejects a row far from the first row of its site on its own line; the site keeps the first position, height and sectors', () => {
    const r = read(LINES);
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([[4, 'id', 'A']]);
    expect(reasonEn(errors[0])).toMatch(/^site A is \d+ m from its row on line 2 \(more than 100 m\); row not imported$/);
    const a = r.items.find((s) => s.id === 'A');
    expect(a).toMatchObject({ lat: 12, lon: 107.6, heightM: 42 });
    expect(a?.sectors.map((s) => s.azimuthDeg)).toEqual([0, 120, 300]);
    expect(r.stats).toMatchObject({ dataRows: 6, importedRows: 5, rejectedRows: 1 });
  });

  it('keeps the first row\'s height and warns on the later line that disagrees', () => {
    const warnings = read(LINES).issues.filter((i) => i.severity === 'warning' && i.code === 'heightsDiffer');
    expect(warnings.map((w) => [w.line, w.column, w.value])).toEqual([[5, 'height', '35']]);
    expect(reasonEn(warnings[0])).toBe('site A: height 35 m differs from 42 m on line 2; kept 42 m');
  });

  it('takes the distance as an import option', () => {
    // C's rows are 76 m apart; B's sector rows keep the file per-sector when C's no longer count as one tower
    const near = ['C;12,0000;107,6000;4G;1800;0;65;4;30', 'C;12,0000;107,6007;4G;1800;120;65;4;30', ...LINES.slice(4)];
    const loose100 = read(near);
    expect(loose100.items[0]?.sectors).toHaveLength(2);
    expect(loose100.issues.filter((i) => i.line === 3).map((i) => [i.severity, i.code])).toEqual([['warning', 'siteApart']]);
    const strict = read(near, { maxRowsApartM: 50 });
    expect(strict.items[0]?.sectors).toHaveLength(1);
    expect(strict.issues.find((i) => i.severity === 'error')).toMatchObject({ line: 3, code: 'siteRowsApart' });
    const loose = read(LINES, { maxRowsApartM: 200_000 });
    expect(loose.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(loose.items.find((s) => s.id === 'A')).toMatchObject({ lat: 12, lon: 107.6, heightM: 42 });
  });
});
