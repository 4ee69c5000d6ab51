import { describe, expect, it } from 'vitest';
import { areaBBox } from '../../../src/domain/coverage/area-bbox';
import { generateDemoDataset } from '../../../src/domain/demo';
import { demoLandCover } from '../../../src/domain/demo/land-cover';
import { demoRelief, demoReliefGrid } from '../../../src/domain/demo/relief';
import { cellIndexAt, cellCentreXY, createGrid, gridFraction, projectLngLat } from '../../../src/domain/grid/equal-area-grid';
import { LAND_COVER_CLASSES, LAND_COVER_UNKNOWN, landCoverClass, landCoverCode, type LandCoverClass } from '../../../src/domain/model/land-cover';

const dataset = generateDemoDataset();
const area = areaBBox(dataset);
const grid = createGrid(area.bbox, 100, area.marginM);
const relief = demoRelief(dataset, demoReliefGrid(grid));
const t0 = performance.now();
const cover = demoLandCover(dataset, grid, relief);
console.log(`demo land cover ${grid.nx} × ${grid.ny} in ${(performance.now() - t0).toFixed(0)} ms`);
const classAt = (i: number): LandCoverClass | null => landCoverClass(cover.classes[i] ?? LAND_COVER_UNKNOWN);

describe('land-cover codes', () => {
  it('round-trip, 0 being unknown', () => {
    for (const c of LAND_COVER_CLASSES) expect(landCoverClass(landCoverCode(c))).toBe(c);
    expect(landCoverClass(LAND_COVER_UNKNOWN)).toBeNull();
    expect(landCoverClass(LAND_COVER_CLASSES.length + 1)).toBeNull();
  });
});

describe('demoLandCover', () => {
  it('is deterministic, classes every cell and uses every class', () => {
    expect(Array.from(demoLandCover(dataset, grid, relief).classes)).toEqual(Array.from(cover.classes));
    expect(cover.classes.length).toBe(grid.nx * grid.ny);
    const counts = new Map<LandCoverClass | null, number>();
    cover.classes.forEach((_, i) => counts.set(classAt(i), (counts.get(classAt(i)) ?? 0) + 1));
    expect(counts.get(null) ?? 0).toBe(0);
    for (const c of LAND_COVER_CLASSES) expect(counts.get(c) ?? 0, c).toBeGreaterThan(0);
    // Plantations are the plateau's main cover; towns a small share.
    const share = (c: LandCoverClass): number => (counts.get(c) ?? 0) / cover.classes.length;
    expect(share('cropland')).toBeGreaterThan(0.4);
    expect(share('forest')).toBeGreaterThan(0.1);
    expect(share('dense-urban') + share('urban') + share('suburban')).toBeLessThan(0.03);
  });

  it('puts water on the rivers, villages on the villages and towns only around the wards and townships', () => {
    const [w, s, e, n] = area.bbox;
    const riverCells = relief.rivers.flatMap((rv) => rv.line)
      .filter((p) => p[0] > w && p[0] < e && p[1] > s && p[1] < n)
      .map((p) => cellIndexAt(grid, p[0], p[1]));
    expect(riverCells.filter((i) => classAt(i) === 'water').length / riverCells.length).toBeGreaterThan(0.95);

    const urbanUnits = new Set(dataset.units.filter((u) => u.clutter === 'urban').map((u) => u.code));
    const rural = dataset.villages.filter((v) => !urbanUnits.has(v.unitCode));
    const settled = new Set<LandCoverClass | null>(['village', 'suburban', 'urban', 'dense-urban', 'water']);
    expect(rural.filter((v) => settled.has(classAt(cellIndexAt(grid, v.point[0], v.point[1])))).length / rural.length).toBeGreaterThan(0.9);

    const towns = dataset.villages.filter((v) => urbanUnits.has(v.unitCode)).map((v) => projectLngLat(grid, v.point[0], v.point[1]));
    cover.classes.forEach((_, i) => {
      const c = classAt(i);
      if (c !== 'urban' && c !== 'dense-urban') return;
      const [x, y] = cellCentreXY(grid, i);
      expect(towns.some((p) => Math.hypot(p[0] - x, p[1] - y) < 2_000)).toBe(true);
    });
  });

  it('covers the highlands and steep slopes with forest', () => {
    let high = 0;
    let highForest = 0;
    cover.classes.forEach((_, i) => {
      const [x, y] = cellCentreXY(grid, i);
      const [fc, fr] = gridFraction(relief.grid, x, y);
      const h = relief.heights[Math.floor(fr) * relief.grid.nx + Math.floor(fc)] ?? 0;
      if (h < 1_200) return;
      high++;
      if (classAt(i) === 'forest' || classAt(i) === 'open') highForest++;
    });
    expect(high).toBeGreaterThan(1000);
    expect(highForest / high).toBeGreaterThan(0.9);
  });
});
