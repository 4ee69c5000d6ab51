import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { rankUnderservedVillages } from '../../../src/domain/rules';
import { RoadIndex } from '../../../src/domain/rules/road-index';
import { TOY_ROADS, toyDataset, toyDatasetWithRoads } from './toy-dataset';

const figures = new CoverageModel(toyDataset(), DEFAULT_COVERAGE_SETTINGS).figures();
const metres = (a: [number, number], b: [number, number]): number => distance(a, b, { units: 'meters' });

describe('RoadIndex', () => {
  const roads = new RoadIndex(TOY_ROADS);

  it('measures the distance to the nearest road of any class', () => {
    // b-v2's polygon east edge is at 107.692; DT1 runs along 107.697 over the edge's latitudes
    const bv2 = toyDataset().villages.find((v) => v.id === 'b-v2');
    expect(bv2 && roads.villageM(bv2)).toBeCloseTo(metres([107.692, 12.09], [107.697, 12.09]), -1);
    expect(roads.nearestM([107.52, 12.05])).toBeCloseTo(metres([107.52, 12.05], [107.52, 12.0504]), 0);
    expect(new RoadIndex([]).nearestM([107.52, 12.05])).toBeNull();
  });

  it('counts only main roads within 50 m as "along"', () => {
    // 1 km of line 44.5 m south of QL1, wholly within its extent: all of it is along; 144.5 m away: none
    const under: [number, number][] = [[107.52, 12.05], [107.529194, 12.05]];
    expect(roads.lengthAlongMainM(under)).toBeCloseTo(metres(under[0] ?? [0, 0], under[1] ?? [0, 0]), -1);
    expect(roads.lengthAlongMainM([[107.52, 12.0513], [107.53, 12.0513]])).toBe(0);
    const minorOnly = new RoadIndex(TOY_ROADS.map((r) => ({ ...r, class: 'minor' as const })));
    expect(minorOnly.lengthAlongMainM(under)).toBe(0);
  });
});

describe('village reach by road or route', () => {
  it('without a road layer keeps the fibre-only rule and says so', () => {
    const rows = rankUnderservedVillages({ dataset: toyDataset(), figures });
    const bv2 = rows.find((r) => r.villageId === 'b-v2');
    expect(bv2?.remoteness).toMatchObject({ roadM: null, roadWithinReach: false, noRoadData: true, fibreWithinReach: false });
    expect(bv2?.reasonCodes.find((c) => c.code === 'noRouteNearby')).toMatchObject({ noRoadData: true });
    expect(bv2?.reasons.join('; ')).toContain('no road layer');
  });

  it('a village with a road within the rule distance is reached; one without road or route is not', () => {
    const rows = rankUnderservedVillages({ dataset: toyDatasetWithRoads(), figures });
    const bv2 = rows.find((r) => r.villageId === 'b-v2');
    const cv1 = rows.find((r) => r.villageId === 'c-v1');
    expect(bv2?.remoteness.roadM ?? 0).toBeCloseTo(metres([107.692, 12.09], [107.697, 12.09]), -1);
    expect(bv2?.remoteness).toMatchObject({ roadWithinReach: true, noRoadData: false, fibreWithinReach: false });
    expect(bv2?.reasonCodes.map((c) => c.code)).not.toContain('noRouteNearby');
    // c-v1's NW polygon corner to DT1's south end
    const cv1RoadM = metres([107.778, 12.012], [107.697, 12.08]);
    expect(Math.abs((cv1?.remoteness.roadM ?? 0) / cv1RoadM - 1)).toBeLessThan(0.005);
    expect(cv1?.remoteness.roadWithinReach).toBe(false);
    expect(cv1?.reasonCodes.find((c) => c.code === 'noRouteNearby')).toMatchObject({ noRoadData: false, roadReachDistanceM: 1000 });
    expect(cv1?.reasons.join('; ')).toContain('no road within 1.0 km (nearest 11.');
    expect(cv1?.reasons.join('; ')).not.toContain('no road layer');
  });

  it('the road reach distance is an editable rule', () => {
    const rows = rankUnderservedVillages({ dataset: toyDatasetWithRoads(), figures, rules: { roadReachDistanceM: 500 } });
    expect(rows.find((r) => r.villageId === 'b-v2')?.remoteness.roadWithinReach).toBe(false);
  });
});
