import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Clutter, Dataset, ReportingUnit } from '../model/types';
import { DAKNONG_FACTS, type CommuneFact } from './daknong-facts';
import { slugify } from '../text/fold';

export { slugify };

/** Tiny holes and islands left where neighbouring cells' rounded vertices do not quite meet. */
const SLIVER_DEG2 = 1e-8;

function ringArea(ring: readonly (readonly number[])[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += ((ring[j]?.[0] ?? 0) - (ring[i]?.[0] ?? 0)) * ((ring[j]?.[1] ?? 0) + (ring[i]?.[1] ?? 0));
  }
  return Math.abs(a / 2);
}

function withoutSlivers(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((poly) => poly.filter((ring, k) => k === 0 || ringArea(ring) > SLIVER_DEG2))
    .filter((poly) => ringArea(poly[0] ?? []) > SLIVER_DEG2);
  const only = polys[0];
  return polys.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polys };
}

/**
 * The 28 units of 1 July 2025: the generated 2024 cells dissolved by each commune's `commune_2025`.
 * A unit is a Phường if any of its parts was one; clutter follows the most urban part.
 */
export function generateDemo2025Units(dataset: Dataset, facts: readonly CommuneFact[] = DAKNONG_FACTS): ReportingUnit[] {
  const byCode = new Map(dataset.units.map((u) => [u.code, u]));
  const groups = new Map<string, ReportingUnit[]>();
  for (const f of facts) {
    const unit = byCode.get(f.code);
    if (!unit) continue;
    groups.set(f.commune_2025, [...(groups.get(f.commune_2025) ?? []), unit]);
  }
  return [...groups].map(([name, parts]): ReportingUnit => {
    const features = parts.map((u): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: u.geometry }));
    const merged = features.length > 1 ? union(featureCollection(features)) : features[0];
    const type = parts.some((u) => u.type === 'Phường') ? 'Phường' : 'Xã';
    const clutter: Clutter = type === 'Phường' ? 'urban' : parts.some((u) => u.clutter === 'urban') ? 'suburban' : 'rural';
    return {
      code: `2025-${slugify(name)}`,
      name: `${type} ${name}`,
      type,
      district: '',
      population: parts.reduce((s, u) => s + u.population, 0),
      clutter,
      geometry: withoutSlivers(merged?.geometry ?? { type: 'MultiPolygon', coordinates: [] }),
    };
  });
}
