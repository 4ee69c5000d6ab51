import { describe, expect, it } from 'vitest';
import { CoverageModel, coveredCellCount } from '../../../src/domain/coverage';
import { dbmFromLevel, NO_SIGNAL_LEVEL } from '../../../src/domain/coverage/tech-raster';
import { defaultModelFor, maxRangeM, pathLossDb, receivedLevelDbm } from '../../../src/domain/radio';
import { cellCentreXY, projectLngLat } from '../../../src/domain/grid/equal-area-grid';
import { BUDGET_4G, SETTINGS, oneUnit, site } from './helpers';


describe('CoverageModel painting', () => {
  it('an isotropic site covers π r² around it, r from the link budget', () => {
    const m = new CoverageModel(oneUnit([site('A', 107.6, 12.1)]), SETTINGS, { ftth: null });
    const r = maxRangeM(BUDGET_4G, defaultModelFor(1800, 'rural'), SETTINGS.thresholdDbm, 30, 'rural');
    expect(r).toBeGreaterThan(1000);
    const areaM2 = coveredCellCount(m.raster('4G')) * SETTINGS.cellSizeM ** 2;
    expect(Math.abs(areaM2 / (Math.PI * r * r) - 1)).toBeLessThan(0.02);
  });

  it('stores the link-budget level at a cell', () => {
    const m = new CoverageModel(oneUnit([site('A', 107.6, 12.1)]), SETTINGS, { ftth: null });
    const { levels } = m.raster('4G');
    const [sx, sy] = projectLngLat(m.grid, 107.6, 12.1);
    const row = Math.floor((m.grid.y0 - sy) / 100);
    const cell = row * m.grid.nx + Math.floor((sx - m.grid.x0) / 100) + 12;
    const [cx, cy] = cellCentreXY(m.grid, cell);
    const d = Math.hypot(cx - sx, cy - sy);
    const pl = pathLossDb(defaultModelFor(1800, 'rural'), { freqMHz: 1800, distanceM: d, baseHeightM: 30, mobileHeightM: 1.5, clutter: 'rural' });
    // Stored in hundredths of a dB; the tables' 10 m distance steps keep it within a few tenths of the formula.
    expect(dbmFromLevel(levels[cell] ?? 0)).toBeCloseTo(receivedLevelDbm(BUDGET_4G, pl, 0, false), 0);
    expect(Number.isInteger(levels[cell])).toBe(true);
    expect(m.servingSite('4G', cell)?.id).toBe('A');
    expect(m.servingSite('4G', 0)).toBeNull();
    expect(m.servingSite('5G', cell)).toBeNull();
  });

  it('a sector covers more along its azimuth than behind', () => {
    const east = site('A', 107.6, 12.1, [{ azimuthDeg: 90, beamwidthDeg: 65, downtiltDeg: 2 }]);
    const m = new CoverageModel(oneUnit([east]), SETTINGS, { ftth: null });
    const { levels, threshold } = m.raster('4G');
    const [sx, sy] = projectLngLat(m.grid, 107.6, 12.1);
    const row = Math.floor((m.grid.y0 - sy) / 100);
    const col = Math.floor((sx - m.grid.x0) / 100);
    let ahead = 0;
    let behind = 0;
    for (let k = 1; k < 100; k++) {
      if ((levels[row * m.grid.nx + col + k] ?? -Infinity) >= threshold) ahead++;
      if ((levels[row * m.grid.nx + col - k] ?? -Infinity) >= threshold) behind++;
    }
    expect(ahead).toBeGreaterThan(2 * behind);
    expect(ahead).toBeGreaterThan(10);
  });

  it('serves each cell from the nearer of two identical sites', () => {
    const m = new CoverageModel(oneUnit([site('W', 107.58, 12.1), site('E', 107.62, 12.1)]), SETTINGS, { ftth: null });
    const { levels } = m.raster('4G');
    const [wx] = projectLngLat(m.grid, 107.58, 12.1);
    const [ex] = projectLngLat(m.grid, 107.62, 12.1);
    let checked = 0;
    for (let cell = 0; cell < levels.length; cell += 37) {
      if ((levels[cell] ?? NO_SIGNAL_LEVEL) <= NO_SIGNAL_LEVEL) continue;
      const [cx] = cellCentreXY(m.grid, cell);
      if (Math.abs(Math.abs(cx - wx) - Math.abs(cx - ex)) < 300) continue;
      expect(m.servingSite('4G', cell)?.id).toBe(Math.abs(cx - wx) < Math.abs(cx - ex) ? 'W' : 'E');
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('co-located twins tie on every cell: the smallest id serves, whatever the order, and removing it hands over', () => {
    const village = { id: 'V', name: 'V', unitCode: 'U', population: 500, geometry: null, point: [107.601, 12.1] as [number, number] };
    const twins = (ids: string[]) => ({ ...oneUnit(ids.map((id) => site(id, 107.6, 12.1))), villages: [village] });
    for (const order of [['B', 'A'], ['A', 'B']]) {
      const m = new CoverageModel(twins(order), SETTINGS, { ftth: null });
      const { levels } = m.raster('4G');
      const [sx, sy] = projectLngLat(m.grid, 107.6, 12.1);
      const cell = Math.floor((m.grid.y0 - sy) / 100) * m.grid.nx + Math.floor((sx - m.grid.x0) / 100) + 5;
      expect(levels[cell]).toBeGreaterThan(NO_SIGNAL_LEVEL);
      expect(m.servingSite('4G', cell)?.id).toBe('A');
      expect(m.figures().villages[0]?.servingSiteId['4G']).toBe('A');
      const level = levels[cell];
      m.removeSite('A');
      expect(m.raster('4G').levels[cell]).toBe(level);
      expect(m.servingSite('4G', cell)?.id).toBe('B');
      expect(m.figures().villages[0]?.servingSiteId['4G']).toBe('B');
    }
  });

  it('a site without radios of a technology paints nothing in it', () => {
    const m = new CoverageModel(oneUnit([site('A', 107.6, 12.1)]), SETTINGS, { ftth: null });
    expect(coveredCellCount(m.raster('5G'))).toBe(0);
    expect(m.raster('5G').levels.every((v) => v === NO_SIGNAL_LEVEL)).toBe(true);
  });
});
