/**
 * What lies under a screen point, found on the CPU: lon/lat indexes give the candidates, the few candidates are
 * projected and measured in CSS pixels. It replaces deck.gl's GPU picking (a picking pass and readPixels on every
 * pointer move). Features are tested top layer first, in the order the map draws them.
 */
import { AreaIndex, PointIndex, nearestTarget, type ScreenTarget } from '../domain/display/hit-test';
import { metresPerPixel, type SectorHandle } from '../domain/display/sector-handles';
import { FibreSegmentIndex } from '../domain/ftth/fibre-segment-index';
import type { FibreRoute, LngLat, ReportingUnit, Site, Village } from '../domain/model/types';
import { HANDLE_RADIUS_PX, siteRadiusPx } from './layers/sites-layer';

export type MapHit =
  | { kind: 'handle'; handle: SectorHandle }
  | { kind: 'site'; site: Site }
  | { kind: 'fibre'; route: FibreRoute }
  | { kind: 'village'; village: Village }
  | { kind: 'unit'; unit: ReportingUnit; index: number }
  | { kind: 'none' };

/** Pixels around a drawn symbol that still count as on it by default: masts and handles are small targets. */
export const SLACK_PX = 5;
/** Half the widest fibre line plus slack, CSS pixels. */
const FIBRE_PX = 4;
/** Drawn radius of a point-only village (villages-layer getPointRadius). */
const VILLAGE_POINT_PX = 4;

/** The map's side of hit-testing: projecting lon/lat to CSS pixels and back. */
export interface ScreenProjection {
  project(lngLat: LngLat): { x: number; y: number };
  unproject(point: [number, number]): { lng: number; lat: number };
  zoom: number;
}

/** What is drawn and hit-testable now; a null or empty list stands for a hidden layer. */
export interface HitScene {
  handles: readonly SectorHandle[];
  sites: readonly Site[] | null;
  selectedSiteId: string | null;
  fibre: readonly FibreRoute[] | null;
  villages: readonly Village[] | null;
  units: readonly ReportingUnit[] | null;
}

const pointIndexes = new WeakMap<readonly object[], PointIndex>();
const areaIndexes = new WeakMap<readonly object[], AreaIndex>();
const villageDots = new WeakMap<readonly Village[], Village[]>();
const fibreIndexes = new WeakMap<readonly FibreRoute[], FibreSegmentIndex>();

function cached<K extends readonly object[], V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (!v) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** The lon/lat box covering `radiusPx` around a screen point (corners unprojected, so any rotation fits). */
function boxAround(p: ScreenProjection, x: number, y: number, radiusPx: number): [number, number, number, number] {
  const corners = [p.unproject([x - radiusPx, y - radiusPx]), p.unproject([x + radiusPx, y - radiusPx]), p.unproject([x - radiusPx, y + radiusPx]), p.unproject([x + radiusPx, y + radiusPx])];
  const lons = corners.map((c) => c.lng);
  const lats = corners.map((c) => c.lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** Index into `items` of the point symbol under (x, y), −1 when none. */
function pointAt<T>(p: ScreenProjection, items: readonly T[], index: PointIndex, x: number, y: number, maxRadiusPx: number, position: (t: T) => LngLat, radiusPx: (t: T) => number): number {
  const [w, s, e, n] = boxAround(p, x, y, maxRadiusPx);
  const candidates = index.within(w, s, e, n);
  const targets: ScreenTarget[] = [];
  for (const i of candidates) {
    const item = items[i];
    if (item === undefined) continue;
    const at = p.project(position(item));
    targets.push({ x: at.x, y: at.y, radiusPx: radiusPx(item) });
  }
  const k = nearestTarget(targets, x, y);
  return k < 0 ? -1 : (candidates[k] ?? -1);
}

/** The topmost feature under (x, y); point symbols count `slackPx` beyond their drawn radius. */
export function hitAt(p: ScreenProjection, scene: HitScene, x: number, y: number, slackPx = SLACK_PX): MapHit {
  if (scene.handles.length) {
    const targets = scene.handles.map((h) => {
      const at = p.project(h.position);
      return { x: at.x, y: at.y, radiusPx: HANDLE_RADIUS_PX + slackPx };
    });
    const handle = scene.handles[nearestTarget(targets, x, y)];
    if (handle) return { kind: 'handle', handle };
  }
  const sites = scene.sites;
  if (sites?.length) {
    const index = cached(pointIndexes, sites, () => new PointIndex(sites.map((s) => [s.lon, s.lat])));
    const radius = (s: Site) => siteRadiusPx(s, scene.selectedSiteId, p.zoom) + slackPx;
    const site = sites[pointAt(p, sites, index, x, y, 7 * 1.4 + slackPx, (s) => [s.lon, s.lat], radius)];
    if (site) return { kind: 'site', site };
  }
  const at = p.unproject([x, y]);
  const fibre = scene.fibre;
  if (fibre?.length) {
    const index = cached(fibreIndexes, fibre, () => new FibreSegmentIndex(fibre));
    const near = index.nearest(at.lng, at.lat, FIBRE_PX * metresPerPixel(p.zoom, at.lat));
    const route = near ? fibre.find((r) => r.id === near.routeId) : undefined;
    if (route) return { kind: 'fibre', route };
  }
  const villages = scene.villages;
  if (villages?.length) {
    const dots = cached(villageDots, villages, () => villages.filter((v) => !v.geometry));
    const dotIndex = cached(pointIndexes, dots, () => new PointIndex(dots.map((v) => v.point)));
    const dot = dots[pointAt(p, dots, dotIndex, x, y, VILLAGE_POINT_PX + slackPx, (v) => v.point, () => VILLAGE_POINT_PX + slackPx)];
    if (dot) return { kind: 'village', village: dot };
    const areas = cached(areaIndexes, villages, () => new AreaIndex(villages.map((v) => v.geometry)));
    const village = villages[areas.topAt(at.lng, at.lat)];
    if (village) return { kind: 'village', village };
  }
  const units = scene.units;
  if (units?.length) {
    const areas = cached(areaIndexes, units, () => new AreaIndex(units.map((u) => u.geometry)));
    const index = areas.topAt(at.lng, at.lat);
    const unit = units[index];
    if (unit) return { kind: 'unit', unit, index };
  }
  return { kind: 'none' };
}
