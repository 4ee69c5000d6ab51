import type { Clutter, LngLat, ReportingUnit } from '../model/types';
import type { CommuneFact } from './daknong-facts';
import { LocalProjection } from './local-projection';
import { bbox, ringArea, type PlanarShape, type Ring, type XY } from './planar';
import { intersectShapes } from './planar-boolean';
import { powerCell, powerCellSimple } from './power-diagram';
import { fitPowerDiagram } from './power-weight-fit';
import { provinceHull } from './province-hull';

/** The generated 2024 communes plus the planar working geometry later steps build on. */
export interface DemoCommunes {
  projection: LocalProjection;
  /** Province outline in local metres. */
  hull: Ring;
  units: ReportingUnit[];
  /** Each unit's polygon in local metres (same order as `units`). */
  shapes: PlanarShape[];
  /** Each commune's real point in local metres. */
  points: XY[];
  /** Relative area error of each cell against its scaled real area. */
  areaErrors: number[];
}

export function clutterOf(type: string): Clutter {
  return type === 'Phường' || type === 'Thị trấn' ? 'urban' : 'rural';
}

/**
 * The published table gives Đắk Plao 220.14 "ha": that is its area in km² (the provincial total of
 * ~6,509 km² only adds up with 22,014 ha), so the generator reads it as such.
 */
function plausibleAreaHa(f: CommuneFact): number {
  return f.code === '24634' && f.area_ha < 1000 ? f.area_ha * 100 : f.area_ha;
}

export function generateCommunes(facts: readonly CommuneFact[], iterations = 20): DemoCommunes {
  const lonLat: LngLat[] = facts.map((f) => [f.centroid_lon, f.centroid_lat]);
  const lon0 = lonLat.reduce((s, p) => s + p[0], 0) / lonLat.length;
  const lat0 = lonLat.reduce((s, p) => s + p[1], 0) / lonLat.length;
  const projection = new LocalProjection(lon0, lat0);
  const points = lonLat.map((p) => projection.toXY(p[0], p[1]));
  const hullShape = projection.shapeFromGeo(provinceHull(lonLat));
  const hull = hullShape[0]?.[0] ?? [];
  const hullArea = Math.abs(ringArea(hull));
  const realAreas = facts.map(plausibleAreaHa);
  const realTotal = realAreas.reduce((s, a) => s + a, 0);
  const targets = realAreas.map((a) => (a / realTotal) * hullArea);
  const { weights, areas } = fitPowerDiagram(points, targets, hull, iterations);

  const [minX, minY, maxX, maxY] = bbox(hull);
  const pad = 10_000;
  const frame: Ring = [[minX - pad, minY - pad], [maxX + pad, minY - pad], [maxX + pad, maxY + pad], [minX - pad, maxY + pad]];
  const shapes = points.map((_, i): PlanarShape => {
    const simple = powerCellSimple(hull, points, weights, i);
    return simple ? [[simple]] : intersectShapes([[powerCell(frame, points, weights, i)]], [[hull]], 1);
  });
  const units = facts.map((f, i): ReportingUnit => ({
    code: f.code,
    name: f.name,
    type: f.type,
    district: f.district,
    population: f.population_2019,
    clutter: clutterOf(f.type),
    geometry: projection.shapeToGeo(shapes[i] ?? []),
  }));
  const areaErrors = targets.map((t, i) => ((areas[i] ?? 0) - t) / t);
  return { projection, hull, units, shapes, points, areaErrors };
}
