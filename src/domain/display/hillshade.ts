/**
 * Hillshade of a terrain grid (Horn's 3×3 slope, the usual GIS shaded relief), on the same Web Mercator rows as the
 * coverage images so it overlays them exactly. The default 'overlay' style leaves flat ground transparent, darkens
 * slopes turned away from the light and lightens those facing it; 'grey' is the classic opaque grey image.
 * Unknown heights (NO_ELEVATION) are transparent and do not shade their neighbours.
 */
import type { GridSpec } from '../grid/equal-area-grid';
import { NO_ELEVATION, type TerrainGrid } from '../terrain/terrain-grid';
import { mercatorRowSource, type CoverageImage } from './coverage-image';

export type HillshadeStyle = 'overlay' | 'grey';

export interface HillshadeOptions {
  /** Direction the light comes from, degrees clockwise from north. */
  azimuthDeg?: number;
  /** Height of the light above the horizon, degrees. */
  altitudeDeg?: number;
  /** Vertical exaggeration. */
  zFactor?: number;
  /** Largest image side, pixels: a finer grid is averaged down by a whole factor first. */
  maxSide?: number;
  style?: HillshadeStyle;
}

export const HILLSHADE_DEFAULTS: Required<HillshadeOptions> = {
  azimuthDeg: 315,
  altitudeDeg: 45,
  zFactor: 1,
  maxSide: 2048,
  style: 'overlay',
};

/** Darkest shadow's alpha and brightest light's alpha in the overlay style. */
const SHADOW_ALPHA = 200;
const LIGHT_ALPHA = 120;

/** Heights averaged over k × k blocks (unknown cells left out; NaN where a block has none), as floats. */
function averaged(t: TerrainGrid, k: number): { grid: GridSpec; z: Float32Array } {
  const { nx, ny, cellSizeM } = t.grid;
  const ox = Math.ceil(nx / k);
  const oy = Math.ceil(ny / k);
  const z = new Float32Array(ox * oy);
  if (k === 1) {
    for (let i = 0; i < nx * ny; i++) {
      const h = t.heights[i] ?? NO_ELEVATION;
      z[i] = h === NO_ELEVATION ? Number.NaN : h;
    }
  } else {
    const sum = new Float64Array(ox * oy);
    const count = new Uint32Array(ox * oy);
    for (let r = 0; r < ny; r++) {
      const orow = Math.floor(r / k) * ox;
      for (let c = 0; c < nx; c++) {
        const h = t.heights[r * nx + c] ?? NO_ELEVATION;
        if (h === NO_ELEVATION) continue;
        const o = orow + Math.floor(c / k);
        sum[o] = (sum[o] ?? 0) + h;
        count[o] = (count[o] ?? 0) + 1;
      }
    }
    for (let o = 0; o < ox * oy; o++) {
      const n = count[o] ?? 0;
      z[o] = n > 0 ? (sum[o] ?? 0) / n : Number.NaN;
    }
  }
  return { grid: { ...t.grid, cellSizeM: cellSizeM * k, nx: ox, ny: oy }, z };
}

/** A neighbour's height, or the centre's where the neighbour is unknown. */
function orCentre(z: Float32Array, k: number, centre: number): number {
  const v = z[k] ?? Number.NaN;
  return Number.isNaN(v) ? centre : v;
}

/**
 * Illumination in [0, 1] per cell (NaN where unknown): Horn's weighted 3×3 gradient, edges and unknown neighbours
 * standing in with the centre's height. A flat cell gets sin(altitude).
 */
