/**
 * Splits fibre routes into runs of consecutive segments lying in the same reporting unit (a segment belongs to
 * the unit containing its midpoint), then joins aerial runs in the same unit that share an end vertex, across
 * routes, into groups: the raw material of undergrounding work packages.
 */
import type { FibreRoute, Laying, LngLat } from '../model/types';
import { segmentLengthM } from '../ftth/local-metres';
import type { UnitLocator } from './unit-locator';

export interface RouteRun {
  routeId: string;
  routeName: string;
  laying: Laying;
  /** Index into the locator's units, −1 outside every unit. */
  unit: number;
  coordinates: LngLat[];
  lengthM: number;
}

export function routeRuns(routes: readonly FibreRoute[], locator: UnitLocator): RouteRun[] {
  const runs: RouteRun[] = [];
  for (const r of routes) {
    let current: RouteRun | null = null;
    for (let i = 0; i + 1 < r.coordinates.length; i++) {
      const a = r.coordinates[i];
      const b = r.coordinates[i + 1];
      if (!a || !b) continue;
      const unit = locator.indexAt((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
      const len = segmentLengthM(a[0], a[1], b[0], b[1]);
      if (current && current.unit === unit) {
        current.coordinates.push(b);
        current.lengthM += len;
      } else {
        current = { routeId: r.id, routeName: r.name, laying: r.laying, unit, coordinates: [a, b], lengthM: len };
        runs.push(current);
      }
    }
  }
  return runs;
}

const vertexKey = (p: LngLat | undefined): string => (p ? `${p[0].toFixed(6)},${p[1].toFixed(6)}` : '');

/** Aerial runs grouped by unit and shared end vertices (union-find), in first-run order. */
export function groupAerialRuns(runs: readonly RouteRun[]): RouteRun[][] {
  const aerial = runs.filter((r) => r.laying === 'aerial');
  const parent = aerial.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const firstAt = new Map<string, number>();
  aerial.forEach((run, i) => {
    for (const end of [run.coordinates[0], run.coordinates[run.coordinates.length - 1]]) {
      const key = `${run.unit}|${vertexKey(end)}`;
      const other = firstAt.get(key);
      if (other === undefined) firstAt.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, RouteRun[]>();
  aerial.forEach((run, i) => {
    const root = find(i);
    const g = groups.get(root) ?? [];
    g.push(run);
    groups.set(root, g);
  });
  return [...groups.values()];
}
