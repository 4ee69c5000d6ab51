import type { Village } from '../model/types';
import { allocateInteger } from './allocation';
import type { DemoCommunes } from './communes';
import { bbox, pointInShape, shapeArea, type PlanarShape, type Ring, type XY } from './planar';
import { intersectShapes } from './planar-boolean';
import { powerCell, powerCellSimple } from './power-diagram';
import { villageNames } from './names';
import type { Rng } from './random';

/** A generated village with the planar geometry later steps use. */
export interface DemoVillage {
  village: Village;
  unitIndex: number;
  xy: XY;
  shape: PlanarShape;
}

/** Village counts per unit: a mix of population and area shares, at least 3 each, `total` in all. */
export function villageCounts(populations: readonly number[], areas: readonly number[], total: number): number[] {
  const popSum = populations.reduce((s, p) => s + p, 0);
  const areaSum = areas.reduce((s, a) => s + a, 0);
  const weights = populations.map((p, i) => 0.6 * (p / popSum) + 0.4 * ((areas[i] ?? 0) / areaSum));
  return allocateInteger(weights, total, 3);
}

/** Well-spread random points inside a shape (Mitchell's best candidate). */
export function spreadPoints(rng: Rng, shape: PlanarShape, count: number): XY[] {
  const [minX, minY, maxX, maxY] = bbox(shape.flatMap((poly) => poly[0] ?? []));
  const out: XY[] = [];
  const candidate = (): XY => {
    for (let tries = 0; tries < 500; tries++) {
      const p: XY = [rng.range(minX, maxX), rng.range(minY, maxY)];
      if (pointInShape(p, shape)) return p;
    }
    return shape[0]?.[0]?.[0] ?? [minX, minY];
  };
  while (out.length < count) {
    let best = candidate();
    let bestD = -1;
    for (let k = 0; k < 10 && out.length > 0; k++) {
      const c = k === 0 ? best : candidate();
      const d = Math.min(...out.map((q) => (q[0] - c[0]) ** 2 + (q[1] - c[1]) ** 2));
      if (d > bestD) { best = c; bestD = d; }
    }
    out.push(best);
  }
  return out;
}

export function generateVillages(rng: Rng, communes: DemoCommunes, total = 624): DemoVillage[] {
  const { units, shapes, projection } = communes;
  const counts = villageCounts(units.map((u) => u.population), shapes.map(shapeArea), total);
  const out: DemoVillage[] = [];
  units.forEach((unit, ui) => {
    const shape = shapes[ui] ?? [];
    const n = counts[ui] ?? 3;
    const seeds = spreadPoints(rng, shape, n);
    const names = villageNames(rng, n, unit.type, unit.district);
    const pops = allocateInteger(seeds.map(() => 0.3 + rng.next()), unit.population, 0);
    const [minX, minY, maxX, maxY] = bbox(shape.flatMap((poly) => poly[0] ?? []));
    const frame: Ring = [[minX - 1, minY - 1], [maxX + 1, minY - 1], [maxX + 1, maxY + 1], [minX - 1, maxY + 1]];
    const zeros = seeds.map(() => 0);
    seeds.forEach((xy, k) => {
      const outer = shape.length === 1 && shape[0]?.length === 1 ? shape[0][0] : undefined;
      const simple = outer ? powerCellSimple(outer, seeds, zeros, k) : null;
      const cell = simple ? [[simple]] : intersectShapes([[powerCell(frame, seeds, zeros, k)]], shape, 1);
      out.push({
        unitIndex: ui,
        xy,
        shape: cell,
        village: {
          id: `${unit.code}-${String(k + 1).padStart(2, '0')}`,
          name: names[k] ?? `Thôn ${k + 1}`,
          unitCode: unit.code,
          population: pops[k] ?? 0,
          geometry: cell.length > 0 ? projection.shapeToGeo(cell) : null,
          point: projection.toLngLat(xy),
        },
      });
    });
  });
  return out;
}
