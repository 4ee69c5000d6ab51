import { describe, expect, it } from 'vitest';
import { CoverageModel } from '../../src/domain/coverage';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { TerrainLossCache } from '../../src/domain/coverage/terrain-losses';
import { cellIndexAt, createGrid, unprojectXY } from '../../src/domain/grid/equal-area-grid';
import type { Dataset } from '../../src/domain/model/types';
import type { ElevationModel } from '../../src/domain/terrain/elevation-model';
import { engineState } from '../../src/worker/engine-state';
import { readSignal, signalApi, type SignalReading } from '../../src/worker/signal-api';
import { SETTINGS, oneUnit, site } from '../domain/coverage/helpers';

const settings = { ...SETTINGS, cellSizeM: 100, thresholdDbm: -105, techs: ['4G'] as const };

/** Heights from a function of lon on a 50 m grid over the dataset's area. */
function elevation(d: Dataset, height: (lon: number, lat: number) => number): ElevationModel {
  const { bbox, marginM } = areaBBox(d);
  const grid = createGrid(bbox, 50, marginM);
  const heights = new Int16Array(grid.nx * grid.ny);
  for (let r = 0; r < grid.ny; r++) {
    for (let c = 0; c < grid.nx; c++) {
      const [lon, lat] = unprojectXY(grid, grid.x0 + (c + 0.5) * 50, grid.y0 - (r + 0.5) * 50);
      heights[r * grid.nx + c] = Math.round(height(lon, lat));
    }
  }
  return { id: 'ridge', sources: ['test'], generated: true, terrain: { grid, heights } };
}

/** Four sites west to east, 1.5 km apart; the unit is rural, site D's clutter is overridden to urban. */
function fourSites(): Dataset {
  const d = oneUnit([site('A', 107.58, 12.1), site('B', 107.595, 12.1), site('C', 107.61, 12.1), site('D', 107.625, 12.1)]);
  return { ...d, sites: d.sites.map((s) => (s.id === 'B' ? { ...s, name: 'Trạm B', carrier: 'Viettel' } : s)) };
}

const inGrid = (r: SignalReading) => {
  if (!r.inGrid) throw new Error(`no reading: ${r.reason}`);
  return r;
};

describe('signal at the cursor', () => {
  it('lists the serving site and the next two, best first, with the raster level and the threshold verdict', () => {
    const d = fourSites();
    const m = new CoverageModel(d, { ...settings, siteClutterOverrides: { D: 'urban' } }, { ftth: null });
    const r = inGrid(readSignal(m, 107.5955, 12.1, '4G'));
    expect(r.sites).toHaveLength(3);
    expect(r.sites[0]).toMatchObject({ siteId: 'B', name: 'Trạm B', carrier: 'Viettel', clutter: 'rural', terrainLossDb: 0 });
    expect(r.sites.map((s) => s.siteId)).toEqual(['B', 'C', 'A']);
    for (let i = 1; i < r.sites.length; i++) expect(r.sites[i - 1]?.levelDbm ?? 0).toBeGreaterThanOrEqual(r.sites[i]?.levelDbm ?? 0);
    // The raster holds the serving site's level.
    expect(r.cellLevelDbm).toBe(r.sites[0]?.levelDbm);
    expect(r.cell).toBe(cellIndexAt(m.grid, 107.5955, 12.1));
    expect(r.thresholdDbm).toBe(-105);
    expect(r.covered).toBe((r.cellLevelDbm ?? -999) >= -105);
    expect(r.terrainLossDb).toBe(0);
    // The clutter of each site's own model.
    const nearD = inGrid(readSignal(m, 107.6245, 12.1, '4G'));
    expect(nearD.sites[0]).toMatchObject({ siteId: 'D', clutter: 'urban' });
  });

  it('a point no site reaches is in the grid, not covered, with no site; off the grid it is outside', () => {
    const m = new CoverageModel(oneUnit([site('A', 107.52, 12.02)]), settings, { ftth: null });
    const far = inGrid(readSignal(m, 107.69, 12.19, '4G'));
    expect(far).toMatchObject({ cellLevelDbm: null, covered: false, sites: [], terrainLossDb: 0 });
    expect(readSignal(m, 105, 10, '4G')).toMatchObject({ inGrid: false, reason: 'outside' });
    expect(readSignal(m, Number.NaN, 12.1, '4G')).toMatchObject({ inGrid: false, reason: 'outside' });
    expect(readSignal(m, 107.6, 12.1, '2G')).toMatchObject({ inGrid: false, reason: 'not-computed' });
    expect(readSignal(null, 107.6, 12.1, '4G')).toMatchObject({ inGrid: false, reason: 'not-computed' });
  });

  it('behind a ridge the serving level carries the terrain loss', () => {
    const base = oneUnit([site('S', 107.6, 12.1)]);
    const ridge = (lon: number) => 500 + 150 * Math.max(0, 1 - Math.abs(lon - 107.615) / 0.003);
    const d = { ...base, elevation: elevation(base, ridge) };
    const m = new CoverageModel(d, settings, { ftth: null, terrainCache: new TerrainLossCache() });
    const behind = inGrid(readSignal(m, 107.6275, 12.1, '4G'));
    expect(behind.sites[0]?.siteId).toBe('S');
    expect(behind.terrainLossDb).toBeGreaterThan(10);
    expect(behind.terrainLossDb).toBe(behind.sites[0]?.terrainLossDb);
    const front = inGrid(readSignal(m, 107.607, 12.1, '4G'));
    expect(front.terrainLossDb).toBe(0);
    const flat = new CoverageModel(base, settings, { ftth: null });
    const open = inGrid(readSignal(flat, 107.6275, 12.1, '4G'));
    expect((open.cellLevelDbm ?? 0) - (behind.cellLevelDbm ?? 0)).toBeCloseTo(behind.terrainLossDb, 1);
  });

  it("the worker call reads the engine's model, scenario edits included", () => {
    const d = fourSites();
    engineState.setBaseline(d);
    expect(signalApi.signalAt(107.5955, 12.1, '4G')).toMatchObject({ inGrid: false, reason: 'not-computed' });
    const m = new CoverageModel(d, settings, { ftth: null });
    engineState.setModel(m, settings, engineState.applied);
    expect(inGrid(signalApi.signalAt(107.5955, 12.1, '4G')).sites[0]?.siteId).toBe('B');
    m.removeSite('B');
    expect(inGrid(signalApi.signalAt(107.5955, 12.1, '4G')).sites.map((s) => s.siteId)).not.toContain('B');
    engineState.setBaseline(d);
  });
});
