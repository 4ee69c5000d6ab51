import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { distance } from '@turf/turf';
import { centralMeridianOf } from '../../../src/io/coords/vn2000-meridians';
import { resolveXy, vn2000ToWgs84, wgs84ToVn2000 } from '../../../src/io/coords/vn2000';

/**
 * Written independently of the module: VN-2000 as a 3° TM on the WGS84 ellipsoid given by its axes, with the
 * Decision 05/2007/QĐ-BTNMT shift, and the meridian of Đắk Nông (108°30').
 */
const DAK_NONG_VN2000 = '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +a=6378137 +rf=298.257223563 '
  + '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs';
const NO_SHIFT = '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +a=6378137 +rf=298.257223563 +units=m +no_defs';
const metres = (a: readonly [number, number], b: readonly [number, number]) => distance([a[0], a[1]], [b[0], b[1]], { units: 'meters' });

describe('VN-2000 → WGS84', () => {
  const giaNghia: [number, number] = [107.69123, 12.00421];
  const [easting = 0, northing = 0] = proj4('WGS84', DAK_NONG_VN2000, giaNghia);

  it('agrees with an independently written projection within 1 m', () => {
    const lonLat = vn2000ToWgs84(easting, northing, 108.5);
    expect(metres(lonLat, giaNghia)).toBeLessThan(1);
  });

  it('round-trips within 1 m and applies the datum shift (the unshifted grid is ~100+ m off)', () => {
    const there = wgs84ToVn2000(giaNghia[0], giaNghia[1], 108.5);
    expect(Math.abs(there.easting - easting)).toBeLessThan(1);
    expect(metres(vn2000ToWgs84(there.easting, there.northing, 108.5), giaNghia)).toBeLessThan(1);
    const unshifted = proj4(NO_SHIFT, 'WGS84', [easting, northing]) as [number, number];
    const shift = metres(unshifted, giaNghia);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(500);
  });

  it('puts a point west of the zone meridian west of 500 km easting, at the latitude-scale northing', () => {
    expect(easting).toBeLessThan(500_000);
    // ~110.6 km per degree of latitude near 12°N
    expect(northing / 12.00421).toBeGreaterThan(110_000);
    expect(northing / 12.00421).toBeLessThan(111_000);
  });
});

describe('resolveXy', () => {
  it('takes X as northing (surveying) or easting (GIS) by plausibility', () => {
    expect(resolveXy(1_327_660, 411_736)).toEqual({ easting: 411_736, northing: 1_327_660, order: 'x-northing' });
    expect(resolveXy(411_736, 1_327_660)).toEqual({ easting: 411_736, northing: 1_327_660, order: 'x-easting' });
    expect(resolveXy(12.5, 107.6)).toMatch(/not VN-2000 metres/);
  });
});

describe('centralMeridianOf', () => {
  it('knows the Central Highlands and neighbours, with or without diacritics', () => {
    expect(centralMeridianOf('Đắk Nông')).toBe(108.5);
    expect(centralMeridianOf('Tỉnh Dak Nong')).toBe(108.5);
    expect(centralMeridianOf('Lâm Đồng')).toBe(107.75);
    expect(centralMeridianOf('kon tum')).toBe(107.5);
    expect(centralMeridianOf('Bình Phước')).toBe(106.25);
    expect(centralMeridianOf('Hà Nội')).toBe(105);
    // Rows of the circular's annex beyond the Central Highlands (Lai Châu 103°00′, Lạng Sơn 107°15′, Long An 105°45′).
    expect(centralMeridianOf('Lai Châu')).toBe(103);
    expect(centralMeridianOf('Lạng Sơn')).toBe(107.25);
    expect(centralMeridianOf('Long An')).toBe(105.75);
    expect(centralMeridianOf('Bắc Cạn')).toBe(106.5);
    expect(centralMeridianOf('Hoà Bình')).toBe(106);
    expect(centralMeridianOf('TP HCM')).toBe(105.75);
    expect(centralMeridianOf('Atlantis')).toBeNull();
  });
});
