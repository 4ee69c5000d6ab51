import { booleanPointInPolygon } from '@turf/turf';
import type { ReportingUnit } from '../../domain/model/types';
import { vn2000ToWgs84 } from '../coords/vn2000';
import { centralMeridianOf } from '../coords/vn2000-meridians';
import { metresToRings, ringsOf } from './boundary-distance';

/** The loaded boundaries: a VN-2000 file's zone is checked against them, and sites outside them are errors. */
export interface ZoneArea {
  /** The province the boundaries are named after, when the project's name gives one. */
  province: string | null;
  /** Longitude of the boundaries' middle: where the search starts without a province. */
  centreLon: number;
  contains(lon: number, lat: number): boolean;
  /** Metres from the point to the boundaries' union, 0 inside. */
  metresOutside(lon: number, lat: number): number;
}

/** Which central meridian a file's X/Y fitted, and how many of the points tried fell inside the boundaries. */
export interface ZoneFit {
  meridianDeg: number;
  inside: number;
  sampled: number;
  /** The province the boundaries are named after and its own meridian (null: not named). */
  province: string | null;
  provinceMeridianDeg: number | null;
}

/** Provincial zone meridians are on quarter degrees, from Lai Châu's 103° to the coast's 108°30′ (searched wider). */
const MERIDIAN_STEP_DEG = 0.25;
const FIRST_MERIDIAN_DEG = 102;
const LAST_MERIDIAN_DEG = 110;
/** Points tried per meridian: evenly spread over the file, enough to tell zones 28 km apart. */
const SAMPLE_POINTS = 200;

type Box = readonly [number, number, number, number];

function boxOf(unit: ReportingUnit): Box {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const polygons = unit.geometry.type === 'Polygon' ? [unit.geometry.coordinates] : unit.geometry.coordinates;
  for (const polygon of polygons) {
    for (const [lon = NaN, lat = NaN] of polygon[0] ?? []) {
      minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    }
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** "Đắk Nông (demo)", "Tỉnh Đắk Nông" → its province, or null. */
function provinceOfName(name: string): string | null {
  for (const candidate of [name, name.replace(/\(.*?\)/g, ' ')]) {
    if (centralMeridianOf(candidate) !== null) return candidate.trim();
  }
  return null;
}

/** The units as a ZoneArea, or undefined when there are none. */
export function zoneAreaOf(units: readonly ReportingUnit[], datasetName: string): ZoneArea | undefined {
  const indexed = units.map((u) => ({ geometry: u.geometry, box: boxOf(u) })).filter((u) => u.box[0] <= u.box[2]);
  if (indexed.length === 0) return undefined;
  const minLon = Math.min(...indexed.map((u) => u.box[0]));
  const maxLon = Math.max(...indexed.map((u) => u.box[2]));
  const contains = (lon: number, lat: number): boolean => indexed.some(({ box, geometry }) =>
    lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3] && booleanPointInPolygon([lon, lat], geometry));
  let rings: ReturnType<typeof ringsOf> | null = null;
  return {
    province: provinceOfName(datasetName),
    centreLon: (minLon + maxLon) / 2,
    contains,
    metresOutside: (lon, lat) => (contains(lon, lat) ? 0 : metresToRings((rings ??= ringsOf(indexed)), lon, lat)),
  };
}

/** The province's own meridian first, then every quarter-degree meridian by its distance from it (west first on a tie). */
export function zoneCandidates(startDeg: number): number[] {
  const all: number[] = [];
  for (let m = FIRST_MERIDIAN_DEG; m <= LAST_MERIDIAN_DEG; m += MERIDIAN_STEP_DEG) all.push(m);
  const rest = all.filter((m) => m !== startDeg).sort((a, b) => Math.abs(a - startDeg) - Math.abs(b - startDeg) || a - b);
  return [startDeg, ...rest];
}

function sample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

/**
 * The zone meridian under which most of the points fall inside the area: the province's own when it does as well as
 * any, else the nearest that does best. Null when no point falls inside under any meridian.
 */
export function fitVn2000Zone(points: readonly { easting: number; northing: number }[], area: ZoneArea): ZoneFit | null {
  const tried = sample(points, SAMPLE_POINTS);
  if (tried.length === 0) return null;
  const provinceMeridianDeg = area.province === null ? null : centralMeridianOf(area.province);
  const start = provinceMeridianDeg ?? Math.round(area.centreLon / MERIDIAN_STEP_DEG) * MERIDIAN_STEP_DEG;
  let best: ZoneFit | null = null;
  for (const meridianDeg of zoneCandidates(start)) {
    let inside = 0;
    for (const p of tried) {
      const [lon, lat] = vn2000ToWgs84(p.easting, p.northing, meridianDeg);
      if (area.contains(lon, lat)) inside++;
    }
    if (inside > (best?.inside ?? 0)) best = { meridianDeg, inside, sampled: tried.length, province: area.province, provinceMeridianDeg };
    if (inside === tried.length) break;
  }
  return best;
}

/** 108.5 → "108°30′": how the circular writes a zone meridian. */
export function meridianText(deg: number): string {
  const whole = Math.floor(deg);
  const minutes = Math.round((deg - whole) * 60);
  return minutes === 0 ? `${whole}°` : `${whole}°${String(minutes).padStart(2, '0')}′`;
}
