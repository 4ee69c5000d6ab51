import { describe, it, expect } from 'vitest';
import { layoutTablePages, paginate } from '../../../src/domain/print/table-pages';

describe('paginate', () => {
  it('covers every row exactly once, in order, with only the last page short', () => {
    const pages = paginate(71, 30);
    expect(pages).toEqual([{ start: 0, end: 30 }, { start: 30, end: 60 }, { start: 60, end: 71 }]);
    expect(paginate(60, 30)).toHaveLength(2);
    expect(paginate(0, 30)).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('layoutTablePages', () => {
  it('fits as many rows as the space between title and footer allows', () => {
    const l = layoutTablePages(71, { paper: 'A4', orientation: 'portrait', marginMm: 10, rowHeightMm: 6, headerHeightMm: 8, titleHeightMm: 12, footerHeightMm: 10 });
    // 297 − 2·10 margins − 12 title − 10 footer − 8 header = 247 mm → 41 rows of 6 mm.
    expect(l.rowsPerPage).toBe(41);
    expect(l.pages).toHaveLength(2);
    expect(l.table.y + l.table.h).toBeLessThanOrEqual(l.footer.y);
    const landscape = layoutTablePages(71, { paper: 'A4', orientation: 'landscape' });
    expect(landscape.rowsPerPage).toBeLessThan(l.rowsPerPage);
    expect(landscape.pages.reduce((s, p) => s + p.end - p.start, 0)).toBe(71);
  });
});
