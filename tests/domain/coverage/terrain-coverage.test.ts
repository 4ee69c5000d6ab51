import { describe, expect, it } from 'vitest';
import { CoverageModel } from '../../../src/domain/coverage';
import { areaBBox } from '../../../src/domain/coverage/area-bbox';
import { TerrainLossCache } from '../../../src/domain/coverage/terrain-losses';
import { cellIndexAt, createGrid, unprojectXY } from '../../../src/domain/grid/equal-area-grid';
import type { Dataset, Site, Village } from '../../../src/domain/model/types';
import { rankUnderservedVillages } from '../../../src/domain/rules';
import type { ElevationModel } from '../../../src/domain/terrain/elevation-model';
import { SETTINGS, expectDragsEqualRebuild, oneUnit, site } from './helpers';
import { mulberry32, randomSite } from './synthetic-dataset';

const settings = { ...SETTINGS, cellSizeM: 100, thresholdDbm: -105, techs: ['4G'] as const };

/** Heights from a function of lon/lat on a 50 m grid over the dataset's area. */
function elevation(d: Dataset, id: string, height: (lon: number, lat: number) => number): ElevationModel {
  const { bbox, marginM } = areaBBox(d);
  const grid = createGrid(bbox, 50, marginM);
  const heights = new Int16Array(grid.nx * grid.ny);
  for (let r = 0; r < grid.ny; r++) {
    for (let c = 0; c < grid.nx; c++) {
      const [lon, lat] = unprojectXY(grid, grid.x0 + (c + 0.5) * 50, grid.y0 - (r + 0.5) * 50);
      heights[r * grid.nx + c] = Math.round(height(lon, lat));
    }
  }
  return { id, sources: ['test'], generated: true, terrain: { grid, heights } };
}

/** A north–south ridge 150 m above a 500 m plateau at lon 107.615, 600 m wide at its base. */
const ridge = (lon: number): number => 500 + 150 * Math.max(0, 1 - Math.abs(lon - 107.615) / 0.003);

const village = (id: string, lon: number, lat: number): Village => ({
  id, name: id, unitCode: 'U', population: 500, geometry: null, point: [lon, lat],
});

function dataset(sites: Site[]): Dataset {
  // West of the ridge the site; two villages 3 km east of it, one behind the ridge, its twin on open ground north.
  return { ...oneUnit(sites), villages: [village('behind', 107.6275, 12.1), village('open', 107.6275, 12.16)] };
}

const SITE = site('S', 107.6, 12.1, [], 30);

describe('terrain in the coverage engine', () => {
  it('flat ground costs nothing: the same levels as without an elevation layer', () => {
    const d = dataset([SITE]);
    const flat = new CoverageModel({ ...d, elevation: elevation(d, 'flat', () => 600) }, settings, { ftth: null, terrainCache: new TerrainLossCache() });
    const none = new CoverageModel(d, settings, { ftth: null });
    expect(flat.raster('4G').levels).toEqual(none.raster('4G').levels);
  });

  it('a village behind a ridge comes out weaker than its twin on open ground, by the terrain loss, and is a terrain shadow', () => {
    const base = dataset([SITE, site('S2', 107.6, 12.16, [], 30)]);
    const d = { ...base, elevation: elevation(base, 'ridge', (lon, lat) => (lat < 12.13 ? ridge(lon) : 500)) };
    const m = new CoverageModel(d, settings, { ftth: null, terrainCache: new TerrainLossCache() });
    const at = (v: Village) => m.cellSignals('4G', cellIndexAt(m.grid, v.point[0], v.point[1]))[0];
    const behind = at(d.villages[0] as Village);
    const open = at(d.villages[1] as Village);
    expect(open?.terrainLossDb).toBe(0);
    expect(behind?.terrainLossDb).toBeGreaterThan(10);
    // The twins are the same distance from their sites: the gap is the ridge's loss.
    expect((open?.levelDbm ?? 0) - (behind?.levelDbm ?? 0)).toBeCloseTo(behind?.terrainLossDb ?? 0, 1);
    const figures = m.figures();
    const fig = figures.villages.find((v) => v.id === 'behind');
    expect(fig?.covered['4G']).toBe(false);
    expect(fig?.terrainShadow4g?.openGroundDbm).toBeGreaterThanOrEqual(settings.thresholdDbm);
    const rows = rankUnderservedVillages({ dataset: d, figures, rules: { thresholdDbm: settings.thresholdDbm } });
    const row = rows.find((r) => r.villageId === 'behind');
    expect(row?.reasonCodes.map((r) => r.code)).toContain('terrainShadow');
    expect(rows.find((r) => r.villageId === 'open')?.reasonCodes.map((r) => r.code) ?? []).not.toContain('terrainShadow');
    // Switched off, the ridge costs nothing.
    const off = new CoverageModel(d, { ...settings, terrain: false }, { ftth: null });
    expect(off.figures().villages.find((v) => v.id === 'behind')?.covered['4G']).toBe(true);
  });

  it('incremental drags with terrain equal a rebuild', () => {
    const base = oneUnit([]);
    const rand = mulberry32(7);
    const box = [107.52, 12.02, 107.68, 12.18] as const;
    const sites = Array.from({ length: 12 }, (_, i) => randomSite(rand, `S${i}`, box));
    const hills = (lon: number, lat: number) => 400 + 250 * Math.sin(lon * 180) * Math.cos(lat * 150);
    const d = { ...base, sites, elevation: elevation({ ...base, sites }, 'hills', hills) };
    expectDragsEqualRebuild(d, settings, rand);
  });
});
