import type { FibreRoute, Laying } from '../model/types';
import type { DemoCommunes } from './communes';
import { closestOnSegment, dist, pointInShape, type XY } from './planar';
import type { Rng } from './random';
import { minimumSpanningTree, shortestExtraEdge } from './spanning-tree';
import type { DemoVillage } from './villages';
import { wiggle } from './wiggle';

export interface DemoFibre {
  routes: FibreRoute[];
  /** Backbone polylines in local metres (sites are strung along them). */
  backbone: XY[][];
}

/** Share of villages left without fibre: the public figure is FTTH in 93.8% of villages. */
export const UNSERVED_VILLAGE_SHARE = 0.062;

/** The most populous unit of each district is its centre. */
export function districtCentres(communes: DemoCommunes): number[] {
  const best = new Map<string, number>();
  communes.units.forEach((u, i) => {
    const cur = best.get(u.district);
    if (cur === undefined || (communes.units[cur]?.population ?? 0) < u.population) best.set(u.district, i);
  });
  return [...best.values()];
}

export function nearestOnLines(p: XY, lines: readonly XY[][]): XY {
  let best: XY = p;
  let bestD = Infinity;
  for (const line of lines) {
    for (let k = 0; k + 1 < line.length; k++) {
      const a = line[k];
      const b = line[k + 1];
      if (!a || !b) continue;
      const c = closestOnSegment(p, a, b);
      const d = dist(p, c);
      if (d < bestD) { bestD = d; best = c; }
    }
  }
  return best;
}

export function generateFibre(rng: Rng, communes: DemoCommunes, villages: readonly DemoVillage[]): DemoFibre {
  const { units, points, shapes, projection } = communes;
  const urbanShapes = shapes.filter((_, i) => units[i]?.clutter === 'urban');
  const layingFor = (urban: boolean): Laying => {
    if (urban) return rng.chance(0.85) ? 'underground' : 'duct';
    return rng.chance(0.95) ? 'aerial' : 'duct';
  };
  const mostlyUrban = (line: readonly XY[]): boolean =>
    line.filter((p) => urbanShapes.some((s) => pointInShape(p, s))).length > line.length / 2;
  const routes: FibreRoute[] = [];
  const push = (name: string, kind: FibreRoute['kind'], line: XY[], urban: boolean, prefix: string): void => {
    const n = routes.filter((r) => r.kind === kind).length + 1;
    routes.push({ id: `${prefix}-${String(n).padStart(4, '0')}`, name, kind, laying: layingFor(urban), coordinates: line.map((p) => projection.toLngLat(p)) });
  };

  const centres = districtCentres(communes);
  const centrePts = centres.map((i): XY => points[i] ?? [0, 0]);
  const tree = minimumSpanningTree(centrePts);
  const loop = shortestExtraEdge(centrePts, tree);
  const backbone: XY[][] = [];
  for (const [a, b] of loop ? [...tree, loop] : tree) {
    const pa = centrePts[a];
    const pb = centrePts[b];
    if (!pa || !pb) continue;
    const line = wiggle(rng, pa, pb, 5, 0.1);
    backbone.push(line);
    const na = units[centres[a] ?? 0]?.district ?? '';
    const nb = units[centres[b] ?? 0]?.district ?? '';
    push(`Trục chính ${na} – ${nb}`, 'backbone', line, mostlyUrban(line), 'BB');
  }

  const centreSet = new Set(centres);
  points.forEach((p, i) => {
    if (centreSet.has(i)) return;
    const unit = units[i];
    const line = wiggle(rng, nearestOnLines(p, backbone), p, 3, 0.12);
    push(`Nhánh ${unit?.name ?? ''}`, 'spur', line, unit?.clutter === 'urban', 'SP');
  });

  const remoteness = villages.map((v) => dist(v.xy, points[v.unitIndex] ?? v.xy) * rng.range(0.8, 1.2));
  const cutoff = [...remoteness].sort((a, b) => b - a)[Math.round(villages.length * UNSERVED_VILLAGE_SHARE) - 1] ?? Infinity;
  units.forEach((unit, ui) => {
    const root = points[ui];
    if (!root) return;
    const served = villages.filter((v, k) => v.unitIndex === ui && (remoteness[k] ?? 0) < cutoff);
    const nodes: XY[] = [root, ...served.map((v) => v.xy)];
    for (const [a, b] of minimumSpanningTree(nodes)) {
      const pa = nodes[a];
      const pb = nodes[b];
      const v = served[b - 1];
      if (!pa || !pb || !v) continue;
      push(`Nhánh ${v.village.name}, ${unit.name}`, 'spur', wiggle(rng, pa, pb, 3, 0.1), unit.clutter === 'urban', 'SP');
    }
  });
  return { routes, backbone };
}
