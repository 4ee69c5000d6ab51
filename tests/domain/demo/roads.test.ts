import { centroid } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../../src/domain/demo';
import type { Road } from '../../../src/domain/model/types';

const dataset = generateDemoDataset();
const roads: Road[] = dataset.roads ?? [];
/** Kilometres on a local equirectangular plane: at 12° N over a province this is within a fraction of a percent. */
const KM_PER_DEG_LAT = 111.32;
const KM_PER_DEG_LON = KM_PER_DEG_LAT * Math.cos((12.2 * Math.PI) / 180);

function segmentKm(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  const [px, py] = [(p[0] ?? 0) * KM_PER_DEG_LON, (p[1] ?? 0) * KM_PER_DEG_LAT];
  const [ax, ay] = [(a[0] ?? 0) * KM_PER_DEG_LON, (a[1] ?? 0) * KM_PER_DEG_LAT];
  const [bx, by] = [(b[0] ?? 0) * KM_PER_DEG_LON, (b[1] ?? 0) * KM_PER_DEG_LAT];
  const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function nearestRoadKm(p: readonly number[]): number {
  let best = Infinity;
  for (const r of roads) {
    for (let k = 0; k + 1 < r.coordinates.length; k++) {
      const a = r.coordinates[k];
      const b = r.coordinates[k + 1];
      if (a && b) best = Math.min(best, segmentKm(p, a, b));
    }
  }
  return best;
}

describe('demo roads', () => {
  it('are generated deterministically and differ with the seed', () => {
    expect(JSON.stringify(generateDemoDataset().roads)).toBe(JSON.stringify(roads));
    expect(JSON.stringify(generateDemoDataset(7).roads)).not.toBe(JSON.stringify(roads));
  });

  it('have unique ids, names and at least two points each', () => {
    expect(new Set(roads.map((r) => r.id)).size).toBe(roads.length);
    expect(roads.every((r) => r.name.trim() !== '' && r.coordinates.length >= 2)).toBe(true);
  });

  it('have a handful of main roads (between the 8 district centres, plus one loop) and many minor ones', () => {
    const main = roads.filter((r) => r.class === 'main').length;
    const minor = roads.filter((r) => r.class === 'minor').length;
    // Đắk Nông has 8 districts: a spanning tree of 7 edges and one loop edge.
    expect(main).toBe(8);
    // One access road per non-centre commune (63) and one per village (600-650).
    expect(minor).toBeGreaterThanOrEqual(63 + 600);
    expect(minor).toBeLessThanOrEqual(63 + 650);
  });

  it('reach within 3 km of every commune centre and 0.5 km of every village', () => {
    for (const u of dataset.units) {
      const c = centroid(u.geometry).geometry.coordinates;
      expect(nearestRoadKm(c), u.name).toBeLessThan(3);
    }
    const far = dataset.villages.filter((v) => nearestRoadKm(v.point) > 0.5);
    expect(far).toEqual([]);
  });

  it('stay inside the province bounding box', () => {
    const lons = dataset.units.flatMap((u) => (u.geometry.type === 'Polygon' ? u.geometry.coordinates : u.geometry.coordinates.flat()).flat().map((p) => p[0] ?? 0));
    const [lo, hi] = [Math.min(...lons), Math.max(...lons)];
    expect(roads.every((r) => r.coordinates.every((p) => p[0] >= lo - 0.01 && p[0] <= hi + 0.01))).toBe(true);
  });
});
