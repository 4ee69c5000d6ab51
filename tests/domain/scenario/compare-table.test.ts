import { describe, expect, it } from 'vitest';
import { rowChanged, type CompareRow } from '../../../src/domain/scenario/compare-table';

const row = (over: Partial<CompareRow> = {}): CompareRow => ({
  code: '24610', name: 'Xã Quảng Khê', population: 9000,
  areaA: 40, areaB: 40, areaDiff: 0, popA: 60, popB: 60, popDiff: 0, villagesA: 50, villagesB: 50, villagesDiff: 0, sitesA: 3, sitesB: 3,
  ...over,
});

describe('rowChanged (the compare view\'s "changed units only")', () => {
  it('keeps a unit whose area, population or village share moved by a shown amount, or whose site count changed', () => {
    expect(rowChanged(row({ areaDiff: 0.05 }))).toBe(true);
    expect(rowChanged(row({ popDiff: -1.2 }))).toBe(true);
    expect(rowChanged(row({ villagesDiff: 12.5 }))).toBe(true);
    expect(rowChanged(row({ sitesB: 4 }))).toBe(true);
  });

  it('drops a unit whose differences round to nothing on screen', () => {
    expect(rowChanged(row())).toBe(false);
    expect(rowChanged(row({ areaDiff: 0.049, popDiff: -0.04 }))).toBe(false);
  });
});
