/**
 * A generated land-cover raster for the demo province (not surveyed): towns and villages where the people are
 * (a population-density kernel around every village point, towns more compact than the countryside), water along
 * the relief's rivers, forest on steep slopes and in the highlands, plantations (coffee, pepper, rubber: cropland)
 * across the plateau, with seeded patches of forest and open land so the plateau is not one class.
 */
import { gridFraction, projectLngLat, unprojectXY, type GridSpec } from '../grid/equal-area-grid';
import { landCoverCode, LAND_COVER_UNKNOWN, type LandCoverGrid } from '../model/land-cover';
import type { Dataset } from '../model/types';
import { NO_ELEVATION, type TerrainGrid } from '../terrain/terrain-grid';
import { DEFAULT_DEMO_SEED } from './seed';
import type { DemoRelief } from './relief';
import { valueNoise } from './value-noise';

const LAND_COVER_SALT = 0x1a4dc0;
/**
 * Thresholds, people per km², of the kernel estimates: the towns' (wards and townships) alone make built-up classes,
 * a rural village is a village however big, unless the countryside's density reaches the suburban level.
 */
const DENSITY = { denseUrban: 6_000, urban: 2_500, suburban: 1_000, ruralSuburban: 2_500, village: 350 };
/** Kernel widths: town quarters are compact, rural villages spread along their roads. */
const SIGMA_URBAN_M = 350;
const SIGMA_RURAL_M = 320;
/** A town's people live closer together than its census area says: its kernel is weighted up. */
const URBAN_WEIGHT = 3;
const FOREST_SLOPE_DEG = 14;
const HIGHLAND_FOREST_M = 1_050;

const CODE = {
  denseUrban: landCoverCode('dense-urban'),
  urban: landCoverCode('urban'),
  suburban: landCoverCode('suburban'),
  village: landCoverCode('village'),
  cropland: landCoverCode('cropland'),
  forest: landCoverCode('forest'),
  open: landCoverCode('open'),
  water: landCoverCode('water'),
};

/** Bilinear height and slope (degrees) of the terrain at a projected point, or null where unknown. */
function terrainAt(t: TerrainGrid, x: number, y: number): { h: number; slopeDeg: number } | null {
  const { nx, ny, cellSizeM } = t.grid;
  const [fc, fr] = gridFraction(t.grid, x, y);
  const c = Math.max(0, Math.min(nx - 1.001, fc - 0.5));
  const r = Math.max(0, Math.min(ny - 1.001, fr - 0.5));
  const c0 = Math.floor(c);
  const r0 = Math.floor(r);
  const u = c - c0;
  const v = r - r0;
  const a = t.heights[r0 * nx + c0] ?? NO_ELEVATION;
  const b = t.heights[r0 * nx + c0 + 1] ?? NO_ELEVATION;
  const cc = t.heights[(r0 + 1) * nx + c0] ?? NO_ELEVATION;
  const d = t.heights[(r0 + 1) * nx + c0 + 1] ?? NO_ELEVATION;
  if (a === NO_ELEVATION || b === NO_ELEVATION || cc === NO_ELEVATION || d === NO_ELEVATION) return null;
  const h = a * (1 - u) * (1 - v) + b * u * (1 - v) + cc * (1 - u) * v + d * u * v;
  const dzdx = ((b - a) * (1 - v) + (d - cc) * v) / cellSizeM;
  const dzdy = ((cc - a) * (1 - u) + (d - b) * u) / cellSizeM;
  return { h, slopeDeg: (Math.atan(Math.hypot(dzdx, dzdy)) * 180) / Math.PI };
}

/** People per km² from a Gaussian kernel around each village point of the towns (urban) or of the countryside. */
function densityField(dataset: Dataset, grid: GridSpec, urbanVillages: boolean): Float32Array {
  const { nx, ny, cellSizeM } = grid;
  const density = new Float32Array(nx * ny);
  const urban = new Set(dataset.units.filter((u) => u.clutter === 'urban').map((u) => u.code));
  for (const v of dataset.villages) {
    const isUrban = urban.has(v.unitCode);
    if (isUrban !== urbanVillages) continue;
    const sigma = isUrban ? SIGMA_URBAN_M : SIGMA_RURAL_M;
    const people = v.population * (isUrban ? URBAN_WEIGHT : 1);
    const peak = (people / (2 * Math.PI * sigma * sigma)) * 1e6;
    const [x, y] = projectLngLat(grid, v.point[0], v.point[1]);
    const [fc, fr] = gridFraction(grid, x, y);
    const reach = Math.ceil((3 * sigma) / cellSizeM);
    const c0 = Math.floor(fc);
    const r0 = Math.floor(fr);
    for (let r = Math.max(0, r0 - reach); r <= Math.min(ny - 1, r0 + reach); r++) {
      const dy = (r + 0.5 - fr) * cellSizeM;
      for (let c = Math.max(0, c0 - reach); c <= Math.min(nx - 1, c0 + reach); c++) {
        const dx = (c + 0.5 - fc) * cellSizeM;
        const k = r * nx + c;
        density[k] = (density[k] ?? 0) + peak * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
      }
    }
  }
  return density;
}

