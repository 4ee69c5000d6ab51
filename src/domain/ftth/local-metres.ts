/** Mean Earth radius used by turf (metres), so our distances compare with turf's. */
export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

/** Metres per degree of longitude at a latitude (equirectangular, spherical Earth). */
export function metresPerDegLon(latDeg: number): number {
  return EARTH_RADIUS_M * RAD * Math.cos(latDeg * RAD);
}

/** Metres per degree of latitude. */
export const METRES_PER_DEG_LAT = EARTH_RADIUS_M * RAD;

/**
 * How much wider, in a projection with standard parallel `lat0Deg`, a true east-west distance measured at
 * `latDeg` appears. Search boxes in the shared projection are widened by this so no candidate is missed.
 */
export function widenFactor(lat0Deg: number, latDeg: number): number {
  const c = Math.cos(Math.min(89, Math.abs(latDeg)) * RAD);
  return Math.max(1, Math.cos(lat0Deg * RAD) / c);
}

/** Length in metres of a short lon/lat segment, measured in a frame local to its middle. */
export function segmentLengthM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dx = (lon2 - lon1) * metresPerDegLon((lat1 + lat2) / 2);
  const dy = (lat2 - lat1) * METRES_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}
