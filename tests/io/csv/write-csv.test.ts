import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { issuesToCsv } from '../../../src/io/csv/issues-csv';
import { csvCell, toCsv } from '../../../src/io/csv/write-csv';

describe('csvCell', () => {
  it.each(['=SUM(A1)', '+1', '-cmd', '@x', '\tx', '\rx'])('neutralises formula-looking text %j', (text) => {
    expect(csvCell(text).replace(/^"/, '').startsWith(`'${text[0]}`)).toBe(true);
  });

  // issue 14 defect 10: spreadsheets may normalise fullwidth signs and drop invisible or blank characters first
  it.each([
    '\uFF1DSUM(A1)', '\uFF0B1', '\uFF0Dcmd', '\uFF20x', '\uFE66x', '\uFE62x', '\uFE63x', '\uFE6Bx', '\u2212x',
    '\u200B=SUM(A1)', '\uFEFF=SUM(A1)', '\u200C=x', '\u200D=x', '\u2060=x', '\u00AD=x', '\u200B\uFEFF\u2060+x',
    ' =x', '  @x', '\u00A0=x', '\u3000=x', '\n=x', '\t\u200B-x', '\r\n=x', '\u200B \uFF1Dx',
  ])('neutralises a formula behind fullwidth or invisible characters %j', (text) => {
    expect(csvCell(text).replace(/^"/, '').startsWith(`'${text}`)).toBe(true);
  });

  it.each(['Đắk Nông', 'a=b', '100', '\u200Bxã Quảng Thành', ' Gia Nghĩa', 'x-1', '\uFF21'])('leaves ordinary text %j as it is', (text) => {
    expect(csvCell(text)).toBe(text);
  });

  it('keeps numbers (negative ones too) and quotes delimiters, quotes and newlines', () => {
    expect(csvCell(-105)).toBe('-105');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
  });
});

describe('decimal comma', () => {
  it('writes numbers as 92,5 (quoted where the comma is the delimiter) and parses back to the same cells', () => {
    expect(csvCell(92.5, ',', true)).toBe('"92,5"');
    expect(csvCell(-95.3, ';', true)).toBe('-95,3');
    expect(csvCell(1167, ',', true)).toBe('1167');
    const text = toCsv([['Tên', '4G % dân số'], ['Xã A', 92.5]], ',', true);
    expect(Papa.parse<string[]>(text.slice(1).trim()).data).toEqual([['Tên', '4G % dân số'], ['Xã A', '92,5']]);
  });
});

describe('toCsv / issuesToCsv', () => {
  it('writes a BOM and CRLF rows that parse back to the same cells', () => {
    const csv = toCsv([['a', 'b'], ['Đắk "Nông"', 'x\ny']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Papa.parse<string[]>(csv.slice(1).trimEnd()).data).toEqual([['a', 'b'], ['Đắk "Nông"', 'x\ny']]);
  });

  it('lists issues with line, column, value, reason and severity, errors first', () => {
    const csv = issuesToCsv([
      { severity: 'warning', line: 3, column: 'Vĩ độ', value: '107,8', reason: 'swapped' },
      { severity: 'error', line: 9, column: 'Tên', value: '=HYPERLINK("x")', reason: 'bad' },
    ], (i) => i.reason);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(rows).toEqual([
      ['line', 'column', 'value', 'reason', 'severity', 'excluded'],
      ['9', 'Tên', `'=HYPERLINK("x")`, 'bad', 'error', ''],
      ['3', 'Vĩ độ', '107,8', 'swapped', 'warning', ''],
    ]);
  });

  it('renders reasons through the given function and marks excluded rows', () => {
    const csv = issuesToCsv(
      [{ severity: 'warning' as const, line: 16, column: 'Công nghệ', value: '6G', reason: 'technology 6G', excluded: true }],
      (i) => `lý do: ${i.value ?? ''}`,
    );
    expect(Papa.parse<string[]>(csv.slice(1).trimEnd()).data[1]).toEqual(['16', 'Công nghệ', '6G', 'lý do: 6G', 'warning', 'excluded']);
  });
});
