import proj4 from 'proj4';
import type { LngLat } from '../../domain/model/types';

/** Official VN-2000 → WGS84 7-parameter shift (Decision 05/2007/QĐ-BTNMT): dx, dy, dz m; rx, ry, rz arc-seconds; ppm. */
export const VN2000_TOWGS84 = [-191.90441429, -39.30318279, -111.45032835, -0.00928836, 0.01975479, -0.00427372, 0.252906278] as const;

/** Provincial maps use a 3° zone with scale 0.9999; national 6° zones use 0.9996. */
export function vn2000Proj4(centralMeridianDeg: number, zoneWidthDeg: 3 | 6 = 3): string {
  const k = zoneWidthDeg === 3 ? 0.9999 : 0.9996;
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridianDeg} +k=${k} +x_0=500000 +y_0=0 +ellps=WGS84 `
    + `+towgs84=${VN2000_TOWGS84.join(',')} +units=m +no_defs`;
}

const converters = new Map<string, proj4.Converter>();

function converterFor(centralMeridianDeg: number): proj4.Converter {
  const def = vn2000Proj4(centralMeridianDeg);
  let conv = converters.get(def);
  if (!conv) {
    conv = proj4(def, 'WGS84');
    converters.set(def, conv);
  }
  return conv;
}

/** VN-2000 easting/northing in metres (3° zone) → WGS84 [lon, lat]. */
export function vn2000ToWgs84(easting: number, northing: number, centralMeridianDeg: number): LngLat {
  const [lon = NaN, lat = NaN] = converterFor(centralMeridianDeg).forward([easting, northing]);
  return [lon, lat];
}

/** WGS84 → VN-2000 easting/northing in metres (3° zone). */
export function wgs84ToVn2000(lon: number, lat: number, centralMeridianDeg: number): { easting: number; northing: number } {
  const [easting = NaN, northing = NaN] = converterFor(centralMeridianDeg).inverse([lon, lat]);
  return { easting, northing };
}

/** Vietnam (about 8.3°N-23.5°N) puts northings near 0.92-2.61 million m; 3° zone eastings stay within ~200 km of 500 km. */
const NORTHING_RANGE = [850_000, 2_700_000] as const;
const EASTING_RANGE = [150_000, 850_000] as const;
const within = (v: number, [lo, hi]: readonly [number, number]): boolean => v >= lo && v <= hi;

export type XyOrder = 'x-northing' | 'x-easting';

/**
 * Which of the file's X and Y is the northing. Vietnamese surveying writes X = northing, Y = easting; GIS exports
 * often swap them. The ranges do not overlap in Vietnam, so one pair decides; a pair fitting neither order is a reason.
 */
export function resolveXy(x: number, y: number): { easting: number; northing: number; order: XyOrder } | string {
  if (within(x, NORTHING_RANGE) && within(y, EASTING_RANGE)) return { easting: y, northing: x, order: 'x-northing' };
  if (within(y, NORTHING_RANGE) && within(x, EASTING_RANGE)) return { easting: x, northing: y, order: 'x-easting' };
  return `X ${x}, Y ${y} are not VN-2000 metres in Vietnam (northing ${NORTHING_RANGE.join('-')}, easting ${EASTING_RANGE.join('-')})`;
}
