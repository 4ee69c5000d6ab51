import { describe, expect, it } from 'vitest';
import { deleteProfile, loadProfiles, matchingProfile, profileFileName, profileJson, saveProfile } from '../../src/app/import-profiles';
import { parseMappingProfile, type MappingProfile } from '../../src/io/csv';

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('profile download', () => {
  it('writes JSON that the CLI profile reader reads back as the same profile, under a plain file name', () => {
    const profile: MappingProfile = {
      name: 'Viettel 2025 (Đắk Nông)', carrier: 'Viettel', crs: 'mixed', province: 'Đắk Nông', delimiter: ';', decimalComma: true, maxRowsApartM: 250,
      mapping: { siteId: 'Mã trạm', lat: 'Vĩ độ', lon: 'Kinh độ', x: 'Toạ độ X', y: 'Toạ độ Y' },
    };
    expect(parseMappingProfile(JSON.parse(profileJson(profile)))).toEqual(profile);
    expect(profileFileName(profile.name)).toBe('viettel-2025-dak-nong.profile.json');
    expect(profileFileName('***')).toBe('mapping.profile.json');
    expect(parseMappingProfile({ ...profile, maxRowsApartM: -1 })).toMatch(/"maxRowsApartM" must be a distance in metres/);
  });
});

describe('CSV mapping profiles', () => {
  it('saves, lists, matches by headers (case, accents, units ignored) and deletes', () => {
    const kv = memory();
    expect(loadProfiles(kv)).toEqual([]);
    saveProfile({ profile: { name: 'VT', carrier: 'Viettel', crs: 'wgs84', mapping: { siteId: 'Mã trạm', lat: 'Vĩ độ', lon: 'Kinh độ' } }, headers: ['Mã trạm', 'Vĩ độ', 'Kinh độ'] }, kv);
    saveProfile({ profile: { name: 'VT', carrier: 'Viettel', crs: 'vn2000', province: 'Đắk Nông', mapping: { x: 'X', y: 'Y' } }, headers: ['Mã trạm', 'X', 'Y'] }, kv);
    saveProfile({ profile: { name: 'VNPT', crs: 'wgs84', mapping: {} }, headers: ['a', 'b'] }, kv);
    const list = loadProfiles(kv);
    expect(list.map((p) => [p.profile.name, p.profile.crs])).toEqual([['VT', 'vn2000'], ['VNPT', 'wgs84']]);
    expect(matchingProfile(list, ['MA TRAM', 'x (m)', 'Y'])?.profile.name).toBe('VT');
    expect(matchingProfile(list, ['Mã trạm', 'X'])).toBeNull();
    expect(deleteProfile('VT', 'Viettel', kv).map((p) => p.profile.name)).toEqual(['VNPT']);
  });

  it('skips damaged storage instead of failing', () => {
    const kv = memory();
    kv.setItem('phusong.csvProfiles', '[{"profile":{"name":"x","crs":"utm","mapping":{}},"headers":[]}, 3]');
    expect(loadProfiles(kv)).toEqual([]);
    kv.setItem('phusong.csvProfiles', 'not json');
    expect(loadProfiles(kv)).toEqual([]);
  });
});
