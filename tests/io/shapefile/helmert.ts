import proj4 from 'proj4';

/**
 * Independent VN-2000 → WGS84 check: proj4 only undoes the Transverse Mercator (on the WGS84 ellipsoid, no datum
 * shift); the 7-parameter Helmert (position-vector rotation) and the geodetic ↔ geocentric steps are written out here.
 */
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const RAD = Math.PI / 180;
const ARCSEC = RAD / 3600;
export const DECISION_05_2007 = { dx: -191.90441429, dy: -39.30318279, dz: -111.45032835, rx: -0.00928836, ry: 0.01975479, rz: -0.00427372, ppm: 0.252906278 };

function toEcef(lon: number, lat: number): [number, number, number] {
  const sinLat = Math.sin(lat * RAD);
  const n = A / Math.sqrt(1 - E2 * sinLat * sinLat);
  return [n * Math.cos(lat * RAD) * Math.cos(lon * RAD), n * Math.cos(lat * RAD) * Math.sin(lon * RAD), n * (1 - E2) * sinLat];
}

function fromEcef([x, y, z]: [number, number, number]): [number, number] {
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - E2));
  for (let i = 0; i < 10; i++) {
    const sinLat = Math.sin(lat);
    const n = A / Math.sqrt(1 - E2 * sinLat * sinLat);
    const h = p / Math.cos(lat) - n;
    lat = Math.atan2(z, p * (1 - (E2 * n) / (n + h)));
  }
  return [Math.atan2(y, x) / RAD, lat / RAD];
}

export function vn2000ToWgs84Independent(easting: number, northing: number, centralMeridian: number, k = 0.9999): [number, number] {
  const tm = `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=${k} +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs`;
  const [lon = NaN, lat = NaN] = proj4(tm, '+proj=longlat +ellps=WGS84 +no_defs', [easting, northing]);
  const [x, y, z] = toEcef(lon, lat);
  const { dx, dy, dz, rx, ry, rz, ppm } = DECISION_05_2007;
  const [ax, ay, az] = [rx * ARCSEC, ry * ARCSEC, rz * ARCSEC];
  const m = 1 + ppm * 1e-6;
  return fromEcef([dx + m * (x - az * y + ay * z), dy + m * (az * x + y - ax * z), dz + m * (-ay * x + ax * y + z)]);
}

/** Ground distance in metres between two nearby lon/lat points (equirectangular, fine at metre scale). */
export function metresBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const lat = ((a[1] + b[1]) / 2) * RAD;
  return Math.hypot((a[0] - b[0]) * RAD * Math.cos(lat), (a[1] - b[1]) * RAD) * A;
}
