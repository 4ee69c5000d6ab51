/**
 * The terrain profile chart laid out for an SVG of a given size: every curve as path data in the SVG's user units
 * and the axis ticks. The panel only draws what this returns.
 */
import type { PathChart } from '../domain/terrain/path-chart';
import { HOP_CLEARANCE_F1 } from '../domain/terrain/path-chart';
import { V_MIN } from '../domain/terrain/knife-edge';

export interface PlotBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Tick {
  /** Position along its axis, user units. */
  at: number;
  value: number;
}

export interface ProfilePlot {
  box: PlotBox;
  /** Filled ground (raised by the bulge), one closed path per known stretch. */
  ground: string;
  /** The bulge alone, drawn from the lowest ground up: the curvature of the earth. */
  curvature: string;
  los: string;
  /** The first Fresnel zone around the line of sight, closed. */
  fresnel: string;
  /** The line of sight less 0.6·F1: the ground must stay below it for a clear hop. */
  clearanceLine: string;
  /** The dominant edge (its top; null when nothing comes near the line of sight), the Deygout edges, the least clearance. */
  edge: { x: number; y: number } | null;
  deygout: { x: number; y: number }[];
  leastClearance: { x: number; y: number } | null;
  /** Antenna tops. */
  ends: [{ x: number; y: number }, { x: number; y: number }];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Distance unit of xTicks values: kilometres. */
  xMaxKm: number;
}

/** Up to this many plotted columns (each the highest ground of its stretch, so a ridge is never lost). */
const COLUMNS = 600;

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}

function ticks(lo: number, hi: number, count: number, toPx: (v: number) => number): Tick[] {
  const step = niceStep(hi - lo, count);
  const out: Tick[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push({ at: toPx(v), value: Number(v.toPrecision(12)) });
  return out;
}

const f = (n: number): string => n.toFixed(1);

export function profilePlot(c: PathChart, box: PlotBox): ProfilePlot {
  const n = c.distancesM.length;
  const at = (a: Float64Array, i: number): number => a[i] ?? Number.NaN;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const g = at(c.bulgedGroundM, i);
    if (!Number.isNaN(g)) { lo = Math.min(lo, at(c.groundM, i)); hi = Math.max(hi, g); }
    const l = at(c.losM, i);
    const r = at(c.fresnelM, i);
    if (!Number.isNaN(l)) { lo = Math.min(lo, l - r); hi = Math.max(hi, l + r); }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) { lo = 0; hi = 100; }
  const pad = Math.max(5, (hi - lo) * 0.05);
  const step = niceStep(hi - lo + 2 * pad, 5);
  const yLo = Math.floor((lo - pad) / step) * step;
  const yHi = Math.ceil((hi + pad) / step) * step;
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const length = c.lengthM > 0 ? c.lengthM : 1;
  const x = (d: number): number => box.left + (d / length) * plotW;
  const y = (h: number): number => box.top + (1 - (h - yLo) / (yHi - yLo)) * plotH;
  const base = box.top + plotH;

  // Columns: the highest bulged ground of each stretch (NaN when all of it is unknown).
  const cols = Math.min(COLUMNS, n);
  const colD: number[] = [];
  const colG: number[] = [];
  for (let k = 0; k < cols; k++) {
    const i0 = Math.floor((k * n) / cols);
    const i1 = Math.max(i0 + 1, Math.floor(((k + 1) * n) / cols));
    let best = Number.NaN;
    let bestI = i0;
    for (let i = i0; i < i1; i++) {
      const g = at(c.bulgedGroundM, i);
      if (!Number.isNaN(g) && (Number.isNaN(best) || g > best)) { best = g; bestI = i; }
    }
    colD.push(at(c.distancesM, bestI));
    colG.push(best);
  }
  let ground = '';
  let open: number[] = [];
  const close = () => {
    if (open.length > 0) {
      const first = open[0] ?? 0;
      const last = open[open.length - 1] ?? 0;
      ground += `M${f(x(colD[first] ?? 0))},${f(base)}` + open.map((k) => `L${f(x(colD[k] ?? 0))},${f(y(colG[k] ?? 0))}`).join('') + `L${f(x(colD[last] ?? 0))},${f(base)}Z`;
    }
    open = [];
  };
  for (let k = 0; k < cols; k++) {
    if (Number.isNaN(colG[k] ?? Number.NaN)) close();
    else open.push(k);
  }
  close();

  const stride = Math.max(1, Math.floor(n / COLUMNS));
  const idx: number[] = [];
  for (let i = 0; i < n; i += stride) idx.push(i);
  if (idx[idx.length - 1] !== n - 1) idx.push(n - 1);
  const line = (h: (i: number) => number): string =>
    idx.map((i, k) => `${k === 0 ? 'M' : 'L'}${f(x(at(c.distancesM, i)))},${f(y(h(i)))}`).join('');
  const floor = lo;
  const curvature = line((i) => floor + at(c.bulgeM, i));
  const upper = line((i) => at(c.losM, i) + at(c.fresnelM, i));
  const lower = [...idx].reverse().map((i) => `L${f(x(at(c.distancesM, i)))},${f(y(at(c.losM, i) - at(c.fresnelM, i)))}`).join('');
  const nearest = (d: number): number => Math.max(0, Math.min(n - 1, Math.round((d / length) * (n - 1))));
  const top = (d: number, h: number) => ({ x: x(d), y: y(h + at(c.bulgeM, nearest(d))) });
  const lc = c.minClearance;
  return {
    box,
    ground,
    curvature,
    los: `M${f(x(0))},${f(y(c.fromAntennaAslM))}L${f(x(length))},${f(y(c.toAntennaAslM))}`,
    fresnel: `${upper}${lower}Z`,
    clearanceLine: line((i) => at(c.losM, i) - HOP_CLEARANCE_F1 * at(c.fresnelM, i)),
    edge: c.dominant && c.dominant.v > V_MIN ? top(c.dominant.distanceM, c.dominant.heightM) : null,
    deygout: c.deygoutEdges.filter((e) => e.v > V_MIN).map((e) => top(e.distanceM, e.heightM)),
    leastClearance: lc ? { x: x(lc.distanceM), y: y(at(c.losM, nearest(lc.distanceM)) - lc.clearanceM) } : null,
    ends: [{ x: x(0), y: y(c.fromAntennaAslM) }, { x: x(length), y: y(c.toAntennaAslM) }],
    xTicks: ticks(0, length / 1000, 6, (km) => x(km * 1000)),
    yTicks: ticks(yLo, yHi, 5, y),
    xMaxKm: length / 1000,
  };
}
