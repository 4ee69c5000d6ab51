import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { FibreRoute, ReportingUnit, Site, Village } from '../../domain/model/types';
import { windPolygonal } from './geometry';

type Extra<T> = ((item: T) => Record<string, unknown>) | undefined;

function collection<T, G extends Geometry>(items: readonly T[], geometry: (item: T) => G, props: (item: T) => Record<string, unknown>, extra: Extra<T>): FeatureCollection<G> {
  const features: Feature<G>[] = items.map((item) => ({
    type: 'Feature',
    properties: { ...(extra ? extra(item) : {}), ...props(item) },
    geometry: geometry(item),
  }));
  return { type: 'FeatureCollection', features };
}

const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });

export function unitsToGeoJson(units: readonly ReportingUnit[], extraProps?: (u: ReportingUnit) => Record<string, unknown>): FeatureCollection {
  return collection(
    units,
    (u) => windPolygonal(u.geometry),
    (u) => ({ code: u.code, name: u.name, type: u.type, district: u.district, population: u.population, clutter: u.clutter }),
    extraProps,
  );
}

export function villagesToGeoJson(villages: readonly Village[], extraProps?: (v: Village) => Record<string, unknown>): FeatureCollection {
  return collection(
    villages,
    (v): Geometry => (v.geometry ? windPolygonal(v.geometry) : point(v.point[0], v.point[1])),
    (v) => ({
      id: v.id,
      name: v.name,
      unit_code: v.unitCode,
      population: v.population,
      ...(v.geometry ? { lon: v.point[0], lat: v.point[1] } : {}),
    }),
    extraProps,
  );
}

/** Sector and radio lists go out as ";"-joined columns, which GIS desktop tools show and edit as plain text. */
export function sitesToGeoJson(sites: readonly Site[], extraProps?: (s: Site) => Record<string, unknown>): FeatureCollection {
  return collection(
    sites,
    (s) => point(s.lon, s.lat),
    (s) => ({
      id: s.id,
      name: s.name,
      carrier: s.carrier,
      height_m: s.heightM,
      tech: s.radios.map((r) => r.tech).join(';'),
      band: s.radios.map((r) => r.bandMHz).join(';'),
      azimuth: s.sectors.map((x) => (x.azimuthDeg === null ? 'omni' : String(x.azimuthDeg))).join(';'),
      beamwidth: s.sectors.map((x) => x.beamwidthDeg).join(';'),
      tilt: s.sectors.map((x) => x.downtiltDeg).join(';'),
      proposed: s.proposed,
    }),
    extraProps,
  );
}

export function fibreToGeoJson(routes: readonly FibreRoute[], extraProps?: (r: FibreRoute) => Record<string, unknown>): FeatureCollection {
  return collection(
    routes,
    (r): LineString => ({ type: 'LineString', coordinates: r.coordinates.map(([lon, lat]) => [lon, lat]) }),
    (r) => ({ id: r.id, name: r.name, laying: r.laying, kind: r.kind }),
    extraProps,
  );
}
