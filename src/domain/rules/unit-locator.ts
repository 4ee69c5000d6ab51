/**
 * Which reporting unit a point lies in, and a representative centre per unit. Units are indexed by bounding
 * box in Flatbush and tested with even-odd ray casting; the centre is the centroid when it falls inside the
 * unit, otherwise turf's point-on-surface (a concave commune's centroid can lie in its neighbour).
 */
import Flatbush from 'flatbush';
import { centroid, pointOnFeature } from '@turf/turf';
import type { LngLat, ReportingUnit } from '../model/types';
import { PolygonEdges } from '../ftth/polygon-edges';

/** Unit types counted as urban cores (wards and district towns). */
export const URBAN_UNIT_TYPES: readonly string[] = ['Phường', 'Thị trấn'];

export function isUrbanUnit(unit: ReportingUnit): boolean {
  return URBAN_UNIT_TYPES.includes(unit.type.trim());
}

export class UnitLocator {
  readonly units: readonly ReportingUnit[];
  private readonly edges: PolygonEdges[];
  private readonly index: Flatbush | null;
  private readonly centres: (LngLat | null)[];

  constructor(units: readonly ReportingUnit[]) {
    this.units = units;
    this.edges = units.map((u) => new PolygonEdges(u.geometry));
    this.centres = units.map(() => null);
    if (units.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(units.length);
    for (const e of this.edges) {
      if (e.count === 0) index.add(Infinity, Infinity, Infinity, Infinity);
      else index.add(e.minLon, e.minLat, e.maxLon, e.maxLat);
    }
    index.finish();
    this.index = index;
  }

  /** Index into `units` of the unit containing the point, −1 when none does (first match on overlaps). */
  indexAt(lon: number, lat: number): number {
    if (!this.index) return -1;
    const hits = this.index.search(lon, lat, lon, lat).sort((a, b) => a - b);
    for (const i of hits) {
      if (this.edges[i]?.contains(lon, lat)) return i;
    }
    return -1;
  }

  unitAt(lon: number, lat: number): ReportingUnit | undefined {
    return this.units[this.indexAt(lon, lat)];
  }

  /** A point inside the unit near its middle; computed once per unit. */
  centre(i: number): LngLat | null {
    const cached = this.centres[i];
    if (cached) return cached;
    const unit = this.units[i];
    const edges = this.edges[i];
    if (!unit || !edges || edges.count === 0) return null;
    const c = centroid(unit.geometry).geometry.coordinates;
    let centre: LngLat = [c[0] ?? 0, c[1] ?? 0];
    if (!edges.contains(centre[0], centre[1])) {
      const p = pointOnFeature(unit.geometry).geometry.coordinates;
      centre = [p[0] ?? 0, p[1] ?? 0];
    }
    this.centres[i] = centre;
    return centre;
  }
}
