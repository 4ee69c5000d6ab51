/**
 * A generated relief for the demo province, modelled on Đắk Nông's: a basalt plateau around 500–900 m cut by
 * river valleys near 300 m (a Sêrêpốk/Krông Nô-like river along the north-east, a Đồng Nai-like one along the
 * south, a tributary across the middle), highlands in the east rising towards 2,000 m (Tà Đùng is 1,982 m).
 * Generated, not surveyed: smooth value-noise octaves plus shaped features, the same heights for a seed.
 *
 * So that terrain shadows show out of the box, a few remote villages (the nearest site 3–12 km away) are ringed by
 * a ridge 1–2 km out whose crest stands a few hundred metres above the line from every site within 35 km (antenna
 * on its mast) to the village: the village sits in an enclosed basin, in radio shadow whichever site serves it.
 * One straight ridge would not do: even the remotest demo village has several sites within 8 km, in all directions.
 */
import { areaBBox } from '../coverage/area-bbox';
import type { GridSpec } from '../grid/equal-area-grid';
import { unprojectXY } from '../grid/equal-area-grid';
import type { Dataset, LngLat } from '../model/types';
import type { TerrainGrid } from '../terrain/terrain-grid';
import { DEFAULT_DEMO_SEED } from './seed';
import { LocalProjection } from './local-projection';
import type { XY } from './planar';
import { Rng } from './random';
import { fade, hashUnit, valueNoise } from './value-noise';
import { wiggle } from './wiggle';

/** The relief's cell: 50 m keeps a province's Int16 heights near 8 MB (Đắk Nông: 1,804 × 2,268 cells). */
export const DEMO_RELIEF_CELL_M = 50;
const RELIEF_SALT = 0x7e11ef;
/** Receiver height the shadows are designed against, m (the engine's usual mobile height). */
const RECEIVER_HEIGHT_M = 1.5;
/** Sites this far from a shadowed village are all blocked by its ridge (the engine's range cap). */
const SHADOW_SITE_RANGE_M = 35_000;
/** Crest of a shadow ridge above the highest site-to-village line crossing it, m. */
const SHADOW_CLEARANCE_M = 250;
const SHADOW_COUNT = 4;
const LATTICE_M = 250;
const PEAK_TARGET_M = 1_820;
const SOFT_CAP_FROM_M = 1_900;
const SOFT_CAP_SPAN_M = 90;
const FINE_OCTAVES: readonly { wavelengthM: number; amplitudeM: number }[] = [
  { wavelengthM: 3_200, amplitudeM: 45 },
  { wavelengthM: 1_600, amplitudeM: 24 },
  { wavelengthM: 800, amplitudeM: 12 },
  { wavelengthM: 400, amplitudeM: 6 },
  { wavelengthM: 200, amplitudeM: 3 },
];

/** A village put in radio shadow by a ridge ring, with the site that serves it without terrain. */
export interface ShadowedVillage {
  villageId: string;
  /** The nearest site (3–12 km away): the one that covers the village on flat ground. */
  siteId: string;
  siteDistanceM: number;
  /** Centre of the ridge ring (the village) and its mean radius. */
  ridgeCentre: LngLat;
  ridgeRadiusM: number;
  /** Least, over the sites within 35 km, of the highest ground above the antenna-to-village line, m. */
  clearanceM: number;
}

export interface DemoRiver {
  name: string;
  /** Upstream first. */
  line: LngLat[];
  /** Valley floor at the upstream and downstream ends, m. */
  floorM: [number, number];
}

/** The relief raster plus what it was built around (rivers, shadowed villages) for tests, land cover and the e2e. */
export interface DemoRelief extends TerrainGrid {
  rivers: DemoRiver[];
  shadowedVillages: ShadowedVillage[];
}