export function hillshadeValues(
  grid: GridSpec, z: Float32Array, opts: Pick<HillshadeOptions, 'azimuthDeg' | 'altitudeDeg' | 'zFactor'> = {},
): Float32Array {
  const azimuth = opts.azimuthDeg ?? HILLSHADE_DEFAULTS.azimuthDeg;
  const altitude = opts.altitudeDeg ?? HILLSHADE_DEFAULTS.altitudeDeg;
  const zFactor = opts.zFactor ?? HILLSHADE_DEFAULTS.zFactor;
  const { nx, ny, cellSizeM } = grid;
  const zenith = ((90 - altitude) * Math.PI) / 180;
  const azimuthMath = (((360 - azimuth + 90) % 360) * Math.PI) / 180;
  const cosZ = Math.cos(zenith);
  const sinZ = Math.sin(zenith);
  const out = new Float32Array(nx * ny);
  const scale = zFactor / (8 * cellSizeM);
  // cos(slope)·cosZ + sin(slope)·sinZ·cos(azimuth − aspect), with aspect = atan2(dz/dy, −dz/dx), without trigonometry.
  const lightX = -sinZ * Math.cos(azimuthMath);
  const lightY = sinZ * Math.sin(azimuthMath);
  for (let r = 0; r < ny; r++) {
    const north = (r > 0 ? r - 1 : r) * nx;
    const here = r * nx;
    const south = (r < ny - 1 ? r + 1 : r) * nx;
    for (let c = 0; c < nx; c++) {
      const i = here + c;
      const e = z[i] ?? Number.NaN;
      if (Number.isNaN(e)) {
        out[i] = Number.NaN;
        continue;
      }
      const w = c > 0 ? c - 1 : c;
      const east = c < nx - 1 ? c + 1 : c;
      const a = orCentre(z, north + w, e);
      const b = orCentre(z, north + c, e);
      const cc = orCentre(z, north + east, e);
      const d = orCentre(z, here + w, e);
      const f = orCentre(z, here + east, e);
      const g = orCentre(z, south + w, e);
      const h = orCentre(z, south + c, e);
      const ii = orCentre(z, south + east, e);
      // dz/dx towards the east, dz/dy towards the south (rows run south), as in the usual formulation.
      const dzdx = (cc + 2 * f + ii - (a + 2 * d + g)) * scale;
      const dzdy = (g + 2 * h + ii - (a + 2 * b + cc)) * scale;
      const shade = (cosZ + lightX * dzdx + lightY * dzdy) / Math.sqrt(1 + dzdx * dzdx + dzdy * dzdy);
      out[i] = Math.max(0, Math.min(1, shade));
    }
  }
  return out;
}

/** Shaded relief of a terrain grid as an RGBA image with its bounds, averaged down to at most `maxSide` pixels. */
export function hillshadeImage(t: TerrainGrid, opts: HillshadeOptions = {}): CoverageImage {
  const o = { ...HILLSHADE_DEFAULTS, ...opts };
  const k = Math.max(1, Math.ceil(Math.max(t.grid.nx, t.grid.ny) / Math.max(1, o.maxSide)));
  const { grid, z } = averaged(t, k);
  const shade = hillshadeValues(grid, z, o);
  // What a flat cell gets, as stored (Float32), so flat ground is exactly transparent.
  const flat = Math.fround(Math.max(0, Math.min(1, Math.cos(((90 - o.altitudeDeg) * Math.PI) / 180))));
  const { nx, ny } = grid;
  const rows = mercatorRowSource(grid);
  const rgba = new Uint8ClampedArray(nx * ny * 4);
  for (let outRow = 0; outRow < ny; outRow++) {
    const src = (rows.source[outRow] ?? 0) * nx;
    for (let col = 0; col < nx; col++) {
      const s = shade[src + col] ?? Number.NaN;
      if (Number.isNaN(s)) continue;
      const p = (outRow * nx + col) * 4;
      if (o.style === 'grey') {
        const v = Math.round(255 * s);
        rgba[p] = v;
        rgba[p + 1] = v;
        rgba[p + 2] = v;
        rgba[p + 3] = 255;
      } else if (s < flat) {
        rgba[p + 3] = Math.round((SHADOW_ALPHA * (flat - s)) / flat);
      } else if (s > flat) {
        rgba[p] = 255;
        rgba[p + 1] = 255;
        rgba[p + 2] = 255;
        rgba[p + 3] = Math.round((LIGHT_ALPHA * (s - flat)) / Math.max(1e-9, 1 - flat));
      }
    }
  }
  return { width: nx, height: ny, rgba, bounds: rows.bounds };
}
