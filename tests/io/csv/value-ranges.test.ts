import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/io/csv/mapping';
import type { CsvRow } from '../../../src/io/csv/parse-rows';
import { readSitesFromRows } from '../../../src/io/csv/read-sites';
import { reasonEn } from '../../helpers/reason-en';

const H = 'id;lat;lon;tech;band;azimuth;beamwidth;tilt;height';

function read(lines: string[]) {
  const headers = H.split(';');
  const rows: CsvRow[] = lines.map((l, i) => ({ line: i + 2, cells: l.split(';') }));
  return readSitesFromRows(headers, rows, guessMapping(headers), { fileName: 't.csv', crs: 'wgs84' });
}

describe('azimuth, tilt and beamwidth outside their limits', () => {
  const r = read([
    'A;12,1;107,5;4G;1800;0/120/240;65;4;30',
    'B;12,2;107,6;4G;1800;400;65;4;30',
    'C;12,3;107,7;4G;1800;-30;65;4;30',
    'D;12,4;107,8;4G;1800;0;65;95;30',
    'E;12,5;107,9;4G;1800;0;0;4;30',
    'F;12,6;107,4;4G;1800;0/120;65/400;4;30',
    'G;12,7;107,3;4G;1800;359,5;65;-90;30',
  ]);
  const errors = r.issues.filter((i) => i.severity === 'error');

  it('rejects each such row with an error naming its line, column and value, never wrapping an azimuth', () => {
    expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'azimuth', '400'], [4, 'azimuth', '-30'], [5, 'tilt', '95'], [6, 'beamwidth', '0'], [7, 'beamwidth', '65/400'],
    ]);
    expect(reasonEn(errors[0])).toBe('azimuth 400 is outside 0-360°; row not imported');
    expect(reasonEn(errors[2])).toBe('tilt "95" is not a number in -90..90; row not imported');
    expect(r.items.map((s) => s.id)).toEqual(['A', 'G']);
    expect(r.items.flatMap((s) => s.sectors.map((x) => x.azimuthDeg))).toEqual([0, 120, 240, 359.5]);
    expect(r.stats).toMatchObject({ dataRows: 7, importedRows: 2, rejectedRows: 5 });
  });
});
