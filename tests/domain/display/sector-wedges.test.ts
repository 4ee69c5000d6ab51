import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { offsetLngLat, sectorWedges } from '../../../src/domain/display/sector-wedges';
import type { Site } from '../../../src/domain/model/types';

const site: Site = {
  id: 'S1', name: 'S1', carrier: 'VNPT', lon: 107.7, lat: 12.0, heightM: 30, proposed: false,
  radios: [{ tech: '4G', bandMHz: 1800 }],
  sectors: [
    { azimuthDeg: 90, beamwidthDeg: 65, downtiltDeg: 4 },
    { azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 0 },
  ],
};

describe('sector wedges', () => {
  it('offsets points by the asked distance and bearing (checked with turf)', () => {
    const p = offsetLngLat(107.7, 12.0, 90, 1000);
    expect(turf.distance([107.7, 12.0], [p[0], p[1]], { units: 'meters' })).toBeCloseTo(1000, -1);
    expect(turf.bearing([107.7, 12.0], [p[0], p[1]])).toBeCloseTo(90, 0);
  });

  it('draws one closed wedge per directional sector, centred on its azimuth', () => {
    const wedges = sectorWedges([site], 500);
    expect(wedges).toHaveLength(1);
    const ring = wedges[0]?.polygon ?? [];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    const mid = ring[Math.floor(ring.length / 2)];
    expect(mid).toBeDefined();
    expect(turf.bearing([site.lon, site.lat], [mid?.[0] ?? 0, mid?.[1] ?? 0])).toBeCloseTo(90, 0);
  });
});
