import type { ReportingUnit } from '../../domain/model/types';

const M_PER_DEG = 111_320;
/** Beyond this the flat estimate is replaced by the great-circle distance to the nearest vertex. */
const FLAT_UP_TO_M = 200_000;
const EARTH_RADIUS_M = 6_371_008.8;

type Ring = readonly (readonly number[])[];

/** Every ring (outer and holes) of the units' polygons. */
export function ringsOf(units: readonly { geometry: ReportingUnit['geometry'] }[]): Ring[] {
  const rings: Ring[] = [];
  for (const { geometry } of units) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) rings.push(...polygon);
  }
  return rings;
}

/**
 * Metres from a point to the nearest edge of the rings (equirectangular at the point's latitude: good to a few
 * per cent over a province). For a point outside every unit this is its distance to their union.
 */
export function metresToRings(rings: readonly Ring[], lon: number, lat: number): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] ?? [];
      const b = ring[i] ?? [];
      const ax = ((a[0] ?? NaN) - lon) * k, ay = (a[1] ?? NaN) - lat;
      const dx = ((b[0] ?? NaN) - lon) * k - ax, dy = (b[1] ?? NaN) - lat - ay;
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      const px = ax + t * dx, py = ay + t * dy;
      best = Math.min(best, px * px + py * py);
    }
  }
  const flat = Math.sqrt(best) * M_PER_DEG;
  return flat <= FLAT_UP_TO_M ? flat : greatCircleToVertices(rings, lon, lat);
}

function greatCircleToVertices(rings: readonly Ring[], lon: number, lat: number): number {
  const rad = Math.PI / 180;
  let best = Infinity;
  for (const ring of rings) {
    for (const [vLon = NaN, vLat = NaN] of ring) {
      const h = Math.sin(((vLat - lat) * rad) / 2) ** 2
        + Math.cos(lat * rad) * Math.cos(vLat * rad) * Math.sin(((vLon - lon) * rad) / 2) ** 2;
      best = Math.min(best, 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
    }
  }
  return best;
}