/** The relief's grid for a coverage grid: the same projection and north-west corner, 50 m cells over the same area. */
export function demoReliefGrid(coverageGrid: GridSpec, cellSizeM: number = DEMO_RELIEF_CELL_M): GridSpec {
  const { cellSizeM: c, nx, ny } = coverageGrid;
  return {
    ...coverageGrid,
    cellSizeM,
    nx: Math.max(1, Math.ceil((nx * c) / cellSizeM - 1e-9)),
    ny: Math.max(1, Math.ceil((ny * c) / cellSizeM - 1e-9)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Noise

/** Each macro octave turned by its own angle so the lattices' rows and columns do not line up into a grid. */
const OCTAVE_TURNS = [0.52, 1.71, 2.93, 4.07, 5.23].map((a) => [Math.cos(a), Math.sin(a)] as const);

function turnedNoise(x: number, y: number, l: number, o: number, salt: number): number {
  const [c, s] = OCTAVE_TURNS[o % OCTAVE_TURNS.length] ?? [1, 0];
  return valueNoise((c * x - s * y) / l, (s * x + c * y) / l, salt);
}

/** Octaves of value noise, normalised to about [−1, 1]. */
function fbm(x: number, y: number, wavelengthM: number, octaves: number, salt: number): number {
  let sum = 0;
  let norm = 0;
  let amp = 1;
  let l = wavelengthM;
  for (let o = 0; o < octaves; o++) {
    sum += amp * turnedNoise(x, y, l, o, salt + o * 101);
    norm += amp;
    amp *= 0.5;
    l *= 0.5;
  }
  return sum / norm;
}

/** Ridged octaves in [0, 1]: sharp crests where the noise crosses zero. */
function ridged(x0: number, y0: number, wavelengthM: number, octaves: number, salt: number): number {
  // A gentle warp bends the crests out of straight lines.
  const x = x0 + 0.35 * wavelengthM * fbm(x0, y0, wavelengthM, 2, salt + 7);
  const y = y0 + 0.35 * wavelengthM * fbm(x0, y0, wavelengthM, 2, salt + 11);
  let sum = 0;
  let norm = 0;
  let amp = 1;
  let l = wavelengthM;
  for (let o = 0; o < octaves; o++) {
    const n = 1 - Math.abs(turnedNoise(x, y, l, o + 2, salt + o * 131));
    sum += amp * n * n;
    norm += amp;
    amp *= 0.5;
    l *= 0.5;
  }
  return sum / norm;
}

function fineNoise(x: number, y: number, salt: number): number {
  let sum = 0;
  FINE_OCTAVES.forEach((o, k) => {
    sum += o.amplitudeM * valueNoise(x / o.wavelengthM, y / o.wavelengthM, salt + 977 * (k + 1));
  });
  return sum;
}

const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

const softCap = (h: number): number =>
  h <= SOFT_CAP_FROM_M ? h : SOFT_CAP_FROM_M + SOFT_CAP_SPAN_M * Math.tanh((h - SOFT_CAP_FROM_M) / SOFT_CAP_SPAN_M);

/** Catmull-Rom weights for a fraction t in [0, 1). */
function catmullWeights(t: number, out: Float64Array, at: number): void {
  const t2 = t * t;
  const t3 = t2 * t;
  out[at] = (-t3 + 2 * t2 - t) / 2;
  out[at + 1] = (3 * t3 - 5 * t2 + 2) / 2;
  out[at + 2] = (-3 * t3 + 4 * t2 + t) / 2;
  out[at + 3] = (t3 - t2) / 2;
}

// ---------------------------------------------------------------------------------------------------------------
// The plan: everything but the raster, in a local frame (metres east/north of the province's centre)

interface River { name: string; pts: XY[]; cum: number[]; floor: [number, number] }
interface Ring { c: XY; r0: number; sigma: number; amp: number; lobes: number; phase: number }

interface Lattice { x0: number; y0: number; nx: number; ny: number; macro: Float64Array; rough: Float64Array }

interface Plan {
  projection: LocalProjection;
  salt: number;
  rivers: River[];
  lattice: Lattice;
  rings: Ring[];
  shadowed: ShadowedVillage[];
}

function riverNearest(r: River, p: XY, segments?: readonly number[]): { d: number; s: number } {
  let best = Infinity;
  let bestS = 0;
  const n = segments ? segments.length : r.pts.length - 1;
  for (let m = 0; m < n; m++) {
    const i = segments ? (segments[m] ?? 0) : m;
    const a = r.pts[i];
    const b = r.pts[i + 1];
    if (!a || !b) continue;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
    const ex = p[0] - a[0] - t * dx;
    const ey = p[1] - a[1] - t * dy;
    const d2 = ex * ex + ey * ey;
    if (d2 < best) {
      best = d2;
      bestS = (r.cum[i] ?? 0) + t * Math.sqrt(len2);
    }
  }
  const total = r.cum[r.cum.length - 1] ?? 1;
  return { d: Math.sqrt(best), s: total > 0 ? bestS / total : 0 };
}

function makeRiver(rng: Rng, name: string, a: XY, b: XY, floor: [number, number]): River {
  const pts = wiggle(rng, a, b, 6, 0.14);
  const cum = [0];
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i - 1];
    const q = pts[i];
    cum.push((cum[i - 1] ?? 0) + (p && q ? Math.hypot(q[0] - p[0], q[1] - p[1]) : 0));
  }
  return { name, pts, cum, floor };
}

const SAMPLE_WEIGHTS = new Float64Array(8);

function latticeSample(l: Lattice, field: Float64Array, x: number, y: number): number {
  const fx = Math.max(1, Math.min(l.nx - 2.000001, (x - l.x0) / LATTICE_M));
  const fy = Math.max(1, Math.min(l.ny - 2.000001, (y - l.y0) / LATTICE_M));
  const ix = Math.floor(fx);
  const iy = Math.floor(fy);
  const w = SAMPLE_WEIGHTS;
  catmullWeights(fx - ix, w, 0);
  catmullWeights(fy - iy, w, 4);
  let sum = 0;
  for (let j = 0; j < 4; j++) {
    const row = (iy - 1 + j) * l.nx + ix - 1;
    let s = 0;
    for (let i = 0; i < 4; i++) s += (w[i] ?? 0) * (field[row + i] ?? 0);
    sum += (w[4 + j] ?? 0) * s;
  }
  return sum;
}

function ringHeight(r: Ring, x: number, y: number): number {
  const dx = x - r.c[0];
  const dy = y - r.c[1];
  const reach = r.r0 * 1.15 + 3 * r.sigma;
  if (Math.abs(dx) > reach || Math.abs(dy) > reach) return 0;
  const rho = Math.sqrt(dx * dx + dy * dy);
  if (rho > reach) return 0;
  const theta = Math.atan2(dy, dx);
  const radius = r.r0 * (1 + 0.12 * Math.sin(r.lobes * theta + r.phase));
  const a = r.amp * (1 + 0.15 * (0.5 + 0.5 * Math.sin((r.lobes + 1) * theta - r.phase)));
  const q = (rho - radius) / r.sigma;
  return a * Math.exp(-q * q);
}

/** Ground height at a frame point: the same composition the raster uses, before the soft cap. */
function groundAt(plan: Plan, x: number, y: number, rings: readonly Ring[] = plan.rings): number {
  let h = latticeSample(plan.lattice, plan.lattice.macro, x, y)
    + latticeSample(plan.lattice, plan.lattice.rough, x, y) * fineNoise(x, y, plan.salt);
  for (const r of rings) h += ringHeight(r, x, y);
  return softCap(h);
}

function buildLattice(rng: Rng, salt: number, ext: [number, number, number, number], rivers: River[]): Lattice {
  const [minX, minY, maxX, maxY] = ext;
  const margin = 6_000;
  const x0 = minX - margin;
  const y0 = minY - margin;
  const nx = Math.ceil((maxX - minX + 2 * margin) / LATTICE_M) + 1;
  const ny = Math.ceil((maxY - minY + 2 * margin) / LATTICE_M) + 1;
  const peak: XY = [minX + (0.84 + 0.06 * rng.next()) * (maxX - minX), minY + (0.25 + 0.12 * rng.next()) * (maxY - minY)];
  const plateau = new Float64Array(nx * ny);
  const mountain = new Float64Array(nx * ny);
  const highland = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const y = y0 + j * LATTICE_M;
    const v = (y - minY) / (maxY - minY);
    for (let i = 0; i < nx; i++) {
      const x = x0 + i * LATTICE_M;
      const u = (x - minX) / (maxX - minX);
      const k = j * nx + i;
      // Basalt plateau near 650 m, lower towards the Sêrêpốk basin in the north.
      plateau[k] = 660 + 150 * fbm(x, y, 40_000, 3, salt + 1) - 200 * smoothstep(0.72, 1.05, v);
      const e = smoothstep(0.52, 0.9, u + 0.12 * fbm(x, y, 30_000, 2, salt + 2)) * (1 - 0.35 * smoothstep(0.6, 1, v));
      highland[k] = e;
      const dPeak = Math.hypot(x - peak[0], y - peak[1]);
      mountain[k] = e * (300 + 700 * ridged(x, y, 16_000, 3, salt + 3)) + 800 * Math.exp(-(dPeak * dPeak) / (2 * 6_000 * 6_000));
    }
  }
  // Scale the highlands so the highest point of the province's box reaches the target (bisection on the scale).
  const inside = (k: number): boolean => {
    const x = x0 + (k % nx) * LATTICE_M;
    const y = y0 + Math.floor(k / nx) * LATTICE_M;
    return x >= minX && x <= maxX && y >= minY && y <= maxY;
  };
  const maxWith = (s: number): number => {
    let m = -Infinity;
    for (let k = 0; k < nx * ny; k++) if (inside(k)) m = Math.max(m, (plateau[k] ?? 0) + s * (mountain[k] ?? 0));
    return m;
  };
  let lo = 0;
  let hi = 4;
  for (let it = 0; it < 40; it++) {
    const mid = (lo + hi) / 2;
    if (maxWith(mid) < PEAK_TARGET_M) lo = mid;
    else hi = mid;
  }
  const scale = lo;
  const macro = new Float64Array(nx * ny);
  const rough = new Float64Array(nx * ny);
  // Valleys: the distance to each river, looking only at the segments that can reach a block of the lattice.
  const BLOCK = 16;
  const reachM = 5_500;
  for (let bj = 0; bj < ny; bj += BLOCK) {
    for (let bi = 0; bi < nx; bi += BLOCK) {
      const bx0 = x0 + bi * LATTICE_M - reachM;
      const bx1 = x0 + (bi + BLOCK) * LATTICE_M + reachM;
      const by0 = y0 + bj * LATTICE_M - reachM;
      const by1 = y0 + (bj + BLOCK) * LATTICE_M + reachM;
      const near = rivers.map((r) => {
        const out: number[] = [];
        for (let i = 0; i < r.pts.length - 1; i++) {
          const a = r.pts[i];
          const b = r.pts[i + 1];
          if (!a || !b) continue;
          if (Math.max(a[0], b[0]) < bx0 || Math.min(a[0], b[0]) > bx1) continue;
          if (Math.max(a[1], b[1]) < by0 || Math.min(a[1], b[1]) > by1) continue;
          out.push(i);
        }
        return out;
      });
      for (let j = bj; j < Math.min(ny, bj + BLOCK); j++) {
        for (let i = bi; i < Math.min(nx, bi + BLOCK); i++) {
          const k = j * nx + i;
          const p: XY = [x0 + i * LATTICE_M, y0 + j * LATTICE_M];
          let h = (plateau[k] ?? 0) + scale * (mountain[k] ?? 0);
          let inValley = 0;
          for (let ri = 0; ri < rivers.length; ri++) {
            const r = rivers[ri];
            const segs = near[ri] ?? [];
            if (!r || segs.length === 0) continue;
            const { d, s } = riverNearest(r, p, segs);
            const floor = r.floor[0] + (r.floor[1] - r.floor[0]) * s;
            const w = 1 - smoothstep(150, 2_500 + 3_000 * s, d);
            if (h > floor) h -= w * (h - floor);
            inValley = Math.max(inValley, w);
          }
          macro[k] = h;
          rough[k] = 1 + 0.6 * (highland[k] ?? 0) - 0.75 * inValley;
        }
      }
    }
  }
  return { x0, y0, nx, ny, macro, rough };
}

