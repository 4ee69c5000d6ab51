import { describe, expect, it } from 'vitest';
import { guessMapping, headerKey } from '../../../src/io/csv/mapping';
import { parseMappingProfile } from '../../../src/io/csv/mapping-profile';

describe('guessMapping', () => {
  it('maps Vietnamese headers with diacritics', () => {
    const headers = ['Mã trạm', 'Tên trạm', 'Nhà mạng', 'Vĩ độ', 'Kinh độ', 'Công nghệ', 'Băng tần', 'Góc phương vị', 'Độ cao (m)', 'Góc ngẩng', 'Công suất'];
    expect(guessMapping(headers)).toEqual({
      siteId: 'Mã trạm', name: 'Tên trạm', carrier: 'Nhà mạng', lat: 'Vĩ độ', lon: 'Kinh độ', tech: 'Công nghệ',
      band: 'Băng tần', azimuth: 'Góc phương vị', height: 'Độ cao (m)', tilt: 'Góc ngẩng', power: 'Công suất',
    });
  });

  it('maps the same headers typed without diacritics, and English ones', () => {
    expect(guessMapping(['ma tram', 'vi do', 'kinh do', 'huong'])).toEqual({ siteId: 'ma tram', lat: 'vi do', lon: 'kinh do', azimuth: 'huong' });
    expect(guessMapping(['Site_Code', 'Operator', 'Latitude', 'Lng', 'RAT', 'Frequency', 'Antenna Height', 'Downtilt', 'Cell ID', 'Beamwidth'])).toEqual({
      siteId: 'Site_Code', carrier: 'Operator', lat: 'Latitude', lon: 'Lng', tech: 'RAT', band: 'Frequency',
      height: 'Antenna Height', tilt: 'Downtilt', cellId: 'Cell ID', beamwidth: 'Beamwidth',
    });
  });

  it('maps VN-2000 X/Y headers and leaves unknown columns out', () => {
    expect(guessMapping(['Toạ độ X (VN-2000)', 'Tọa độ Y', 'Ghi chú'])).toEqual({ x: 'Toạ độ X (VN-2000)', y: 'Tọa độ Y' });
  });

  it('uses each field once: the first matching header wins', () => {
    expect(guessMapping(['lat', 'latitude'])).toEqual({ lat: 'lat' });
  });

  it('folds headers to keys without units in brackets', () => {
    expect(headerKey('Độ cao (m)')).toBe('do_cao');
    expect(headerKey(' Vĩ độ [WGS84] ')).toBe('vi_do');
  });
});

describe('parseMappingProfile', () => {
  it('accepts a saved profile as JSON', () => {
    const json = JSON.parse('{"name":"VNPT ĐN","carrier":"VNPT","crs":"vn2000","province":"Đắk Nông","delimiter":";","mapping":{"siteId":"MA","x":"X","y":"Y"}}');
    expect(parseMappingProfile(json)).toEqual({
      name: 'VNPT ĐN', carrier: 'VNPT', crs: 'vn2000', province: 'Đắk Nông', delimiter: ';', mapping: { siteId: 'MA', x: 'X', y: 'Y' },
    });
  });

  it.each([
    [[], /JSON object/],
    [{ name: 'a', crs: 'utm', mapping: {} }, /"crs"/],
    [{ name: 'a', crs: 'wgs84', mapping: { latitude: 'Lat' } }, /unknown field "latitude"/],
    [{ name: 'a', crs: 'wgs84', mapping: { lat: 5 } }, /mapping\.lat/],
    [{ name: '', crs: 'wgs84', mapping: {} }, /"name"/],
    [{ name: 'a', crs: 'wgs84', mapping: {}, delimiter: ':' }, /"delimiter"/],
  ])('rejects %j', (json, reason) => {
    expect(parseMappingProfile(json)).toMatch(reason);
  });
});
