import { describe, it, expect } from 'vitest';
import { buildCrosswalk, crosswalkFromTable } from '../../../src/domain/boundaries/crosswalk';
import { mainSuccessor } from '../../../src/domain/boundaries/crosswalk-types';
import { rectUnit } from './test-units';

// Old: four 0.1° squares in a 2×2 block. New: the west column merged, the east column merged, plus a
// unit straddling the old A/B border that matches nothing fully.
const A = rectUnit('A', 107.0, 12.0, 107.1, 12.1);
const B = rectUnit('B', 107.1, 12.0, 107.2, 12.1);
const C = rectUnit('C', 107.0, 12.1, 107.1, 12.2);
const D = rectUnit('D', 107.1, 12.1, 107.2, 12.2);

describe('buildCrosswalk', () => {
  it('links each old unit wholly to the merged unit that contains it and marks the merges as nesting', () => {
    const west = rectUnit('W', 107.0, 12.0, 107.1, 12.2);
    const east = rectUnit('E', 107.1, 12.0, 107.2, 12.2);
    const cw = buildCrosswalk([A, B, C, D], [west, east]);
    expect(cw.links).toHaveLength(4);
    for (const l of cw.links) expect(l.share).toBeGreaterThan(0.99);
    expect(cw.byNew.get('W')?.map((l) => l.oldCode).sort()).toEqual(['A', 'C']);
    expect(cw.byNew.get('E')?.map((l) => l.oldCode).sort()).toEqual(['B', 'D']);
    expect(cw.nests.get('W')).toBe(true);
    expect(cw.nests.get('E')).toBe(true);
    expect(cw.unmatched).toEqual({ old: [], new: [] });
    // A 0.1° square at 12°N is about 11.1 km × 10.9 km ≈ 121 km².
    const areaA = cw.byOld.get('A')?.[0]?.areaKm2 ?? 0;
    expect(areaA).toBeGreaterThan(118);
    expect(areaA).toBeLessThan(124);
  });

  it('splits an old unit by area when a new border cuts through it, and such a unit does not nest', () => {
    const left = rectUnit('L', 107.0, 12.0, 107.125, 12.1);
    const right = rectUnit('R', 107.125, 12.0, 107.2, 12.1);
    const cw = buildCrosswalk([A, B], [left, right]);
    const bLinks = cw.byOld.get('B') ?? [];
    expect(bLinks.map((l) => l.newCode)).toEqual(['R', 'L']);
    expect(bLinks[0]?.share ?? 0).toBeCloseTo(0.75, 1);
    expect(bLinks[1]?.share ?? 0).toBeCloseTo(0.25, 1);
    // R lies wholly inside B but takes only part of it: it is a split, not a merge of whole units.
    expect(cw.nests.get('L')).toBe(false);
    expect(cw.nests.get('R')).toBe(false);
    expect(mainSuccessor(cw, 'B')).toBe('R');
  });

  it('reports units on either side that overlap nothing', () => {
    const far = rectUnit('FAR', 108.0, 13.0, 108.1, 13.1);
    const cw = buildCrosswalk([A, far], [rectUnit('N', 107.0, 12.0, 107.1, 12.1), rectUnit('N2', 109, 14, 109.1, 14.1)]);
    expect(cw.unmatched.old).toEqual(['FAR']);
    expect(cw.unmatched.new).toEqual(['N2']);
    expect(cw.nests.get('N2')).toBe(false);
  });

  it('places an old unit smaller than a grid cell by a point on its surface', () => {
    const tiny = rectUnit('T', 107.05, 12.05, 107.0502, 12.0502);
    const cw = buildCrosswalk([tiny], [rectUnit('N', 107.0, 12.0, 107.1, 12.1)], { cellSizeM: 200 });
    expect(cw.byOld.get('T')?.[0]?.newCode).toBe('N');
  });
});

describe('crosswalkFromTable', () => {
  it('indexes a code table, splitting a duplicated old code evenly', () => {
    const cw = crosswalkFromTable([
      { oldCode: '1', newCode: 'X' }, { oldCode: '2', newCode: 'X' }, { oldCode: '2', newCode: 'X' },
      { oldCode: '3', newCode: 'Y' }, { oldCode: '3', newCode: 'Z' }, { oldCode: '4', newCode: 'Z' },
    ]);
    expect(cw.links).toHaveLength(5);
    expect(cw.byNew.get('X')?.map((l) => l.oldCode).sort()).toEqual(['1', '2']);
    expect(cw.byOld.get('3')?.map((l) => l.share)).toEqual([0.5, 0.5]);
    expect(cw.nests.get('X')).toBe(true);
    expect(cw.nests.get('Y')).toBe(false);
    expect(cw.nests.get('Z')).toBe(false);
  });
});
