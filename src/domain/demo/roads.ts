import type { Road, RoadClass } from '../model/types';
import type { DemoCommunes } from './communes';
import { districtCentres, nearestOnLines } from './fibre';
import type { XY } from './planar';
import type { Rng } from './random';
import { minimumSpanningTree, shortestExtraEdge } from './spanning-tree';
import type { DemoVillage } from './villages';
import { wiggle } from './wiggle';

/**
 * A generated road network: main roads between district centres over the same spanning tree (and loop) as the
 * fibre backbone, minor roads from the main network to every other commune centre and on to every village. Fibre
 * in Vietnam mostly runs along roads, so the corridors are shared; each road meanders on its own draw.
 */
export function generateRoads(rng: Rng, communes: DemoCommunes, villages: readonly DemoVillage[]): Road[] {
  const { units, points, projection } = communes;
  const roads: Road[] = [];
  const counts: Record<RoadClass, number> = { main: 0, minor: 0 };
  const push = (name: string, roadClass: RoadClass, line: readonly XY[]): void => {
    counts[roadClass] += 1;
    const id = `${roadClass === 'main' ? 'RM' : 'RN'}-${String(counts[roadClass]).padStart(4, '0')}`;
    roads.push({ id, name, class: roadClass, coordinates: line.map((p) => projection.toLngLat(p)) });
  };

  const centres = districtCentres(communes);
  const centrePts = centres.map((i): XY => points[i] ?? [0, 0]);
  const tree = minimumSpanningTree(centrePts);
  const loop = shortestExtraEdge(centrePts, tree);
  const mainLines: XY[][] = [];
  for (const [a, b] of loop ? [...tree, loop] : tree) {
    const pa = centrePts[a];
    const pb = centrePts[b];
    if (!pa || !pb) continue;
    const line = wiggle(rng, pa, pb, 6, 0.08);
    mainLines.push(line);
    push(`Đường chính ${units[centres[a] ?? 0]?.district ?? ''} – ${units[centres[b] ?? 0]?.district ?? ''}`, 'main', line);
  }

  const centreSet = new Set(centres);
  points.forEach((p, i) => {
    if (centreSet.has(i)) return;
    push(`Đường vào ${units[i]?.name ?? ''}`, 'minor', wiggle(rng, nearestOnLines(p, mainLines), p, 4, 0.1));
  });

  units.forEach((unit, ui) => {
    const root = points[ui];
    if (!root) return;
    const own = villages.filter((v) => v.unitIndex === ui);
    const nodes: XY[] = [root, ...own.map((v) => v.xy)];
    for (const [a, b] of minimumSpanningTree(nodes)) {
      const pa = nodes[a];
      const pb = nodes[b];
      const v = own[b - 1];
      if (!pa || !pb || !v) continue;
      push(`Đường thôn ${v.village.name}, ${unit.name}`, 'minor', wiggle(rng, pa, pb, 3, 0.12));
    }
  });
  return roads;
}
