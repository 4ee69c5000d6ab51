import { describe, expect, it } from 'vitest';
import { bearingDeg, metresPerPixel, sectorHandles } from '../../../src/domain/display/sector-handles';
import { newProposedSite } from '../../../src/domain/scenario/proposed-site';
import * as turf from '@turf/turf';

describe('sector handles', () => {
  const site = newProposedSite('P-1', 107.7, 12.1, 'VNPT');

  it('sit at the given distance along each sector azimuth', () => {
    const handles = sectorHandles(site, 1000);
    expect(handles.map((h) => h.sectorIndex)).toEqual([0, 1, 2]);
    for (const h of handles) {
      const az = site.sectors[h.sectorIndex]?.azimuthDeg ?? 0;
      expect(turf.distance([site.lon, site.lat], [h.position[0], h.position[1]], { units: 'meters' })).toBeCloseTo(1000, -1);
      const b = (turf.bearing([site.lon, site.lat], [h.position[0], h.position[1]]) + 360) % 360;
      expect(Math.abs(((b - az + 540) % 360) - 180)).toBeLessThan(0.2);
      expect(Math.abs(((bearingDeg([site.lon, site.lat], h.position) - az + 540) % 360) - 180)).toBeLessThan(0.2);
    }
  });

  it('omni sectors have no handle; metres per pixel halves per zoom level', () => {
    expect(sectorHandles({ ...site, sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 0 }] }, 500)).toEqual([]);
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(11, 12) / metresPerPixel(12, 12)).toBeCloseTo(2, 9);
  });
});
