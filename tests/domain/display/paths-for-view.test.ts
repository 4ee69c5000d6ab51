import { describe, expect, it } from 'vitest';
import { pathBoxes, pathsInView, simplifiedPaths, toleranceDeg } from '../../../src/domain/display/paths-for-view';

/** A wiggly line of `n` points along a parallel from `lon`, the wiggle `amp` degrees. */
const wiggle = (id: string, lon: number, n: number, amp: number) => ({
  id,
  coordinates: Array.from({ length: n }, (_, i) => [lon + i * 0.001, 12 + (i % 2) * amp]),
});

describe('paths for a view', () => {
  it('drop wiggles under half a pixel, keep larger ones and both ends', () => {
    const small = wiggle('a', 107, 200, toleranceDeg(9) / 4);
    const large = wiggle('b', 107, 200, toleranceDeg(9) * 4);
    const [s, l] = simplifiedPaths([small, large], 9);
    expect(s?.coordinates.length).toBe(2);
    expect(s?.coordinates[0]).toEqual([107, 12]);
    expect(s?.coordinates[1]?.[0]).toBeCloseTo(107.199, 9);
    expect(l?.coordinates.length).toBe(200);
    expect(s?.item).toBe(small);
  });

  it('keep the lines whose box meets the widened view', () => {
    const paths = simplifiedPaths([wiggle('near', 107, 10, 0), wiggle('far', 100, 10, 0)], 12);
    const shown = pathsInView(paths, pathBoxes(paths), [107.0, 11.9, 107.01, 12.1]);
    expect(shown.map((p) => p.item.id)).toEqual(['near']);
  });
});
