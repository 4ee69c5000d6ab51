/** Issue 17: the import preview draws rejected rows that have a position in red, so each error keeps where its row lies. */
import { describe, expect, it } from 'vitest';
import { generateCommunes } from '../../../src/domain/demo/communes';
import { DAKNONG_FACTS } from '../../../src/domain/demo/daknong-facts';
import { guessMapping } from '../../../src/io/csv/mapping';
import type { CsvRow } from '../../../src/io/csv/parse-rows';
import { readSitesFromRows } from '../../../src/io/csv/read-sites';
import { zoneAreaOf } from '../../../src/io/csv/vn2000-zone';

const zoneArea = zoneAreaOf(generateCommunes(DAKNONG_FACTS).units, 'Đắk Nông (demo)');
const H = ['id', 'lat', 'lon', 'azimuth', 'height'];

function read(lines: string[]) {
  const rows: CsvRow[] = lines.map((l, i) => ({ line: i + 2, cells: l.split(';') }));
  return readSitesFromRows(H, rows, guessMapping(H), { fileName: 't.csv', crs: 'wgs84', ...(zoneArea ? { zoneArea } : {}) });
}

describe('the position of a rejected row', () => {
  const r = read([
    'A;12.0;107.69;0;30', // line 2: fine
    'B;12.01;107.70;400;30', // line 3: azimuth out of range, placed
    'HAN;21.03;105.85;0;30', // line 4: outside the province, placed where it was read
    'C;;107.7;0;30', // line 5: no latitude: no position
    'D;12.02;107.71', // line 6: too few columns: no position
    'A;12.5;107.69;120;30', // line 7: a repeat of A 55 km away
    'E;12.03;107.72;0;1200', // line 8: height out of range, placed
  ]);
  const errorAt = (line: number) => r.issues.find((i) => i.line === line && i.severity === 'error')?.at;

  it('is kept on the error when the row was placed, and only then', () => {
    expect(errorAt(3)).toEqual({ lon: 107.7, lat: 12.01 });
    expect(errorAt(4)).toEqual({ lon: 105.85, lat: 21.03 });
    expect(errorAt(5)).toBeUndefined();
    expect(errorAt(6)).toBeUndefined();
    expect(errorAt(7)).toEqual({ lon: 107.69, lat: 12.5 });
    expect(errorAt(8)).toEqual({ lon: 107.72, lat: 12.03 });
    expect(r.issues.filter((i) => i.severity === 'warning').every((i) => i.at === undefined)).toBe(true);
  });
});
