import { describe, expect, it } from 'vitest';
import { distance, length as turfLength, lineString } from '@turf/turf';
import type { Polygon } from 'geojson';
import { FibreSegmentIndex, fibreKmInPolygon, PolygonEdges } from '../../../src/domain/ftth';
import { route, square } from './fixtures';

const km = (a: [number, number], b: [number, number]) => distance(a, b, { units: 'kilometers' });

describe('fibreKmInPolygon', () => {
  const box = new PolygonEdges(square(0, 0, 0.01));

  it('counts only the part of a crossing line that is inside', () => {
    const index = new FibreSegmentIndex([route('r', [[-0.005, 0.005], [0.015, 0.005]], 'underground')]);
    const got = fibreKmInPolygon(index, box);
    expect(got.underground).toBeCloseTo(km([0, 0.005], [0.01, 0.005]), 3);
    expect(got.aerial).toBe(0);
  });

  it('sums pieces of a line that goes in and out, by laying', () => {
    const index = new FibreSegmentIndex([
      route('zig', [[-0.002, 0.002], [0.003, 0.002], [0.003, -0.002], [0.006, -0.002], [0.006, 0.004]], 'aerial'),
      route('inside', [[0.002, 0.008], [0.008, 0.008]], 'duct'),
      route('outside', [[0.02, 0], [0.03, 0.01]], 'unknown'),
    ]);
    const got = fibreKmInPolygon(index, box);
    const zigInside = km([0, 0.002], [0.003, 0.002]) + km([0.003, 0.002], [0.003, 0]) + km([0.006, 0], [0.006, 0.004]);
    expect(got.aerial / zigInside).toBeCloseTo(1, 2);
    expect(got.duct / km([0.002, 0.008], [0.008, 0.008])).toBeCloseTo(1, 2);
    expect(got.unknown).toBe(0);
  });

  it('handles a diagonal through a concave polygon within 1% of the turf length', () => {
    const ell: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [0.02, 0], [0.02, 0.01], [0.01, 0.01], [0.01, 0.02], [0, 0.02], [0, 0]]],
    };
    // the diagonal y = x runs inside from (0,0) to (0.01,0.01), then leaves through the notch corner
    const index = new FibreSegmentIndex([route('d', [[-0.005, -0.005], [0.025, 0.025]])]);
    const got = fibreKmInPolygon(index, new PolygonEdges(ell));
    const expected = turfLength(lineString([[0, 0], [0.01, 0.01]]), { units: 'kilometers' });
    expect(Math.abs(got.aerial - expected) / expected).toBeLessThan(0.01);
  });

  it('returns zeros when no fibre is near', () => {
    const got = fibreKmInPolygon(new FibreSegmentIndex([]), box);
    expect(got).toEqual({ aerial: 0, underground: 0, duct: 0, unknown: 0 });
  });
});
