import { describe, expect, it } from 'vitest';
import { destination, distance } from '@turf/turf';
import { generateDemoDataset } from '../../../src/domain/demo';
import { findColocationPairs } from '../../../src/domain/rules';
import type { Site } from '../../../src/domain/model/types';
import { toySite } from './toy-dataset';
import { PROPOSED_CARRIER } from '../../../src/domain/scenario/proposed-site';

function siteAt(id: string, carrier: string, metresEast: number, metresNorth = 0): Site {
  const east = destination([107.6, 12.1], metresEast / 1000, 90, { units: 'kilometers' }).geometry.coordinates;
  const p = destination([east[0] ?? 0, east[1] ?? 0], metresNorth / 1000, 0, { units: 'kilometers' }).geometry.coordinates;
  return toySite(id, carrier, p[0] ?? 0, p[1] ?? 0, false);
}

describe('findColocationPairs', () => {
  const sites = [siteAt('A', 'VTL', 0), siteAt('B', 'VNP', 50), siteAt('C', 'VTL', 0, 80), siteAt('D', 'MBF', -150)];

  it('pairs sites of different carriers within 100 m, nearest first', () => {
    const pairs = findColocationPairs(sites);
    expect(pairs.map((p) => [p.siteA, p.siteB])).toEqual([['A', 'B'], ['B', 'C']]);
    expect(pairs[0]?.distanceM ?? 0).toBeCloseTo(50, 0);
    expect(pairs[1]?.distanceM ?? 0).toBeCloseTo(Math.hypot(50, 80), 0);
    expect(pairs[0]).toMatchObject({ carrierA: 'VTL', carrierB: 'VNP' });
  });

  it('leaves the proposer\'s suggestions out: they are no carrier\'s mast yet', () => {
    const withProposal = [...sites, siteAt('P', PROPOSED_CARRIER, 20)];
    expect(findColocationPairs(withProposal).map((p) => [p.siteA, p.siteB])).toEqual([['A', 'B'], ['B', 'C']]);
    expect(findColocationPairs([siteAt('P', PROPOSED_CARRIER, 0), siteAt('Q', 'VTL', 10)], 100)).toEqual([]);
  });

  it('widens with the chosen distance and never pairs a carrier with itself', () => {
    const pairs = findColocationPairs(sites, 210);
    expect(pairs.map((p) => `${p.siteA}-${p.siteB}`).sort()).toEqual(['A-B', 'A-D', 'B-C', 'B-D', 'C-D']);
    expect(findColocationPairs(sites, 10)).toEqual([]);
  });

  it('matches brute force on the demo', () => {
    const demo = generateDemoDataset(1).sites;
    const pairs = findColocationPairs(demo, 300);
    let brute = 0;
    for (let i = 0; i < demo.length; i++) {
      for (let j = i + 1; j < demo.length; j++) {
        const a = demo[i];
        const b = demo[j];
        if (a && b && a.carrier !== b.carrier && distance([a.lon, a.lat], [b.lon, b.lat], { units: 'meters' }) <= 300) brute++;
      }
    }
    expect(pairs.length).toBe(brute);
    expect(pairs.every((p) => p.carrierA !== p.carrierB && p.distanceM <= 300)).toBe(true);
  });
});
