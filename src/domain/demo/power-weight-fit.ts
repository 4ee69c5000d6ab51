import { solveLinear } from './linear-solve';
import type { XY } from './planar';
import { powerCellStats } from './power-diagram';

export interface PowerFit {
  weights: number[];
  /** Area of each cell inside the clip ring, m². */
  areas: number[];
}

/**
 * Fits power weights so each cell's area inside `clip` approaches its target. Newton steps: moving wᵢ by δ
 * shifts the edge shared with j by δ/(2dᵢⱼ), so ∂Aᵢ/∂wⱼ = −Lᵢⱼ/(2dᵢⱼ) (a graph Laplacian). Weights stay
 * within |wᵢ − wⱼ| ≤ margin·dᵢⱼ², which keeps each point (1−margin)/2 of the way from any boundary, so no
 * cell vanishes; small units at the edge of a cluster therefore stay larger than their target.
 */
export function fitPowerDiagram(
  points: readonly XY[], targets: readonly number[], clip: readonly XY[], iterations = 30, margin = 0.9,
): PowerFit {
  let weights = new Array<number>(points.length).fill(0);
  let stats = points.map((_, i) => powerCellStats(clip, points, weights, i));
  for (let it = 0; it < iterations; it++) {
    const residual = stats.map((s, i) => (targets[i] ?? 0) - s.area);
    const step = solveLinear(laplacian(points, stats.map((s) => s.shared)), residual);
    weights = boundWeights(points, weights.map((w, i) => w + 0.7 * (step[i] ?? 0)), margin);
    stats = points.map((_, i) => powerCellStats(clip, points, weights, i));
  }
  return { weights, areas: stats.map((s) => s.area) };
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

function pairLimit(points: readonly XY[], i: number, j: number, margin: number): number {
  const pi = points[i];
  const pj = points[j];
  return pi && pj ? margin * ((pi[0] - pj[0]) ** 2 + (pi[1] - pj[1]) ** 2) : Infinity;
}

/**
 * Brings weights within the pairwise bounds: a few symmetric passes (meet halfway, so one small cell does
 * not drag all its neighbours down), then a lowering-only relaxation that always ends feasible (Bellman–Ford).
 */
export function boundWeights(points: readonly XY[], weights: readonly number[], margin: number): number[] {
  const w = weights.slice();
  const n = points.length;
  for (let pass = 0; pass < 20; pass++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const lim = pairLimit(points, i, j, margin);
        const diff = (w[i] ?? 0) - (w[j] ?? 0);
        if (Math.abs(diff) <= lim) continue;
        const half = ((Math.abs(diff) - lim) / 2) * Math.sign(diff);
        w[i] = (w[i] ?? 0) - half;
        w[j] = (w[j] ?? 0) + half;
      }
    }
  }
  for (let pass = 0; pass < n; pass++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const limit = (w[j] ?? 0) + pairLimit(points, i, j, margin);
        if ((w[i] ?? 0) > limit) {
          w[i] = limit;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const mean = w.reduce((s, x) => s + x, 0) / Math.max(1, n);
  return w.map((x) => x - mean);
}
