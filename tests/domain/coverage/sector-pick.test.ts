import { describe, expect, it } from 'vitest';
import { BEARING_BUCKETS, BEARING_MASK, bearingBucketOfDeg, FootprintLuts } from '../../../src/domain/coverage/footprint-luts';
import { footprintLevelAt, footprintRow, offerRow } from '../../../src/domain/coverage/footprint-levels';
import { createSectorPick, fillSectorPick, SectorPickCache, type PickSectors } from '../../../src/domain/coverage/sector-pick';
import type { TechFootprint } from '../../../src/domain/coverage/site-footprint';
import { sitePattern } from '../../../src/domain/coverage/site-pattern';
import { NO_SIGNAL_LEVEL, OUTSIDE_LEVEL } from '../../../src/domain/coverage/tech-raster';

const STEPS = 400;
const STEP_M = 10;
const CELL_M = 100;

/** A 3-sector site, each sector on its own downtilt, with distance tables shaped like real ones. */
function handMadeSite(azimuths: number[]): TechFootprint {
  const luts = new FootprintLuts(STEP_M);
  const pattern = sitePattern(azimuths.map((a, i) => ({ azimuthDeg: a, beamwidthDeg: 65, downtiltDeg: 2 + 3 * i })), luts);
  const groups = pattern.tilts.length;
  const boosted = new Float32Array(groups * STEPS);
  const spread = new Float64Array(STEPS);
  const floored = new Float32Array(STEPS);
  for (let i = 0; i < STEPS; i++) {
    const d = Math.max(i, 0.5) * STEP_M;
    const base = -40 - 35 * Math.log10(d);
    // Each tilt group has its own vertical gain, largest at its own distance.
    const rows = pattern.tilts.map((_, g) => Math.fround(base - 8 * Math.abs(Math.log10(d / (300 * (g + 1))))));
    rows.forEach((v, g) => { boosted[g * STEPS + i] = v; });
    spread[i] = Math.max(...rows) - Math.min(...rows);
    floored[i] = Math.fround(base - 30);
  }
  const radiusM = (STEPS - 2) * STEP_M;
  return {
    sx: 5_050.3, sy: 4_980.7, radiusM, steps: STEPS, boosted, spread, floored,
    az0: pattern.az0, sectorOffset: pattern.sectorOffset, sectorTables: pattern.sectorTables, sectorGroup: pattern.sectorGroup,
    sectorBoost: pattern.sectorGroup.map((g) => g * STEPS), pickKey: pattern.pickKey,
    row0: 0, row1: 100, col0: 0, col1: 100, terrain: null, receiver: null,
  };
}

/** Each sector's absolute azimuth bucket. */
const sectorAz = (fp: TechFootprint): number[] => Array.from(fp.sectorOffset, (offset) => (fp.az0 + offset) & BEARING_MASK);

/** Max over every sector of its tilt group's table plus its horizontal gain: what the pick must reproduce. */
function bruteForce(fp: TechFootprint, di: number, bb: number): number {
  let best = fp.floored[di] ?? -Infinity;
  sectorAz(fp).forEach((az, s) => {
    const h = fp.sectorTables[s]?.[(bb - az) & BEARING_MASK] ?? 0;
    best = Math.max(best, (fp.boosted[(fp.sectorGroup[s] ?? 0) * fp.steps + di] ?? -Infinity) + h);
  });
  return best;
}

