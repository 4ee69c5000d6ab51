import { buffer, concave, convex, featureCollection, point, polygonSmooth, simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../model/types';

/**
 * A smooth outline around all commune points: concave hull, buffered a few kilometres, corner-smoothed.
 * With 25 km edges and a 5 km buffer the Đắk Nông points give about the real province area (~6,300 km²).
 */
export function provinceHull(points: readonly LngLat[], maxEdgeKm = 25, bufferKm = 5): Polygon {
  const fc = featureCollection(points.map((p) => point([p[0], p[1]])));
  const core = concave(fc, { maxEdge: maxEdgeKm, units: 'kilometers' }) ?? convex(fc);
  if (!core) throw new Error('cannot build a hull around fewer than three points');
  const grown = buffer(core, bufferKm, { units: 'kilometers', steps: 8 });
  const outer = grown ? largestPolygon(grown) : null;
  if (!outer) throw new Error('hull buffer failed');
  const smooth = polygonSmooth(outer, { iterations: 2 }).features[0];
  const shape = smooth ? simplify(smooth, { tolerance: 0.0015, highQuality: true }).geometry : outer.geometry;
  const ring = shape.type === 'Polygon' ? shape.coordinates[0] : shape.coordinates[0]?.[0];
  return { type: 'Polygon', coordinates: [ring ?? []] };
}

function largestPolygon(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> | null {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Feature<Polygon> | null = null;
  let bestCount = -1;
  for (const coords of polys) {
    const n = coords[0]?.length ?? 0;
    if (n > bestCount) {
      bestCount = n;
      best = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [coords[0] ?? []] } };
    }
  }
  return best;
}
