import { describe, expect, it } from 'vitest';
import { AreaIndex, PointIndex, nearestTarget } from '../../../src/domain/display/hit-test';
import type { UnitGeometry } from '../../../src/domain/model/types';

const square = (x: number, y: number, size: number): UnitGeometry => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

describe('nearestTarget', () => {
  it('finds the nearest target the point lies within, none past every radius, none among no targets', () => {
    const targets = [{ x: 0, y: 0, radiusPx: 5 }, { x: 10, y: 0, radiusPx: 5 }, { x: 6, y: 0, radiusPx: 2 }];
    expect(nearestTarget(targets, 7, 0)).toBe(2);
    expect(nearestTarget(targets, 9, 0)).toBe(1);
    expect(nearestTarget(targets, 2, 0)).toBe(0);
    expect(nearestTarget(targets, 0, 5.01)).toBe(-1);
    expect(nearestTarget(targets, 0, 5)).toBe(0);
    expect(nearestTarget([], 0, 0)).toBe(-1);
  });

  it('on a tie the later target (drawn on top) wins', () => {
    expect(nearestTarget([{ x: 0, y: 0, radiusPx: 4 }, { x: 4, y: 0, radiusPx: 4 }], 2, 0)).toBe(1);
    expect(nearestTarget([{ x: 1, y: 1, radiusPx: 4 }, { x: 1, y: 1, radiusPx: 4 }, { x: 9, y: 9, radiusPx: 4 }], 1, 1)).toBe(1);
  });
});

describe('PointIndex', () => {
  it('lists the points inside a box in draw order; an empty index finds nothing', () => {
    const index = new PointIndex([[107, 12], [107.5, 12.5], [108, 13], [107.2, 12.1]]);
    expect(index.within(106.9, 11.9, 107.6, 12.6)).toEqual([0, 1, 3]);
    expect(index.within(110, 10, 111, 11)).toEqual([]);
    expect(new PointIndex([]).within(-180, -90, 180, 90)).toEqual([]);
  });
});

describe('AreaIndex', () => {
  it('returns the topmost polygon containing the point, skipping features without one', () => {
    const index = new AreaIndex([square(0, 0, 10), null, square(5, 5, 10), square(20, 20, 1)]);
    expect(index.topAt(2, 2)).toBe(0);
    expect(index.topAt(7, 7)).toBe(2);
    expect(index.topAt(12, 12)).toBe(2);
    expect(index.topAt(18, 18)).toBe(-1);
    expect(new AreaIndex([]).topAt(0, 0)).toBe(-1);
  });
});
