import { describe, expect, it } from 'vitest';
import { longDate, placeDate } from '../../src/i18n/official-strings';

describe('place and date in the administrative form', () => {
  it('Vietnamese: a day below 10 and the months 1 and 2 take a leading zero (Nghị định 30/2020)', () => {
    expect(placeDate('vi', 'Lâm Đồng', '2026-12-03')).toBe('Lâm Đồng, ngày 03 tháng 12 năm 2026');
    expect(placeDate('vi', '  Lâm   Đồng ', '2026-02-14')).toBe('Lâm Đồng, ngày 14 tháng 02 năm 2026');
    expect(longDate('vi', '2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
  });

  it('English: day, month name, year', () => {
    expect(placeDate('en', 'Lâm Đồng', '2026-12-03')).toBe('Lâm Đồng, 3 December 2026');
    expect(longDate('en', '2026-01-30')).toBe('30 January 2026');
  });

  it('without a place the date alone, capitalised; a text that is not a date as given', () => {
    expect(placeDate('vi', '', '2026-12-03')).toBe('Ngày 03 tháng 12 năm 2026');
    expect(longDate('vi', 'cuối quý IV')).toBe('cuối quý IV');
    expect(longDate('vi', '2026-13-01')).toBe('2026-13-01');
  });
});
