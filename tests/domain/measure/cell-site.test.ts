import { describe, expect, it } from 'vitest';
import { siteOfCellId } from '../../../src/domain/measure/cell-site';

const sites = new Set(['VTL-0063', 'HNI_0012', 'S7']);
const isSite = (id: string) => sites.has(id);

describe('the site a cell id names', () => {
  it('is the id without its sector part, or the id itself, when that is a loaded site', () => {
    expect(siteOfCellId('VTL-0063-2', isSite)).toBe('VTL-0063');
    expect(siteOfCellId('HNI_0012_1', isSite)).toBe('HNI_0012');
    expect(siteOfCellId(' S7 ', isSite)).toBe('S7');
  });

  it('is none when no loaded site matches', () => {
    expect(siteOfCellId('VTL-0099-2', isSite)).toBeNull();
    expect(siteOfCellId('VTL', isSite)).toBeNull();
    expect(siteOfCellId('', isSite)).toBeNull();
  });
});
