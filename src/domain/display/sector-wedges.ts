import type { LngLat, Site } from '../model/types';

export interface SectorWedge {
  siteId: string;
  sectorIndex: number;
  polygon: LngLat[];
}

const EARTH_RADIUS_M = 6371008.8;

/** A point `distanceM` from (lon, lat) on a bearing (degrees clockwise from north); local flat-earth, fine below ~20 km. */
export function offsetLngLat(lon: number, lat: number, bearingDeg: number, distanceM: number): LngLat {
  const b = (bearingDeg * Math.PI) / 180;
  const dLat = (distanceM * Math.cos(b)) / EARTH_RADIUS_M;
  const dLon = (distanceM * Math.sin(b)) / (EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180));
  return [lon + (dLon * 180) / Math.PI, lat + (dLat * 180) / Math.PI];
}

/** Wedge polygons (one per directional sector) drawn at a fixed display radius; omni sectors get none. */
export function sectorWedges(sites: readonly Site[], radiusM: number, steps = 8): SectorWedge[] {
  const out: SectorWedge[] = [];
  for (const site of sites) {
    site.sectors.forEach((sector, sectorIndex) => {
      if (sector.azimuthDeg === null) return;
      const half = Math.min(sector.beamwidthDeg, 120) / 2;
      const ring: LngLat[] = [[site.lon, site.lat]];
      for (let i = 0; i <= steps; i++) {
        const bearing = sector.azimuthDeg - half + (2 * half * i) / steps;
        ring.push(offsetLngLat(site.lon, site.lat, bearing, radiusM));
      }
      ring.push([site.lon, site.lat]);
      out.push({ siteId: site.id, sectorIndex, polygon: ring });
    });
  }
  return out;
}
