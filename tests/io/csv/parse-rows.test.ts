import { describe, expect, it } from 'vitest';
import { parseCsvRows, parseCsvRowsChunked } from '../../../src/io/csv/parse-rows';

describe('parseCsvRows', () => {
  it('numbers records by the line they start on, across quoted newlines and blank lines', () => {
    const text = 'a;b\r\n1;"x\r\ny"\r\n\r\n2;z\r\n3;"w\r\n\r\nq"\r\n4;k\r\n';
    const { rows, problems } = parseCsvRows(text, ';');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([[1, 'a'], [2, '1'], [4, ''], [5, '2'], [6, '3'], [9, '4']]);
    // every line number points at the record's first cell in the text
    const lines = text.split('\r\n');
    for (const r of rows) expect(lines[r.line - 1]?.startsWith(r.cells[0] ?? '')).toBe(true);
  });

  it('counts LF and lone CR line ends', () => {
    expect(parseCsvRows('a,b\n1,2\n\n3,4', ',').rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(parseCsvRows('a,b\r1,2\r3,4\r', ',').rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('reports an unterminated quote at the record it starts on', () => {
    const { problems } = parseCsvRows('a,b\n1,2\n3,"open\n4,5\n', ',');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.line).toBe(3);
  });
});

describe('parseCsvRowsChunked', () => {
  const text = ['id,v', ...Array.from({ length: 1000 }, (_, i) => `${i},"a\nb"`)].join('\n');

  it('gives the same rows as the one-shot parse, with rising progress ending at 1', async () => {
    const progress: number[] = [];
    const chunked = await parseCsvRowsChunked(text, ',', { rowsPerChunk: 100, onProgress: (f) => progress.push(f) });
    expect(chunked).toEqual(parseCsvRows(text, ','));
    expect(chunked.rows[1000]?.line).toBe(2 + 999 * 2);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] ?? 0))).toBe(true);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('rejects with the abort reason when aborted mid-way', async () => {
    const controller = new AbortController();
    const run = parseCsvRowsChunked(text, ',', {
      rowsPerChunk: 100, signal: controller.signal, onProgress: () => controller.abort(new Error('user cancelled')),
    });
    await expect(run).rejects.toThrow('user cancelled');
  });
});
