import { describe, expect, it } from 'vitest';
import { wavelengthM } from '../../../src/domain/terrain/knife-edge';
import { bulgeAtM, HOP_CLEARANCE_F1, pathChart } from '../../../src/domain/terrain/path-chart';
import { centre, makeTerrain } from './fixtures';

// 30 m cells; the ends at the centres of columns 33 and 367: 10 020 m, sampled every 15 m (669 samples), the
// midpoint (sample 334) 5010 m from both ends.
const CELL = 30;
const TX = 33;
const RX = 367;
const MID = 334;
const D = 10_020;

function ground(...cols: [col: number, h: number][]) {
  return makeTerrain(400, 5, CELL, (x) => cols.find(([c]) => c === Math.floor(x / CELL))?.[1] ?? 0);
}

const chart = (t: ReturnType<typeof ground>, mastsM: [number, number], freqMHz: number, kFactor = 4 / 3) =>
  pathChart({ terrain: t, from: centre(t, TX, 2), to: centre(t, RX, 2), fromAntennaM: mastsM[0], toAntennaM: mastsM[1], freqMHz, kFactor });

describe('path chart', () => {
  it('flat ground: F1 at the midpoint is √(λ·d1·d2/(d1+d2)), the bulge d1·d2/(2kR), the line of sight straight', () => {
    const c = chart(ground(), [30, 1.5], 1000);
    expect(c.lengthM).toBeCloseTo(D, 6);
    expect(c.distancesM.length).toBe(669);
    expect(c.distancesM[MID]).toBeCloseTo(D / 2, 6);
    const lambda = wavelengthM(1000);
    expect(c.fresnelM[MID]).toBeCloseTo(Math.sqrt((lambda * 5010 * 5010) / D), 9); // ≈ 27.4 m
    expect(c.fresnelM[MID]).toBeCloseTo(27.4, 1);
    expect(c.fresnelM[0]).toBe(0);
    expect(c.fresnelM[668]).toBe(0);
    expect(c.bulgeM[MID]).toBeCloseTo((5010 * 5010) / (2 * (4 / 3) * 6_371_000), 9); // ≈ 1.48 m
    expect(c.bulgedGroundM[MID]).toBeCloseTo(c.bulgeM[MID] ?? 0, 9);
    expect(c.fromAntennaAslM).toBe(30);
    expect(c.toAntennaAslM).toBe(1.5);
    expect(c.losM[MID]).toBeCloseTo(15.75, 9);
    expect(c.unknownSamples).toBe(0);
    expect(c.singleEdgeDb).toBe(0);
    expect(c.deygoutDb).toBe(0);
  });

  it('a hop over flat ground clears 0.6 F1; the least clearance is mid-path', () => {
    const c = chart(ground(), [30, 30], 8000);
    const f1 = Math.sqrt((wavelengthM(8000) * 5010 * 5010) / D); // ≈ 9.69 m
    const clearance = 30 - bulgeAtM(5010, 5010, 4 / 3);
    expect(c.minClearance?.distanceM).toBeCloseTo(D / 2, 6);
    expect(c.minClearance?.clearanceM).toBeCloseTo(clearance, 9);
    expect(c.minClearance?.ratio).toBeCloseTo(clearance / f1, 9);
    expect(c.hopClear).toBe(true);
  });

  it('a ridge across the path fails the hop, is the dominant edge and costs diffraction loss', () => {
    const c = chart(ground([200, 60]), [30, 30], 8000);
    expect(c.hopClear).toBe(false);
    expect(c.minClearance?.ratio ?? 0).toBeLessThan(0);
    expect(c.minClearance?.distanceM).toBeCloseTo(5010, 6);
    expect(c.dominant?.distanceM).toBeCloseTo(5010, 6);
    expect(c.dominant?.heightM).toBe(60);
    expect(c.singleEdgeDb).toBeGreaterThan(20);
    expect(c.deygoutDb).toBeGreaterThanOrEqual(c.singleEdgeDb);
    expect(c.deygoutEdges.length).toBeGreaterThanOrEqual(1);
  });

  it('the k-factor changes the bulge: a hop clear at k = 4/3 fails at k = 2/3', () => {
    const standard = chart(ground(), [8, 8], 8000, 4 / 3);
    const sub = chart(ground(), [8, 8], 8000, 2 / 3);
    expect(sub.bulgeM[MID]).toBeCloseTo(2 * (standard.bulgeM[MID] ?? 0), 9);
    expect(standard.minClearance?.ratio ?? 0).toBeGreaterThan(HOP_CLEARANCE_F1); // 0.67
    expect(sub.minClearance?.ratio ?? 1).toBeLessThan(HOP_CLEARANCE_F1); // 0.52
    expect(standard.hopClear).toBe(true);
    expect(sub.hopClear).toBe(false);
  });

  it('counts the samples that leave the elevation layer', () => {
    const t = ground();
    const c = pathChart({ terrain: t, from: centre(t, 300, 2), to: centre(t, 500, 2), fromAntennaM: 30, toAntennaM: 1.5, freqMHz: 900, kFactor: 4 / 3 });
    expect(c.unknownSamples).toBeGreaterThan(100);
    expect(Number.isNaN(c.groundM[c.groundM.length - 1] ?? 0)).toBe(true);
  });

  it('samples a long path more coarsely than half a cell', () => {
    const t = makeTerrain(3000, 2, 30, () => 100);
    const c = pathChart({ terrain: t, from: centre(t, 0, 0), to: centre(t, 2999, 0), fromAntennaM: 30, toAntennaM: 30, freqMHz: 900, kFactor: 4 / 3 });
    expect(c.distancesM.length).toBeLessThanOrEqual(4001);
    expect(c.hopClear).toBe(false); // 90 km over a plain: the bulge alone (≈ 119 m) blocks 30 m masts
  });
});
