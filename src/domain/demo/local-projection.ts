import type { Polygon, MultiPolygon, Position } from 'geojson';
import type { LngLat } from '../model/types';
import type { PlanarShape, Ring, XY } from './planar';

const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

/** Equirectangular frame in metres around an origin; exact inverse, fine at province scale. */
export class LocalProjection {
  private readonly kx: number;
  private readonly ky = EARTH_RADIUS_M * RAD;

  constructor(private readonly lon0: number, private readonly lat0: number) {
    this.kx = EARTH_RADIUS_M * RAD * Math.cos(lat0 * RAD);
  }

  toXY(lon: number, lat: number): XY {
    return [(lon - this.lon0) * this.kx, (lat - this.lat0) * this.ky];
  }

  /** Back to lon/lat, rounded to 1e-6° (~0.1 m) so shared vertices of neighbours stay identical. */
  toLngLat(p: XY): LngLat {
    return [round6(this.lon0 + p[0] / this.kx), round6(this.lat0 + p[1] / this.ky)];
  }

  ringToGeo(ring: readonly XY[]): Position[] {
    const out: Position[] = [];
    for (const p of ring) {
      const q = this.toLngLat(p);
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push([q[0], q[1]]);
    }
    const first = out[0];
    const last = out[out.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first.slice());
    return out;
  }

  ringFromGeo(ring: readonly Position[]): Ring {
    const out = ring.map((p) => this.toXY(p[0] ?? 0, p[1] ?? 0));
    const first = out[0];
    const last = out[out.length - 1];
    if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
    return out;
  }

  shapeToGeo(shape: PlanarShape): Polygon | MultiPolygon {
    const polygons = shape.map((poly) => poly.map((r) => this.ringToGeo(r)));
    const only = polygons[0];
    if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
    return { type: 'MultiPolygon', coordinates: polygons };
  }

  shapeFromGeo(geometry: Polygon | MultiPolygon): PlanarShape {
    const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polys.map((poly) => poly.map((r) => this.ringFromGeo(r)));
  }
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
