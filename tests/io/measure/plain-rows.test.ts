import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isPlainCsv, PlainRows } from '../../../src/io/measure/plain-rows';
import { readMeasurementsCsv } from '../../../src/io/measure/read-measurements';

const AREA = [107.2, 11.7, 108.2, 12.9] as const;

function plainRows(text: string, delimiter: string, max = Infinity): [string[], number][] {
  const out: [string[], number][] = [];
  new PlainRows(text, delimiter).next(max, (cells, line) => out.push([cells, line]) > 0);
  return out;
}

describe('rows split directly', () => {
  it('splits a quote-free text as papaparse does, blank and whitespace rows skipped, with editor line numbers', () => {
    for (const end of ['\n', '\r\n']) {
      const text = ['a;b;c', '1;2;3', '', '  ', ' ; ;', '4;;6', '7;8;9', ''].join(end);
      const papa = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: 'greedy' }).data;
      const rows = plainRows(text, ';');
      expect(rows.map(([cells]) => cells)).toEqual(papa);
      expect(rows.map(([, line]) => line)).toEqual([1, 2, 6, 7]);
    }
  });

  it('stops where asked and goes on from there', () => {
    const rows = new PlainRows('h\n1\n2\n3', ',');
    const seen: string[] = [];
    expect(rows.next(2, (c) => seen.push(c[0] ?? '') > 0)).toBe(2);
    expect(rows.done).toBe(false);
    expect(rows.next(10, (c) => seen.push(c[0] ?? '') > 0)).toBe(2);
    expect(rows.done).toBe(true);
    expect(seen).toEqual(['h', '1', '2', '3']);
  });

  it('leaves quoted texts and mixed or lone CR line ends to papaparse', () => {
    expect(isPlainCsv('a,b\n1,2\n')).toBe(true);
    expect(isPlainCsv('a,b\r\n1,2\r\n')).toBe(true);
    expect(isPlainCsv('a,b\n"1,5",2\n')).toBe(false);
    expect(isPlainCsv('a,b\r\n1,2\n3,4')).toBe(false);
    expect(isPlainCsv('a,b\r1,2\r')).toBe(false);
  });

  it('reads a file the same whether it goes through the direct split or papaparse', () => {
    const rows = ['lat,lon,rsrp,site'];
    for (let i = 0; i < 60; i++) rows.push(`${12 + i / 100},107.5,${i % 9 === 0 ? 'x' : -90 - (i % 30)},S${i % 4}`);
    const plain = `${rows.join('\n')}\n\n`;
    const quoted = plain.replace('lat,lon', '"lat",lon');
    expect(isPlainCsv(plain)).toBe(true);
    expect(isPlainCsv(quoted)).toBe(false);
    const a = readMeasurementsCsv(plain, { fileName: 'd.csv', area: AREA });
    const b = readMeasurementsCsv(quoted, { fileName: 'd.csv', area: AREA });
    expect(a.set?.count).toBe(b.set?.count);
    expect(a.set?.count).toBeGreaterThan(40);
    expect([...(a.set?.line ?? [])]).toEqual([...(b.set?.line ?? [])]);
    expect(a.issues).toEqual(b.issues);
  });
});
