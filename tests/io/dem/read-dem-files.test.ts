import { describe, expect, it } from 'vitest';
import { readDemFiles } from '../../../src/io/dem/read-dem-files';
import { makeHgt } from './make-dem';

describe('readDemFiles with File-like inputs', () => {
  it('reads a Blob whose `bytes` is a method (as recent browsers have), not mistaking the method for data', async () => {
    const data = makeHgt(1201, 107, 12, () => 640);
    const file = {
      name: 'N12E107.hgt',
      size: data.length,
      bytes: () => Promise.resolve(data),
      arrayBuffer: () => Promise.resolve(data.slice().buffer),
    };
    const read = await readDemFiles([file]);
    expect(read.issues).toEqual([]);
    expect(read.tiles).toHaveLength(1);
    expect(read.tiles[0]?.values[1201 * 600 + 600]).toBe(640);
  });
});
