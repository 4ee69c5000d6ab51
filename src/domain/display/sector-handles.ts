/** Handles at the tips of a site's sectors (dragged to rotate them) and the bearing a dragged handle points at. */
import type { LngLat, Site } from '../model/types';
import { offsetLngLat } from './sector-wedges';

export interface SectorHandle {
  siteId: string;
  sectorIndex: number;
  position: LngLat;
}

export function sectorHandles(site: Site, radiusM: number): SectorHandle[] {
  const out: SectorHandle[] = [];
  site.sectors.forEach((sector, sectorIndex) => {
    if (sector.azimuthDeg === null) return;
    out.push({ siteId: site.id, sectorIndex, position: offsetLngLat(site.lon, site.lat, sector.azimuthDeg, radiusM) });
  });
  return out;
}

/** Bearing from `from` to `to`, degrees clockwise from north in [0, 360); local flat-earth like offsetLngLat. */
export function bearingDeg(from: LngLat, to: LngLat): number {
  const dx = (to[0] - from[0]) * Math.cos((from[1] * Math.PI) / 180);
  const dy = to[1] - from[1];
  const deg = (Math.atan2(dx, dy) * 180) / Math.PI;
  return (deg + 360) % 360;
}

/** Metres per CSS pixel of a Web Mercator map (512-px tiles, as maplibre uses) at a zoom and latitude. */
export function metresPerPixel(zoom: number, latDeg: number): number {
  return (40075016.686 * Math.cos((latDeg * Math.PI) / 180)) / (512 * 2 ** zoom);
}