interface FramedSite { id: string; xy: XY; heightM: number }

function chooseShadows(rng: Rng, dataset: Dataset, plan: Plan, ext: [number, number, number, number]): void {
  const { projection } = plan;
  const sites: FramedSite[] = dataset.sites
    .filter((s) => !s.proposed)
    .map((s) => ({ id: s.id, xy: projection.toXY(s.lon, s.lat), heightM: s.heightM }));
  const urban = new Set(dataset.units.filter((u) => u.clutter === 'urban').map((u) => u.code));
  const span = Math.min(ext[2] - ext[0], ext[3] - ext[1]);
  const candidates = dataset.villages
    .filter((v) => !urban.has(v.unitCode))
    .map((v) => {
      const xy = projection.toXY(v.point[0], v.point[1]);
      let nearest: FramedSite | undefined;
      let dNearest = Infinity;
      for (const s of sites) {
        const d = Math.hypot(s.xy[0] - xy[0], s.xy[1] - xy[1]);
        if (d < dNearest) { dNearest = d; nearest = s; }
      }
      const dRiver = Math.min(...plan.rivers.map((r) => riverNearest(r, xy).d));
      return { id: v.id, xy, nearest, dNearest, dRiver, ground: groundAt(plan, xy[0], xy[1]) };
    })
    // Plateau villages away from the valleys: a basin rim there stays a few hundred metres high.
    .filter((c) => c.nearest && c.dNearest >= 3_000 && c.dNearest <= 12_000 && c.dRiver > 7_000 && c.ground < 1_000)
    .sort((a, b) => b.dNearest - a.dNearest || (a.id < b.id ? -1 : 1));
  const chosen: typeof candidates = [];
  const minApart = Math.max(10_000, span / 6);
  for (const c of candidates) {
    if (chosen.length >= SHADOW_COUNT) break;
    if (chosen.every((o) => Math.hypot(o.xy[0] - c.xy[0], o.xy[1] - c.xy[1]) >= minApart)) chosen.push(c);
  }

  for (const c of chosen) {
    const r0 = Math.min(2_000, 0.45 * c.dNearest);
    const ring: Ring = { c: c.xy, r0, sigma: 0.25 * r0, amp: 0, lobes: rng.int(2, 4), phase: rng.range(0, 2 * Math.PI) };
    const rings = plan.rings;
    const hv = groundAt(plan, c.xy[0], c.xy[1], rings) + RECEIVER_HEIGHT_M;
    let crest = -Infinity;
    for (const s of sites) {
      const d = Math.hypot(s.xy[0] - c.xy[0], s.xy[1] - c.xy[1]);
      if (d > SHADOW_SITE_RANGE_M) continue;
      const hs = groundAt(plan, s.xy[0], s.xy[1], rings) + s.heightM;
      crest = Math.max(crest, hv + ((hs - hv) * r0 * 1.15) / d);
    }
    // The lowest ground under the crest line decides the ridge's height.
    let lowest = Infinity;
    for (let k = 0; k < 128; k++) {
      const th = (2 * Math.PI * k) / 128;
      const radius = r0 * (1 + 0.12 * Math.sin(ring.lobes * th + ring.phase));
      lowest = Math.min(lowest, groundAt(plan, c.xy[0] + radius * Math.cos(th), c.xy[1] + radius * Math.sin(th), rings));
    }
    ring.amp = Math.max(0, crest + SHADOW_CLEARANCE_M - lowest);
    plan.rings.push(ring);
  }

  // Check every path with all rings in place; keep the villages whose every site is blocked.
  for (const c of chosen) {
    const ring = plan.rings.find((r) => r.c === c.xy);
    if (!c.nearest || !ring) continue;
    const hv = groundAt(plan, c.xy[0], c.xy[1]) + RECEIVER_HEIGHT_M;
    let clearance = Infinity;
    for (const s of sites) {
      const d = Math.hypot(s.xy[0] - c.xy[0], s.xy[1] - c.xy[1]);
      if (d > SHADOW_SITE_RANGE_M) continue;
      const hs = groundAt(plan, s.xy[0], s.xy[1]) + s.heightM;
      // Only the stretch across the ridge: elsewhere the ground is what it would be without shadows.
      let above = -Infinity;
      const steps = Math.ceil(d / 50);
      const reach = ring.r0 * 1.15 + 3 * ring.sigma;
      for (let k = Math.max(1, Math.floor(steps * (1 - reach / d))); k < steps; k++) {
        const t = k / steps;
        const g = groundAt(plan, s.xy[0] + t * (c.xy[0] - s.xy[0]), s.xy[1] + t * (c.xy[1] - s.xy[1]));
        above = Math.max(above, g - (hs + t * (hv - hs)));
      }
      clearance = Math.min(clearance, above);
    }
    if (!(clearance > 0)) continue;
    plan.shadowed.push({
      villageId: c.id,
      siteId: c.nearest.id,
      siteDistanceM: Math.round(c.dNearest),
      ridgeCentre: projection.toLngLat(c.xy),
      ridgeRadiusM: Math.round(ring.r0),
      clearanceM: Math.round(clearance),
    });
  }
}

