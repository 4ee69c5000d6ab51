import { describe, expect, it } from 'vitest';
import { length, lineString } from '@turf/turf';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { planUndergrounding, proposeSites } from '../../../src/domain/rules';
import type { Road } from '../../../src/domain/model/types';
import { TOY_ROADS, toyDataset, toyDatasetWithRoads } from './toy-dataset';

const km = (coords: [number, number][]): number => length(lineString(coords), { units: 'kilometers' });

describe('proposer prefers candidates near roads', () => {
  // A minor road ≈ 1.09 km east of c-v1, ≥ 5 km from any fibre
  const eastRoad: Road = { id: 'DT9', name: 'DT9', class: 'minor', coordinates: [[107.79, 11.98], [107.79, 12.04]] };
  const opts = { targetVillageIds: ['c-v1'], maxSites: 1 };

  it('without roads the road factor is 1 and no road distance is reported', () => {
    const [pick] = proposeSites(toyDataset(), DEFAULT_COVERAGE_SETTINGS, opts).suggestions;
    expect(pick?.villageIds).toEqual(['c-v1']);
    expect(pick?.roadDistanceM).toBeNull();
    expect(pick?.fibreDistanceM).toBeNull();
    expect(pick?.gain).toBe(800);
  });

  it('with a road, a covering candidate within the rule distance wins with gain × (1 + 0.1)', () => {
    const [pick] = proposeSites(toyDatasetWithRoads([eastRoad]), DEFAULT_COVERAGE_SETTINGS, opts).suggestions;
    expect(pick?.villageIds).toEqual(['c-v1']);
    expect(pick?.roadDistanceM ?? Infinity).toBeLessThanOrEqual(1000);
    expect(pick?.site.lon ?? 0).toBeGreaterThan(107.78);
    expect(pick?.gain).toBeCloseTo(800 * 1.1, 9);
  });

  it('a rule distance too short for any candidate gives no bonus', () => {
    const [pick] = proposeSites(toyDatasetWithRoads([eastRoad]), DEFAULT_COVERAGE_SETTINGS, { ...opts, roadBonusDistanceM: 1 }).suggestions;
    expect(pick?.gain).toBe(800);
  });
});

describe('undergrounding scores aerial runs along main roads', () => {
  const without = planUndergrounding(toyDataset());
  const withRoads = planUndergrounding(toyDatasetWithRoads());
  const byUnit = (plan: typeof without, code: string) => plan.packages.find((p) => p.unitCode === code);

  it('without roads the term is 0 and the share is null', () => {
    for (const p of without.packages) {
      expect(p.alongMainRoadShare).toBeNull();
      expect(p.reasonCode.alongMainShare).toBeNull();
      expect(p.reason).not.toContain('main road');
    }
  });

  it('half of the T1 package runs along QL1: score × (1 + 0.5); others unchanged', () => {
    const town = byUnit(withRoads, 'T1');
    // 107.5..107.55 under QL1 plus ≈ 23 m past its end, over 107.5..107.6
    const share = (1000 * km([[107.5, 12.05], [107.55, 12.05]]) + 23) / (1000 * km([[107.5, 12.05], [107.6, 12.05]]));
    expect(town?.alongMainRoadShare ?? 0).toBeCloseTo(share, 2);
    expect((town?.score ?? 0) / (byUnit(without, 'T1')?.score ?? 1)).toBeCloseTo(1 + share, 2);
    expect(town?.reason).toContain('50% of its length along main roads');
    expect(byUnit(withRoads, 'X1')?.alongMainRoadShare).toBe(0);
    expect(byUnit(withRoads, 'X1')?.score).toBe(byUnit(without, 'X1')?.score);
  });

  it('a minor road on the same line adds nothing; the weight is a rule', () => {
    const minor = planUndergrounding(toyDatasetWithRoads(TOY_ROADS.map((r) => ({ ...r, class: 'minor' as const }))));
    expect(byUnit(minor, 'T1')?.alongMainRoadShare).toBe(0);
    const heavy = planUndergrounding(toyDatasetWithRoads(), { mainRoadWeight: 3 });
    const share = byUnit(heavy, 'T1')?.alongMainRoadShare ?? 0;
    expect((byUnit(heavy, 'T1')?.score ?? 0) / (byUnit(without, 'T1')?.score ?? 1)).toBeCloseTo(1 + 3 * share, 9);
  });
});
