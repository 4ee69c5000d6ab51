import { describe, expect, it } from 'vitest';
import { fresnelV, knifeEdgeLossDb, smoothEarthLossDb, wavelengthM } from '../../../src/domain/terrain/knife-edge';
import { profileLossDb, terrainProfile } from '../../../src/domain/terrain/profile';
import { NO_ELEVATION } from '../../../src/domain/terrain/terrain-grid';
import { centre, makeTerrain } from './fixtures';

// 30 m cells; transmitter at the centre of column 33, receiver at column 367: 334 cells = 10 020 m. Half-cell sampling
// (15 m) lands on every cell centre, so a one-cell ridge is sampled at its full height.
const CELL = 30;
const TX = 33;
const RX = 367;
const LAMBDA = wavelengthM(1000);

function ridges(...cols: [col: number, h: number][]) {
  return makeTerrain(400, 5, CELL, (x) => {
    const col = Math.floor(x / CELL);
    return cols.find(([c]) => c === col)?.[1] ?? 0;
  });
}

describe('terrain profile and its diffraction loss', () => {
  it('samples every half cell, bilinear', () => {
    const t = makeTerrain(400, 5, CELL, (x) => 3 * Math.floor(x / CELL)); // column c stands 3c m high
    const p = terrainProfile(t, centre(t, TX, 2), centre(t, RX, 2));
    expect(p.lengthM).toBeCloseTo(10_020, 6);
    expect(p.distancesM.length).toBe(669);
    expect(p.distancesM[1]).toBeCloseTo(15, 9);
    expect(p.heightsM[0]).toBe(99);
    expect(p.heightsM[1]).toBeCloseTo(100.5, 9); // half-way between columns 33 (99 m) and 34 (102 m)
  });

  it('costs nothing over flat ground', () => {
    const t = ridges();
    const res = profileLossDb(terrainProfile(t, centre(t, TX, 2), centre(t, RX, 2)), 30, 1.5, 1000);
    expect(res.singleEdgeDb).toBe(0);
    expect(res.deygoutDb).toBe(0);
    expect(res.dominant?.v ?? 0).toBeLessThan(0);
  });

  // One 60 m ridge in the middle (column 200, 5010 m from both ends). Line of sight there: (30 + 1.5)/2 = 15.75 m;
  // 4/3-earth bulge 5010²/(2·8 494 667) = 1.4774 m; h = 60 + 1.4774 − 15.75 = 45.727 m;
  // v = 45.727·√(2·10 020/(0.299792·5010·5010)) = 45.727·0.051606 = 2.3598; J = 6.9 + 20·log10(√(2.2598² + 1) + 2.2598)
  //   = 6.9 + 20·log10(2.47118 + 2.2598) = 6.9 + 13.499 = 20.399 dB.
  it('one ridge in the middle gives J(v) of that ridge (less the smooth-earth baseline)', () => {
    const t = ridges([200, 60]);
    const res = profileLossDb(terrainProfile(t, centre(t, TX, 2), centre(t, RX, 2)), 30, 1.5, 1000);
    expect(res.dominant?.distanceM).toBeCloseTo(5010, 6);
    expect(res.dominant?.heightM).toBeCloseTo(60, 6);
    expect(res.dominant?.v).toBeCloseTo(2.3598, 4);
    expect(fresnelV(45.727, 5010, 5010, LAMBDA)).toBeCloseTo(2.3598, 4);
    expect(res.dominant?.jDb).toBeCloseTo(20.399, 2);
    const baseline = smoothEarthLossDb(10_020, 30, 1.5, LAMBDA);
    expect(res.smoothEarthDb).toBeCloseTo(baseline, 9);
    expect(res.singleEdgeDb).toBeCloseTo(20.399 - baseline, 2);
    expect(res.deygoutDb).toBeCloseTo(res.singleEdgeDb, 9); // nothing obstructs either sub-path
  });

  it('two ridges: Deygout adds the second edge, so it is at least the single edge', () => {
    const t = ridges([100, 50], [290, 45]);
    const res = profileLossDb(terrainProfile(t, centre(t, TX, 2), centre(t, RX, 2)), 30, 1.5, 1000);
    expect(res.deygoutEdges.length).toBe(2);
    expect(res.deygoutDb).toBeGreaterThan(res.singleEdgeDb + 3);
    const main = res.dominant;
    expect(main).not.toBeNull();
    expect(res.singleEdgeDb).toBeCloseTo(knifeEdgeLossDb(main?.v ?? 0) - res.smoothEarthDb, 9);
  });

  it('an unknown end gives no loss; unknown samples inside are skipped', () => {
    const t = ridges([200, 60]);
    const edge = t.heights.slice();
    edge[2 * 400 + TX] = NO_ELEVATION;
    const none = profileLossDb(terrainProfile({ grid: t.grid, heights: edge }, centre(t, TX, 2), centre(t, RX, 2)), 30, 1.5, 1000);
    expect(none.singleEdgeDb).toBe(0);
    expect(none.dominant).toBeNull();
    const hole = t.heights.slice();
    for (let r = 0; r < 5; r++) hole[r * 400 + 200] = NO_ELEVATION;
    const res = profileLossDb(terrainProfile({ grid: t.grid, heights: hole }, centre(t, TX, 2), centre(t, RX, 2)), 30, 1.5, 1000);
    expect(res.singleEdgeDb).toBe(0);
  });
});