describe('sector pick', () => {
  const fp = handMadeSite([10, 130, 250]);
  const pick = createSectorPick();
  fillSectorPick(fp, pick);
  const az0 = fp.az0;

  it('keeps each sector azimuth bucket as az0 plus an offset shared by rotations', () => {
    expect(sectorAz(fp)).toEqual([10, 130, 250].map(bearingBucketOfDeg));
    expect(handMadeSite([100, 220, 340]).sectorOffset).toEqual(fp.sectorOffset);
  });

  it('picks the sector of largest horizontal gain, with its margin over the runner-up', () => {
    for (let bb = 0; bb < BEARING_BUCKETS; bb += 7) {
      const gains = sectorAz(fp).reduce<number[]>((out, az, s) => [...out, fp.sectorTables[s]?.[(bb - az) & BEARING_MASK] ?? 0], []);
      const sorted = [...gains].sort((a, b) => b - a);
      const k = (bb - az0) & BEARING_MASK;
      expect(pick.gain[k]).toBe(sorted[0]);
      expect(pick.margin[k]).toBe((sorted[0] ?? 0) - (sorted[1] ?? 0));
      expect(gains[fp.sectorGroup.indexOf(pick.group[k] ?? -1)]).toBe(sorted[0]);
    }
  });

  it('gives the brute-force level wherever its margin covers the tilt spread', () => {
    let fast = 0;
    let total = 0;
    const wrong: [number, number][] = [];
    for (let di = 0; di < STEPS - 2; di += 3) {
      for (let bb = 0; bb < BEARING_BUCKETS; bb += 5) {
        total++;
        const k = (bb - az0) & BEARING_MASK;
        if ((pick.margin[k] ?? 0) < (fp.spread[di] ?? 0)) continue;
        fast++;
        const picked = Math.max(fp.floored[di] ?? -Infinity, (fp.boosted[(pick.group[k] ?? 0) * STEPS + di] ?? 0) + (pick.gain[k] ?? 0));
        if (picked !== bruteForce(fp, di, bb)) wrong.push([di, bb]);
      }
    }
    expect(wrong).toEqual([]);
    // Tilts that differ by several dB still leave most bearings to the fast path.
    expect(fast / total).toBeGreaterThan(0.5);
  });

  it('paints every cell of the disc at the brute-force level', () => {
    const out = new Int16Array(100);
    const span = { c0: 0, c1: 0 };
    let inside = 0;
    for (let r = 0; r < 100; r += 3) {
      footprintRow(fp, pick, CELL_M, STEP_M, r, out, span);
      for (let c = span.c0; c < span.c1; c++) {
        const level = out[c - span.c0] ?? NaN;
        const north = fp.sy - (r + 0.5) * CELL_M;
        const east = (c + 0.5) * CELL_M - fp.sx;
        if (Math.hypot(east, north) > fp.radiusM) continue;
        inside++;
        expect(level).toBe(footprintLevelAt(fp, CELL_M, STEP_M, r, c));
      }
    }
    expect(inside).toBeGreaterThan(1000);
  });

  it('offers the bulk load exactly the levels footprintRow computes, only where they beat the cell', () => {
    const nx = 100;
    const best = new Int16Array(nx * 100).fill(NO_SIGNAL_LEVEL);
    // A stronger level already in one cell of each row must be kept.
    for (let r = 0; r < 100; r++) best[r * nx + 50] = 10_000;
    const out = new Int16Array(100);
    const span = { c0: 0, c1: 0 };
    let offered = 0;
    for (let r = 0; r < 100; r++) {
      offerRow(fp, pick, CELL_M, STEP_M, r, best, r * nx);
      footprintRow(fp, pick, CELL_M, STEP_M, r, out, span);
      for (let c = 0; c < nx; c++) {
        const level = c >= span.c0 && c < span.c1 ? (out[c - span.c0] ?? OUTSIDE_LEVEL) : OUTSIDE_LEVEL;
        if (c === 50) {
          expect(best[r * nx + c]).toBe(10_000);
          continue;
        }
        expect(best[r * nx + c]).toBe(Math.max(level, NO_SIGNAL_LEVEL));
        if (level > NO_SIGNAL_LEVEL) offered++;
      }
    }
    expect(offered).toBeGreaterThan(3000);
  });

  it('is shared by rotated patterns and bounded in the cache', () => {
    const rotated = handMadeSite([100, 220, 340]);
    expect(rotated.pickKey).toBe(fp.pickKey);
    const other = handMadeSite([10, 100, 250]);
    expect(other.pickKey).not.toBe(fp.pickKey);
    const cache = new SectorPickCache(1);
    const a = cache.get(fp.pickKey, fp);
    expect(cache.get(rotated.pickKey, rotated)).toBe(a);
    expect(Array.from(a.gain)).toEqual(Array.from(pick.gain));
    const overflow = cache.get(other.pickKey, other);
    const expected = createSectorPick();
    fillSectorPick(other as PickSectors, expected);
    expect(Array.from(overflow.margin)).toEqual(Array.from(expected.margin));
    expect(cache.get(fp.pickKey, fp)).toBe(a);
  });
});
