import { describe, expect, it } from 'vitest';
import { readMeasurementsCsv } from '../../../src/io/measure/read-measurements';
import { sampleHash, SampleRepeats, type SampleKey } from '../../../src/io/measure/sample-repeats';

const base: SampleKey = { lon: 107.5, lat: 12.1, level: -95.5, time: '2026-12-05 09:00:00', site: 'S1', cell: 'S1-2' };
/** Every key in one bucket: only the comparison of the stored values can tell samples apart. */
const allCollide = (): number => 7;

describe('repeated samples by numeric hash', () => {
  it('finds an exact repeat and only that, with the real hash and when every hash collides', () => {
    for (const repeats of [new SampleRepeats(), new SampleRepeats(allCollide)]) {
      expect(repeats.repeats(base)).toBe(false);
      expect(repeats.repeats({ ...base })).toBe(true);
      const nearly: SampleKey[] = [
        { ...base, lon: 107.50000000000001 }, { ...base, lat: 12.100001 }, { ...base, level: -95.4 },
        { ...base, time: '2026-12-05 09:00:01' }, { ...base, site: 'S2' }, { ...base, cell: 'S1-3' }, { ...base, cell: '' },
      ];
      for (const k of nearly) expect(repeats.repeats(k)).toBe(false);
      for (const k of nearly) expect(repeats.repeats({ ...k })).toBe(true);
    }
  });

  it('keeps the boundaries between time, site and cell (text once joined with commas)', () => {
    const repeats = new SampleRepeats(allCollide);
    expect(repeats.repeats({ ...base, time: 't1,x', site: 'S', cell: '' })).toBe(false);
    expect(repeats.repeats({ ...base, time: 't1', site: 'x,S', cell: '' })).toBe(false);
    expect(repeats.repeats({ ...base, time: 't1', site: 'x', cell: 'S' })).toBe(false);
    expect(repeats.repeats({ ...base, time: 't1xS', site: '', cell: '' })).toBe(false);
    expect(repeats.repeats({ ...base, time: 't1', site: 'x', cell: 'S' })).toBe(true);
  });

  it('stays exact as its table and text store grow past their first size', () => {
    const repeats = new SampleRepeats(sampleHash, 16);
    const colliding = new SampleRepeats((k) => Math.floor(k.level) & 3, 16);
    const keys = Array.from({ length: 3000 }, (_, i) => ({ ...base, lon: 107 + (i % 100) / 1000, level: -60 - (i % 30), time: `t${i}` }));
    for (const k of keys) {
      expect(repeats.repeats(k)).toBe(false);
      expect(colliding.repeats(k)).toBe(false);
    }
    for (const k of keys) {
      expect(repeats.repeats({ ...k })).toBe(true);
      expect(colliding.repeats({ ...k })).toBe(true);
    }
  });

  it('hashes equal keys equally and 0 as -0', () => {
    expect(sampleHash({ ...base })).toBe(sampleHash(base));
    expect(sampleHash({ ...base, lon: 0 })).toBe(sampleHash({ ...base, lon: -0 }));
    expect(sampleHash({ ...base, site: 'S2' })).not.toBe(sampleHash(base));
  });

  it('does not take a sample for a repeat when its time and site only join to the same text', () => {
    const text = ['lat;lon;rsrp;time;site', '12.1;107.5;-90;t1,x;S', '12.1;107.5;-90;t1;x,S', '12.1;107.5;-90;t1;x,S'].join('\n');
    const r = readMeasurementsCsv(text, { fileName: 'drive.csv', area: [107.2, 11.7, 108.2, 12.9] });
    expect(r.set?.count).toBe(2);
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([[4, 'm-duplicate']]);
  });
});
