import { solveLinear } from './linear-solve';
import type { XY } from './planar';
import { powerCellStats } from './power-diagram';

export interface PowerFit {
  /** Generator sites (they drift from the given points toward their cells' centroids). */
  sites: XY[];
  weights: number[];
  /** Area of each cell inside the clip ring, m². */
  areas: number[];
}

/**
 * Fits a power diagram whose cells inside `clip` approach the target areas while each given point stays
 * inside its own cell. Weights take Newton steps: moving wᵢ by δ shifts the edge shared with j by
 * δ/(2dᵢⱼ), so ∂Aᵢ/∂wⱼ = −Lᵢⱼ/(2dᵢⱼ) (a graph Laplacian). Sites relax toward centroids (Lloyd), which
 * rounds the cells; after every step each weight is raised just enough to keep its point inside.
 */
export function fitPowerDiagram(
  points: readonly XY[], targets: readonly number[], clip: readonly XY[], iterations = 30,
): PowerFit {
  const sites: XY[] = points.slice();
  let weights = new Array<number>(points.length).fill(0);
  const clearance = points.map((p, i) => 0.01 * nearestDistance2(points, p, i));
  for (let it = 0; it < iterations; it++) {
    const stats = sites.map((_, i) => powerCellStats(clip, sites, weights, i));
    const residual = stats.map((s, i) => (targets[i] ?? 0) - s.area);
    const step = solveLinear(laplacian(sites, stats.map((s) => s.shared)), residual);
    weights = weights.map((w, i) => w + 0.7 * (step[i] ?? 0));
    if (it < iterations - 3) {
      stats.forEach((s, i) => {
        const site = sites[i];
        if (site) sites[i] = [site[0] + 0.3 * (s.centroid[0] - site[0]), site[1] + 0.3 * (s.centroid[1] - site[1])];
      });
    }
    keepPointsInside(points, sites, weights, clearance);
  }
  const areas = sites.map((_, i) => powerCellStats(clip, sites, weights, i).area);
  return { sites, weights, areas };
}

function nearestDistance2(points: readonly XY[], p: XY, self: number): number {
  let best = Infinity;
  points.forEach((q, j) => {
    if (j !== self) best = Math.min(best, (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2);
  });
  return best;
}

function powerDistance(p: XY, site: XY, w: number): number {
  return (p[0] - site[0]) ** 2 + (p[1] - site[1]) ** 2 - w;
}

/** Raises wᵢ until pᵢ is nearer (in power distance, by `clearance`) to site i than to any other site. */
export function keepPointsInside(points: readonly XY[], sites: XY[], weights: number[], clearance: readonly number[]): void {
  for (let round = 0; round < 200; round++) {
    let raised = false;
    points.forEach((p, i) => {
      const si = sites[i];
      if (!si) return;
      let nearest = Infinity;
      sites.forEach((s, j) => {
        if (j !== i) nearest = Math.min(nearest, powerDistance(p, s, weights[j] ?? 0));
      });
      const need = (p[0] - si[0]) ** 2 + (p[1] - si[1]) ** 2 - nearest + (clearance[i] ?? 0);
      if ((weights[i] ?? 0) < need) {
        weights[i] = need;
        raised = true;
      }
    });
    if (!raised) return;
  }
  // Still contested after many rounds: put the sites back on their points, where equal weights always work.
  points.forEach((p, i) => { sites[i] = p; weights[i] = 0; });
}

function laplacian(points: readonly XY[], shared: readonly Map<number, number>[]): number[][] {
  const n = points.length;
  const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let trace = 0;
  shared.forEach((edges, i) => {
    const pi = points[i];
    const row = h[i];
    if (!pi || !row) return;
    for (const [j, len] of edges) {
      const pj = points[j];
      if (!pj) continue;
      const k = len / (2 * Math.hypot(pi[0] - pj[0], pi[1] - pj[1]));
      row[i] = (row[i] ?? 0) + k;
      row[j] = (row[j] ?? 0) - k;
      trace += k;
    }
  });
  // The Laplacian is singular (adding a constant to all weights changes nothing); a small ridge fixes that.
  const ridge = (trace / Math.max(1, n)) * 0.05;
  h.forEach((row, i) => { row[i] = (row[i] ?? 0) + ridge; });
  return h;
}
