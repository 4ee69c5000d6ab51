import type { XY } from './planar';

/** Edges [parent, child] of the Euclidean minimum spanning tree (Prim, O(n²)), grown from `root`. */
export function minimumSpanningTree(points: readonly XY[], root = 0): [number, number][] {
  const n = points.length;
  const inTree = new Array<boolean>(n).fill(false);
  const best = new Array<number>(n).fill(Infinity);
  const parent = new Array<number>(n).fill(-1);
  const edges: [number, number][] = [];
  best[root] = 0;
  for (let step = 0; step < n; step++) {
    let u = -1;
    for (let i = 0; i < n; i++) {
      if (!inTree[i] && (u < 0 || (best[i] ?? Infinity) < (best[u] ?? Infinity))) u = i;
    }
    const pu = points[u];
    if (u < 0 || !pu) break;
    inTree[u] = true;
    const par = parent[u] ?? -1;
    if (par >= 0) edges.push([par, u]);
    for (let v = 0; v < n; v++) {
      const pv = points[v];
      if (inTree[v] || !pv) continue;
      const d = Math.hypot(pu[0] - pv[0], pu[1] - pv[1]);
      if (d < (best[v] ?? Infinity)) {
        best[v] = d;
        parent[v] = u;
      }
    }
  }
  return edges;
}

/** The shortest edge not in the tree: adding it closes one ring (a protection loop). */
export function shortestExtraEdge(points: readonly XY[], tree: readonly [number, number][]): [number, number] | null {
  const has = new Set(tree.map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`));
  let best: [number, number] | null = null;
  let bestD = Infinity;
  points.forEach((p, i) => {
    points.forEach((q, j) => {
      if (j <= i || has.has(`${i}-${j}`)) return;
      const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
      if (d < bestD) { bestD = d; best = [i, j]; }
    });
  });
  return best;
}
