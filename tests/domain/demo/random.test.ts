import { describe, expect, it } from 'vitest';
import { allocateInteger } from '../../../src/domain/demo/allocation';
import { Rng } from '../../../src/domain/demo/random';

describe('Rng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(sa);
  });

  it('stays in range and is roughly uniform', () => {
    const r = new Rng(7);
    const xs = Array.from({ length: 20000 }, () => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 1.5);
    const ints = Array.from({ length: 1000 }, () => r.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });

  it('shuffles into a permutation', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = new Rng(1).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
  });
});

describe('allocateInteger', () => {
  it('sums exactly, respects the floor and follows the weights', () => {
    const out = allocateInteger([1, 2, 3, 0.1], 100, 3);
    expect(out.reduce((s, x) => s + x, 0)).toBe(100);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(3);
    expect(out[2]).toBeGreaterThan(out[1] ?? 0);
    expect(out[1]).toBeGreaterThan(out[0] ?? 0);
  });

  it('rejects an impossible floor', () => {
    expect(() => allocateInteger([1, 1], 3, 2)).toThrow();
  });
});