/** Marks the cells the rivers run through, wider downstream (one cell at least). */
function paintRivers(relief: DemoRelief, grid: GridSpec, classes: Uint8Array): void {
  const { nx, ny, cellSizeM } = grid;
  for (const river of relief.rivers) {
    const pts = river.line.map((p) => gridFraction(grid, ...projectLngLat(grid, p[0], p[1])));
    const total = pts.length - 1;
    pts.forEach((p, i) => {
      const q = pts[i + 1];
      if (!q) return;
      const halfWidthM = 40 + 80 * (i / Math.max(1, total));
      const halfCells = Math.max(0, Math.floor(halfWidthM / cellSizeM));
      const steps = Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]) * 2) + 1;
      for (let s = 0; s <= steps; s++) {
        const t = s / steps;
        const c = Math.floor(p[0] + t * (q[0] - p[0]));
        const r = Math.floor(p[1] + t * (q[1] - p[1]));
        for (let dr = -halfCells; dr <= halfCells; dr++) {
          for (let dc = -halfCells; dc <= halfCells; dc++) {
            const rr = r + dr;
            const cc = c + dc;
            if (rr >= 0 && cc >= 0 && rr < ny && cc < nx) classes[rr * nx + cc] = CODE.water;
          }
        }
      }
    });
  }
}

/**
 * Class codes (model/land-cover) for the demo on `grid` (normally the coverage grid), from its villages and units,
 * and from the relief's heights, slopes and rivers. Every cell gets a class; the same seed gives the same raster.
 */
export function demoLandCover(dataset: Dataset, grid: GridSpec, relief: DemoRelief, seed: number = DEFAULT_DEMO_SEED): LandCoverGrid {
  const { nx, ny, cellSizeM, x0, y0 } = grid;
  const salt = (seed ^ LAND_COVER_SALT) | 0;
  const classes = new Uint8Array(nx * ny).fill(LAND_COVER_UNKNOWN);
  paintRivers(relief, grid, classes);
  const town = densityField(dataset, grid, true);
  const country = densityField(dataset, grid, false);
  // Noise patches in kilometres of the grid's own frame (lon/lat-tied, so the same on any grid of the projection).
  const lonOf = (c: number): number => unprojectXY(grid, x0 + (c + 0.5) * cellSizeM, y0)[0];
  const xs = Float64Array.from({ length: nx }, (_, c) => (lonOf(c) - grid.lon0Deg) * 111.32 * Math.cos((grid.phi0Deg * Math.PI) / 180));
  for (let r = 0; r < ny; r++) {
    const y = y0 - (r + 0.5) * cellSizeM;
    const yk = unprojectXY(grid, 0, y)[1] * 110.57;
    for (let c = 0; c < nx; c++) {
      const k = r * nx + c;
      if (classes[k] === CODE.water) continue;
      const dt = town[k] ?? 0;
      const dc = country[k] ?? 0;
      if (dt >= DENSITY.denseUrban) { classes[k] = CODE.denseUrban; continue; }
      if (dt >= DENSITY.urban) { classes[k] = CODE.urban; continue; }
      if (dt >= DENSITY.suburban || dc >= DENSITY.ruralSuburban) { classes[k] = CODE.suburban; continue; }
      if (dt + dc >= DENSITY.village) { classes[k] = CODE.village; continue; }
      const x = x0 + (c + 0.5) * cellSizeM;
      const xk = xs[c] ?? 0;
      const patch = 0.65 * valueNoise(xk / 4, yk / 4, salt) + 0.35 * valueNoise(xk / 1.5, yk / 1.5, salt + 17);
      const ground = terrainAt(relief, x, y);
      const steep = ground !== null && ground.slopeDeg > FOREST_SLOPE_DEG;
      const high = ground !== null && ground.h > HIGHLAND_FOREST_M;
      if (steep || high || patch > 0.42) classes[k] = high && patch < -0.55 ? CODE.open : CODE.forest;
      else if (patch < -0.5) classes[k] = CODE.open;
      else classes[k] = CODE.cropland;
    }
  }
  return { grid, classes };
}
