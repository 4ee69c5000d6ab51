import { featureCollection, intersect, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { shapeArea, type PlanarShape, type Ring } from './planar';

/** turf's boolean operations are planar, so they run directly on local-metre coordinates. */
function toFeature(polygonRings: readonly Ring[]): Feature<Polygon> {
  return polygon(polygonRings.map(closeRing));
}

function closeRing(ring: Ring): Position[] {
  const out: Position[] = ring.map((p) => [p[0], p[1]]);
  const first = ring[0];
  if (first) out.push([first[0], first[1]]);
  return out;
}

function fromGeometry(geometry: Polygon | MultiPolygon, minPartM2: number): PlanarShape {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const shape: PlanarShape = polys.map((poly) =>
    poly.map((r) => r.slice(0, -1).map((p): [number, number] => [p[0] ?? 0, p[1] ?? 0])),
  );
  return shape
    .map((poly) => poly.filter((ring, k) => k === 0 || shapeArea([[ring]]) >= minPartM2))
    .filter((poly) => shapeArea([poly]) >= minPartM2);
}

/** Intersection of two shapes; parts smaller than `minPartM2` are dropped. */
export function intersectShapes(a: PlanarShape, b: PlanarShape, minPartM2 = 0): PlanarShape {
  const fa = a.map(toFeature);
  const fb = b.map(toFeature);
  const out: PlanarShape = [];
  for (const pa of fa) {
    for (const pb of fb) {
      const hit = intersect(featureCollection([pa, pb]));
      if (hit) out.push(...fromGeometry(hit.geometry, minPartM2));
    }
  }
  return out;
}
