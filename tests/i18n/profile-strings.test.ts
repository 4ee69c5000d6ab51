import { describe, expect, it } from 'vitest';
import { PROFILE_STRINGS, profileT, type ProfileStringKey } from '../../src/i18n/profile-strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('terrain profile texts', () => {
  it('every key says the same placeholders in Vietnamese and English', () => {
    for (const key of Object.keys(PROFILE_STRINGS.vi) as ProfileStringKey[]) {
      expect(placeholders(PROFILE_STRINGS.en[key]), key).toEqual(placeholders(PROFILE_STRINGS.vi[key]));
    }
  });

  it('fills them', () => {
    expect(profileT('en', 'minClearance', { pct: '62 %', m: '5.8', km: '3.10' })).toBe('Least clearance 62 % of F1 (5.8 m) at 3.10 km');
    expect(profileT('vi', 'hopFail')).toBe('KHÔNG ĐẠT');
  });
});
