import { describe, expect, it } from 'vitest';
import { readCodeTable, type CodeTableRow } from '../../../src/domain/boundaries';

const rows = (...lines: string[][]): CodeTableRow[] => lines.map((cells, i) => ({ line: i + 1, cells }));
const OLD = ['24616', '24610', '24700'];
const NEW = ['N1', 'N2'];

describe('readCodeTable', () => {
  it('finds the old and new code columns by their header, in any order, among other columns', () => {
    const t = readCodeTable(rows(['Tên xã', 'Mã xã mới', 'Mã xã cũ'], ['Đắk Mil', 'N1', '24616'], ['Nghĩa Đức', 'N2', '24610']), OLD, NEW);
    expect(t.header).toBe(true);
    expect(t.rows).toEqual([{ oldCode: '24616', newCode: 'N1' }, { oldCode: '24610', newCode: 'N2' }]);
    expect(t.issues).toEqual([]);
  });

  it('takes the first two columns when there is no recognisable header, and matches codes with leading zeros', () => {
    const t = readCodeTable(rows(['024616', 'N1'], ['24700', 'N1']), OLD, NEW);
    expect(t.header).toBe(false);
    expect(t.rows).toEqual([{ oldCode: '24616', newCode: 'N1' }, { oldCode: '24700', newCode: 'N1' }]);
  });

  it('reports each unusable row by its line and reason and keeps the rest', () => {
    const t = readCodeTable(
      rows(['old_code', 'new_code'], ['24616', 'N1'], ['99999', 'N1'], ['24610', 'N9'], [''], ['24700'], ['', 'N2'], ['24616', 'N1'], ['24700', 'N2']),
      OLD, NEW,
    );
    expect(t.rows).toEqual([{ oldCode: '24616', newCode: 'N1' }, { oldCode: '24700', newCode: 'N2' }]);
    expect(t.issues).toEqual([
      { line: 3, problem: 'unknown-old', value: '99999' },
      { line: 4, problem: 'unknown-new', value: 'N9' },
      { line: 6, problem: 'too-few-columns' },
      { line: 7, problem: 'missing-old' },
      { line: 8, problem: 'duplicate', value: '24616 N1' },
    ]);
  });
});