function makePlan(dataset: Dataset, seed: number): Plan {
  const { bbox } = areaBBox(dataset);
  const projection = new LocalProjection((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2);
  const [minX, minY] = projection.toXY(bbox[0], bbox[1]);
  const [maxX, maxY] = projection.toXY(bbox[2], bbox[3]);
  const ext: [number, number, number, number] = [minX, minY, maxX, maxY];
  const rng = new Rng((seed ^ RELIEF_SALT) >>> 0);
  const salt = Math.floor(rng.next() * 0x3fffffff);
  const at = (u: number, v: number): XY => [minX + u * (maxX - minX), minY + v * (maxY - minY)];
  const rivers = [
    makeRiver(rng, 'Sông Krông Nô – Sêrêpốk (generated)', at(1.03, rng.range(0.55, 0.68)), at(rng.range(0.25, 0.4), 1.03), [360, 290]),
    makeRiver(rng, 'Sông Đồng Nai (generated)', at(rng.range(0.82, 0.92), -0.03), at(-0.03, rng.range(0.1, 0.2)), [330, 260]),
    makeRiver(rng, 'Suối Đắk Nông (generated)', at(rng.range(0.5, 0.58), rng.range(0.45, 0.55)), at(-0.03, rng.range(0.55, 0.68)), [470, 300]),
  ];
  const lattice = buildLattice(rng, salt, ext, rivers);
  const plan: Plan = { projection, salt, rivers, lattice, rings: [], shadowed: [] };
  chooseShadows(rng, dataset, plan, ext);
  return plan;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** The villages the demo relief puts in radio shadow (cheap: no raster), with the site that covers each today. */
export function demoShadowedVillages(dataset: Dataset, seed: number = DEFAULT_DEMO_SEED): ShadowedVillage[] {
  return makePlan(dataset, seed).shadowed;
}

/**
 * Generated ground heights for `dataset` on `grid` (any grid of the engine's projection; demoReliefGrid gives the
 * usual 50 m one). The relief lives in a frame tied to the dataset's area, so every grid samples the same ground.
 */
export function demoRelief(dataset: Dataset, grid: GridSpec, seed: number = DEFAULT_DEMO_SEED): DemoRelief {
  const plan = makePlan(dataset, seed);
  const { nx, ny, cellSizeM, x0, y0 } = grid;
  const { projection, lattice } = plan;
  // The equal-area projection is separable (longitude from x, latitude from y) and so is the local frame.
  const xs = new Float64Array(nx);
  const ys = new Float64Array(ny);
  for (let c = 0; c < nx; c++) {
    const [lon] = unprojectXY(grid, x0 + (c + 0.5) * cellSizeM, y0);
    xs[c] = projection.toXY(lon, 0)[0];
  }
  for (let r = 0; r < ny; r++) {
    const [, lat] = unprojectXY(grid, 0, y0 - (r + 0.5) * cellSizeM);
    ys[r] = projection.toXY(0, lat)[1];
  }
  const colIdx = new Int32Array(nx);
  const colW = new Float64Array(nx * 4);
  for (let c = 0; c < nx; c++) {
    const f = Math.max(1, Math.min(lattice.nx - 2.000001, ((xs[c] ?? 0) - lattice.x0) / LATTICE_M));
    colIdx[c] = Math.floor(f) - 1;
    catmullWeights(f - Math.floor(f), colW, c * 4);
  }
  const rowW = new Float64Array(4);
  const macroRow = new Float64Array(lattice.nx);
  const roughRow = new Float64Array(lattice.nx);
  const heights = new Int16Array(nx * ny);
  const cellRough = new Float64Array(nx);
  const acc = new Float64Array(nx);
  for (let r = 0; r < ny; r++) {
    const y = ys[r] ?? 0;
    const f = Math.max(1, Math.min(lattice.ny - 2.000001, (y - lattice.y0) / LATTICE_M));
    const j0 = Math.floor(f) - 1;
    catmullWeights(f - Math.floor(f), rowW, 0);
    // Interpolate the lattice rows to this row first, then along it.
    for (let i = 0; i < lattice.nx; i++) {
      let m = 0;
      let q = 0;
      for (let j = 0; j < 4; j++) {
        const k = (j0 + j) * lattice.nx + i;
        const w = rowW[j] ?? 0;
        m += w * (lattice.macro[k] ?? 0);
        q += w * (lattice.rough[k] ?? 0);
      }
      macroRow[i] = m;
      roughRow[i] = q;
    }
    for (let c = 0; c < nx; c++) {
      const i0 = colIdx[c] ?? 0;
      let m = 0;
      let q = 0;
      for (let i = 0; i < 4; i++) {
        const w = colW[c * 4 + i] ?? 0;
        m += w * (macroRow[i0 + i] ?? 0);
        q += w * (roughRow[i0 + i] ?? 0);
      }
      acc[c] = m;
      cellRough[c] = q;
    }
    // Fine octaves along the row, the lattice corners fetched only when the column crosses into a new cell.
    FINE_OCTAVES.forEach((o, k) => {
      const salt = plan.salt + 977 * (k + 1);
      const fy = y / o.wavelengthM;
      const iy = Math.floor(fy);
      const v = fade(fy - iy);
      let ixPrev = Number.NaN;
      let left = 0;
      let right = 0;
      for (let c = 0; c < nx; c++) {
        const fx = (xs[c] ?? 0) / o.wavelengthM;
        const ix = Math.floor(fx);
        if (ix !== ixPrev) {
          const a = hashUnit(ix, iy, salt);
          const b = hashUnit(ix + 1, iy, salt);
          left = a + (hashUnit(ix, iy + 1, salt) - a) * v;
          right = b + (hashUnit(ix + 1, iy + 1, salt) - b) * v;
          ixPrev = ix;
        }
        const u = fade(fx - ix);
        acc[c] = (acc[c] ?? 0) + (cellRough[c] ?? 0) * o.amplitudeM * (left + (right - left) * u);
      }
    });
    for (const ring of plan.rings) {
      const reach = ring.r0 * 1.15 + 3 * ring.sigma;
      if (Math.abs(y - ring.c[1]) > reach) continue;
      for (let c = 0; c < nx; c++) {
        const x = xs[c] ?? 0;
        if (Math.abs(x - ring.c[0]) <= reach) acc[c] = (acc[c] ?? 0) + ringHeight(ring, x, y);
      }
    }
    const base = r * nx;
    for (let c = 0; c < nx; c++) heights[base + c] = Math.max(-500, Math.min(32_767, Math.round(softCap(acc[c] ?? 0))));
  }
  return {
    grid,
    heights,
    rivers: plan.rivers.map((rv) => ({ name: rv.name, line: rv.pts.map((p) => projection.toLngLat(p)), floorM: rv.floor })),
    shadowedVillages: plan.shadowed,
  };
}
