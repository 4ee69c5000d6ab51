import { describe, expect, it } from 'vitest';
import { parseCsvNumber } from '../../../src/io/csv/numbers';
import { findHeaderRow, sniffCsv } from '../../../src/io/csv/sniff';

describe('sniffCsv', () => {
  it('picks ";" for an Excel VN export with decimal commas, though "," splits more cells', () => {
    const text = 'Mã;Vĩ độ;Kinh độ\nA;12,0042;107,6912\nB;12,1;107,5\nC;12,3;107,95\n';
    expect(sniffCsv(text)).toMatchObject({ delimiter: ';', decimalComma: true });
  });

  it('picks comma, tab and pipe files, with no decimal comma', () => {
    expect(sniffCsv('id,lat,lon\nA,12.1,107.5\nB,12.2,107.6\n')).toMatchObject({ delimiter: ',', decimalComma: false });
    expect(sniffCsv('id\tlat\tlon\nA\t12.1\t107.5\n')).toMatchObject({ delimiter: '\t' });
    expect(sniffCsv('id|lat|lon\nA|12.1|107.5\n')).toMatchObject({ delimiter: '|' });
  });

  it('ignores a comma inside quotes when choosing', () => {
    expect(sniffCsv('id,name,lat\nA,"Thôn 1, Đắk Ha",12.1\nB,"Bon, Bu",12.2\n').delimiter).toBe(',');
  });
});

describe('findHeaderRow', () => {
  const known = (cells: readonly string[]) => cells.filter((c) => ['id', 'lat', 'lon'].includes(c)).length;

  it('skips a title row and blank rows above the header', () => {
    expect(findHeaderRow([['DANH SÁCH TRẠM', '', ''], [''], ['id', 'lat', 'lon'], ['A', '1', '2']], known)).toBe(2);
  });

  it('falls back to the first row with two filled cells', () => {
    expect(findHeaderRow([['title'], ['a', 'b'], ['1', '2']], known)).toBe(1);
  });
});

describe('parseCsvNumber', () => {
  it.each([
    ['12,5', 12.5], ['12.5', 12.5], ['-0,25', -0.25], ['1.234,5', 1234.5], ['1,234.5', 1234.5],
    ['1 800', 1800], ['1e3', 1000], ['  42 ', 42],
  ])('reads %j as %d', (text, expected) => {
    expect(parseCsvNumber(text)).toBe(expected);
  });

  it('reads dot thousands groups only in a decimal-comma file', () => {
    expect(parseCsvNumber('1.800.000', true)).toBe(1_800_000);
    expect(parseCsvNumber('1.800.000', false)).toBeUndefined();
  });

  it.each(['', 'abc', '12a', '1,2,3.4.5', '--1'])('gives undefined for %j', (text) => {
    expect(parseCsvNumber(text)).toBeUndefined();
  });
});
