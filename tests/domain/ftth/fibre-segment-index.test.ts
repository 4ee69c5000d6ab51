import { describe, expect, it } from 'vitest';
import { distance, pointToLineDistance } from '@turf/turf';
import { FibreSegmentIndex } from '../../../src/domain/ftth';
import type { Polygon } from 'geojson';
import { route, square } from './fixtures';

describe('FibreSegmentIndex.nearest', () => {
  it('measures the perpendicular distance to a line and names the nearest route', () => {
    const index = new FibreSegmentIndex([
      route('far', [[0.01, -1], [0.01, 1]]),
      route('near', [[0.001, -1], [0.001, 1]]),
    ]);
    const hit = index.nearest(0, 0);
    expect(hit?.routeId).toBe('near');
    // 0.001° of longitude at the equator is a known great-circle length
    const expected = distance([0, 0], [0.001, 0], { units: 'meters' });
    expect(hit?.distanceM).toBeCloseTo(expected, 1);
  });

  it('measures to the end point when the foot of the perpendicular falls off the segment', () => {
    const index = new FibreSegmentIndex([route('r', [[0.002, 0.001], [0.01, 0.001]])]);
    const expected = distance([0, 0], [0.002, 0.001], { units: 'meters' });
    expect(index.nearest(0, 0)?.distanceM).toBeCloseTo(expected, 0);
  });

  it('returns null beyond maxDistanceM and when there is no fibre', () => {
    const index = new FibreSegmentIndex([route('r', [[0.01, -1], [0.01, 1]])]);
    expect(index.nearest(0, 0, 500)).toBeNull();
    expect(index.nearest(0, 0, 2000)?.routeId).toBe('r');
    expect(new FibreSegmentIndex([]).nearest(0, 0)).toBeNull();
  });

  it('agrees with turf.pointToLineDistance within 5 m (0.05% beyond 10 km) at province scale', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const routes = Array.from({ length: 40 }, (_, r) => {
      let lon = 107 + rnd() * 1.2;
      let lat = 11.7 + rnd() * 1.2;
      const coords: [number, number][] = [[lon, lat]];
      for (let k = 0; k < 15; k++) {
        lon += (rnd() - 0.5) * 0.04;
        lat += (rnd() - 0.5) * 0.04;
        coords.push([lon, lat]);
      }
      return route(`r${r}`, coords);
    });
    const index = new FibreSegmentIndex(routes);
    for (let q = 0; q < 60; q++) {
      const p: [number, number] = [107 + rnd() * 1.2, 11.7 + rnd() * 1.2];
      let ref = Infinity;
      let refId = '';
      for (const r of routes) {
        const d = pointToLineDistance(p, { type: 'LineString', coordinates: r.coordinates.map((c) => [c[0], c[1]]) },
          { units: 'meters' });
        if (d < ref) {
          ref = d;
          refId = r.id;
        }
      }
      const hit = index.nearest(p[0], p[1]);
      // the local flat frame is exact near the query; far away (tens of km) only the relative error is small
      const tolerance = Math.max(5, ref * 5e-4);
      expect(Math.abs((hit?.distanceM ?? Infinity) - ref)).toBeLessThan(tolerance);
      if (ref > 50) expect(hit?.routeId).toBe(refId);
    }
  });
});

describe('FibreSegmentIndex.nearestToPolygon', () => {
  const village = square(0, 0, 0.01);

  it('measures from the polygon edge, not its centre', () => {
    const index = new FibreSegmentIndex([route('east', [[0.012, -0.02], [0.012, 0.03]])]);
    const expected = distance([0.01, 0.005], [0.012, 0.005], { units: 'meters' });
    expect(index.nearestToPolygon(village)?.distanceM).toBeCloseTo(expected, 0);
  });

  it('applies maxDistanceM to the edge distance, even when the first vertex is far', () => {
    const big = square(0, 0, 0.1);
    const index = new FibreSegmentIndex([route('ne', [[0.101, 0.09], [0.101, 0.11]])]);
    const expected = distance([0.1, 0.1], [0.101, 0.1], { units: 'meters' });
    expect(index.nearestToPolygon(big, 500)?.distanceM).toBeCloseTo(expected, 0);
    expect(index.nearestToPolygon(big, 100)).toBeNull();
  });

  it('is 0 when a route crosses the polygon', () => {
    const index = new FibreSegmentIndex([route('x', [[-0.01, 0.005], [0.02, 0.006]])]);
    expect(index.nearestToPolygon(village)?.distanceM).toBe(0);
  });

  it('is 0 when a route lies wholly inside the polygon', () => {
    const index = new FibreSegmentIndex([route('in', [[0.004, 0.004], [0.006, 0.006]])]);
    expect(index.nearestToPolygon(village)).toEqual({ distanceM: 0, routeId: 'in' });
  });

  it('measures to the hole edge when the route lies in a hole', () => {
    const holed: Polygon = {
      type: 'Polygon',
      coordinates: [village.coordinates[0] ?? [], [[0.004, 0.004], [0.004, 0.006], [0.006, 0.006], [0.006, 0.004], [0.004, 0.004]]],
    };
    const index = new FibreSegmentIndex([route('hole', [[0.005, 0.0045], [0.005, 0.0055]])]);
    const expected = distance([0.005, 0.0055], [0.005, 0.006], { units: 'meters' });
    expect(index.nearestToPolygon(holed)?.distanceM).toBeCloseTo(expected, 0);
  });

  it('finds the nearest of several routes around a multipolygon', () => {
    const index = new FibreSegmentIndex([
      route('a', [[0.05, -0.02], [0.05, 0.03]]),
      route('b', [[0.0215, -0.02], [0.0215, 0.03]]),
    ]);
    const multi = { type: 'MultiPolygon' as const, coordinates: [village.coordinates, square(0.02, 0, 0.001).coordinates] };
    const hit = index.nearestToPolygon(multi);
    expect(hit?.routeId).toBe('b');
    expect(hit?.distanceM).toBeCloseTo(distance([0.021, 0], [0.0215, 0], { units: 'meters' }), 0);
  });
});
