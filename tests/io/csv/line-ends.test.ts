import { describe, expect, it } from 'vitest';
import { importSitesCsv, parseCsvRows, parseCsvRowsChunked } from '../../../src/io/csv';

const HEADER = 'id,name,lat,lon,azimuth';
const ROWS = ['A,Trạm A,12.1,107.6,0', 'B,Trạm B,12.2,107.7,90', 'C,Trạm C,12.3,107.8,400', 'D,Trạm D,12.4,107.9,180', 'E,Trạm E,12.5,107.5,270'];

function imported(text: string) {
  return importSitesCsv(new TextEncoder().encode(text), { fileName: 's.csv' }).result;
}

describe('line ends', () => {
  it('splits a file with lone CR line ends (old Mac Excel) into its rows', () => {
    const r = imported(`${[HEADER, ...ROWS].join('\r')}\r`);
    expect(r.stats.dataRows).toBe(5);
    expect(r.items.map((s) => s.id)).toEqual(['A', 'B', 'D', 'E']);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual([4]);
  });

  it('splits a file mixing CRLF, LF and lone CR, losing no site and naming the right lines', () => {
    const text = `${HEADER}\r\n${ROWS[0]}\r\n${ROWS[1]}\r${ROWS[2]}\n${ROWS[3]}\r\n${ROWS[4]}\n`;
    const r = imported(text);
    expect(r.stats.dataRows).toBe(5);
    expect(r.items.map((s) => s.id)).toEqual(['A', 'B', 'D', 'E']);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.value])).toEqual([[4, '400']]);
    expect(r.issues.filter((i) => i.code === 'extraCells')).toEqual([]);
  });

  it('starting with LF and later using lone CR, still splits every row', () => {
    const r = imported(`${HEADER}\n${ROWS[0]}\n${ROWS[1]}\r${ROWS[3]}\r${ROWS[4]}`);
    expect(r.items.map((s) => s.id)).toEqual(['A', 'B', 'D', 'E']);
  });

  it('takes a quote inside an unquoted cell as text, not as the start of a quoted cell', () => {
    const { rows } = parseCsvRows('id,name\r\nA,5" mast\rB,x\nC,"y"\r', ',');
    expect(rows.map((r) => [r.line, ...r.cells])).toEqual([[1, 'id', 'name'], [2, 'A', '5" mast'], [3, 'B', 'x'], [4, 'C', 'y']]);
  });

  it('keeps line ends inside quoted cells and counts them as lines', async () => {
    const text = `${HEADER}\r"A","Trạm\r\nA",12.1,107.6,0\r\nB,"x\ry",12.2,107.7,90\rC,Trạm C,12.3,107.8,0\n`;
    const { rows, problems } = parseCsvRows(text, ',');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.cells[0], r.cells[1]])).toEqual([[1, 'id', 'name'], [2, 'A', 'Trạm\r\nA'], [4, 'B', 'x\ry'], [6, 'C', 'Trạm C']]);
    const chunked = await parseCsvRowsChunked(text, ',', { rowsPerChunk: 1 });
    expect(chunked.rows).toEqual(rows);
  });
});
