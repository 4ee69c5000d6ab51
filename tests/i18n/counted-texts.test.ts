import { describe, expect, it } from 'vitest';
import { deltaSummaryText, resetEditsLabel } from '../../src/i18n/counted-texts';
import { siteName } from '../../src/i18n/site-name-strings';
import { newProposedSite, nextProposedId } from '../../src/domain/scenario/proposed-site';

describe('texts that follow a count', () => {
  it('English says one edit and one village in the singular, more in the plural; Vietnamese does not change', () => {
    expect(resetEditsLabel('en', 1)).toBe('Discard 1 edit');
    expect(resetEditsLabel('en', 2)).toBe('Discard 2 edits');
    expect(resetEditsLabel('vi', 1)).toBe('Bỏ 1 thay đổi');
    const shown = (villages: string) => ({ villages, people: '+120', area: '+3.5' });
    expect(deltaSummaryText('en', 1, shown('+1'))).toBe('+1 village, +120 people, +3.5 km²');
    expect(deltaSummaryText('en', -1, shown('−1'))).toBe('−1 village, +120 people, +3.5 km²');
    expect(deltaSummaryText('en', 0, shown('±0'))).toBe('±0 villages, +120 people, +3.5 km²');
    expect(deltaSummaryText('en', 4, shown('+4'))).toBe('+4 villages, +120 people, +3.5 km²');
    expect(deltaSummaryText('vi', 1, shown('+1'))).toBe('+1 thôn, +120 người, +3.5 km²');
  });
});

describe('site names', () => {
  it('a hand-placed proposed site stores no name and is called "Proposed N" in English, "Đề xuất N" in Vietnamese', () => {
    const id = nextProposedId(new Set(['P-1', 'P-2']));
    const site = newProposedSite(id, 107.7, 12.1, 'Proposed');
    expect(site.name).toBe('');
    expect(siteName('en', site)).toBe('Proposed 3');
    expect(siteName('vi', site)).toBe('Đề xuất 3');
  });

  it("the Vietnamese default saved by older projects reads in the UI's language; a planner's own name is kept", () => {
    expect(siteName('en', { id: 'P-7', name: 'Đề xuất 7' })).toBe('Proposed 7');
    expect(siteName('en', { id: 'P-7', name: 'Trạm bon Bu Prăng' })).toBe('Trạm bon Bu Prăng');
    expect(siteName('en', { id: 'BTS-12', name: '' })).toBe('BTS-12');
    expect(siteName('en', { id: 'BTS-12', name: 'Đề xuất 7' })).toBe('Đề xuất 7');
  });
});
