import { describe, expect, it } from 'vitest';
import { CoverageModel } from '../../../src/domain/coverage';
import { areaBBox } from '../../../src/domain/coverage/area-bbox';
import { classExtraLossDb } from '../../../src/domain/coverage/receiver-clutter';
import { cellIndexAt, createGrid, unprojectXY } from '../../../src/domain/grid/equal-area-grid';
import { LAND_COVER_CLASSES, landCoverCode, type LandCoverClass, type LandCoverModel } from '../../../src/domain/model/land-cover';
import type { Dataset } from '../../../src/domain/model/types';
import { SETTINGS, expectDragsEqualRebuild, oneUnit, site } from './helpers';
import { mulberry32, randomSite } from './synthetic-dataset';

const settings = { ...SETTINGS, cellSizeM: 100, thresholdDbm: -105, techs: ['4G'] as const };

/** A land cover of `cls(lon, lat)` on a 50 m grid over the dataset's area (null: unknown). */
function landCover(d: Dataset, id: string, cls: (lon: number, lat: number) => LandCoverClass | null): LandCoverModel {
  const { bbox, marginM } = areaBBox(d);
  const grid = createGrid(bbox, 50, marginM);
  const classes = new Uint8Array(grid.nx * grid.ny);
  for (let r = 0; r < grid.ny; r++) {
    for (let c = 0; c < grid.nx; c++) {
      const [lon, lat] = unprojectXY(grid, grid.x0 + (c + 0.5) * 50, grid.y0 - (r + 0.5) * 50);
      const k = cls(lon, lat);
      classes[r * grid.nx + c] = k ? landCoverCode(k) : 0;
    }
  }
  return { id, sources: ['test'], generated: true, cover: { grid, classes } };
}

const SITE = site('S', 107.6, 12.1, [], 30);

describe('land cover at the receiver', () => {
  it('costs a forest or a village its P.2108 loss beyond open ground, and open ground, fields and water nothing', () => {
    // The hand-worked P.2108 losses at 1.8 GHz (tests/domain/radio/terminal-clutter): forest 25.599 − 19.265,
    // a village (suburban type) 21.757 − 19.265, dense against ordinary city 28.105 − 25.599.
    expect(classExtraLossDb('forest', 1800, 1.5)).toBeCloseTo(6.334, 2);
    expect(classExtraLossDb('village', 1800, 1.5)).toBeCloseTo(2.491, 2);
    expect(classExtraLossDb('dense-urban', 1800, 1.5)).toBeCloseTo(2.506, 2);
    for (const c of ['urban', 'suburban', 'cropland', 'open', 'water'] as const) expect(classExtraLossDb(c, 1800, 1.5)).toBe(0);
  });

  it('a forest cell is weaker than its open twin at the same distance by the forest loss', () => {
    const base = oneUnit([SITE]);
    // Forest east of the site, plantations west of it and under it: both take the rural model.
    const d = { ...base, landCover: landCover(base, 'halves', (lon) => (lon > 107.601 ? 'forest' : 'cropland')) };
    const m = new CoverageModel(d, settings, { ftth: null });
    const level = (lon: number) => m.cellSignals('4G', cellIndexAt(m.grid, lon, 12.1))[0];
    const east = level(107.62);
    const west = level(107.58);
    expect(west?.clutterLossDb).toBe(0);
    expect(east?.clutterLossDb).toBeCloseTo(classExtraLossDb('forest', 1800, 1.5), 4);
    // Without the layer both sides get the rural model's level: the forest cell lost its loss, the field none.
    const none = new CoverageModel(base, settings, { ftth: null });
    const bare = (lon: number) => none.cellSignals('4G', cellIndexAt(m.grid, lon, 12.1))[0]?.levelDbm ?? NaN;
    expect(bare(107.62) - (east?.levelDbm ?? NaN)).toBeCloseTo(classExtraLossDb('forest', 1800, 1.5), 1);
    expect(west?.levelDbm).toBe(bare(107.58));
  });

  it('a town receiver served by a site on open ground gets the urban model, as from a site in the town', () => {
    const base = oneUnit([SITE]);
    // The site stands on fields; the town starts 100 m east of it.
    const fieldSite = { ...base, landCover: landCover(base, 'town-east', (lon) => (lon > 107.6009 ? 'urban' : 'cropland')) };
    // The same town, with the site's own ground urban too.
    const townSite = { ...base, landCover: landCover(base, 'all-town', () => 'urban') };
    const a = new CoverageModel(fieldSite, settings, { ftth: null });
    const b = new CoverageModel(townSite, settings, { ftth: null });
    expect(a.siteModel('S')?.clutter).toBe('rural');
    expect(b.siteModel('S')?.clutter).toBe('urban');
    for (const lon of [107.6015, 107.602, 107.603]) {
      const cell = cellIndexAt(a.grid, lon, 12.1);
      const fromFields = a.cellSignals('4G', cell)[0];
      const fromTown = b.cellSignals('4G', cell)[0];
      expect(fromTown).toBeDefined();
      expect(fromFields?.levelDbm).toBeCloseTo(fromTown?.levelDbm ?? NaN, 1);
      expect(fromFields?.clutterLossDb).toBeGreaterThan(10);
    }
    // West of the site, on fields, the rural model holds: a gain over the urban one is never given to the town site.
    const west = cellIndexAt(a.grid, 107.5975, 12.1);
    expect(a.cellSignals('4G', west)[0]?.levelDbm ?? NaN).toBeGreaterThan((b.cellSignals('4G', west)[0]?.levelDbm ?? NaN) + 10);
  });

  it('unknown cells lose nothing; each class loses what its row of the table says', () => {
    const base = oneUnit([SITE]);
    // 110 m stripes east of the site, one per class from dense urban to water; unknown elsewhere (the site too: rural).
    const stripe = (lon: number): LandCoverClass | null => (lon < 107.601 ? null : LAND_COVER_CLASSES[Math.floor((lon - 107.601) / 0.001)] ?? null);
    const m = new CoverageModel({ ...base, landCover: landCover(base, 'stripes', stripe) }, settings, { ftth: null });
    const none = new CoverageModel(base, settings, { ftth: null });
    expect(m.siteModel('S')?.clutter).toBe('rural');
    const west = cellIndexAt(m.grid, 107.598, 12.1);
    expect(m.cellSignals('4G', west)[0]?.clutterLossDb).toBe(0);
    expect(m.raster('4G').levels[west]).toBe(none.raster('4G').levels[west]);
    const lossOf = (cls: LandCoverClass): number => {
      const i = LAND_COVER_CLASSES.indexOf(cls);
      return m.cellSignals('4G', cellIndexAt(m.grid, 107.601 + 0.001 * i + 0.0005, 12.1))[0]?.clutterLossDb ?? NaN;
    };
    // Fields, open ground and water are no denser than the site's rural ground; a more open model is never a gain.
    for (const c of ['cropland', 'open', 'water'] as const) expect(lossOf(c)).toBe(0);
    expect(lossOf('forest')).toBeCloseTo(classExtraLossDb('forest', 1800, 1.5), 4);
    expect(lossOf('village')).toBeCloseTo(classExtraLossDb('village', 1800, 1.5), 4);
    // Built-up classes take the urban or suburban model's extra loss over the rural one.
    expect(lossOf('suburban')).toBeGreaterThan(5);
    expect(lossOf('urban')).toBeGreaterThan(lossOf('suburban'));
  });

  it('incremental drags with a land cover equal a rebuild', () => {
    const base = oneUnit([]);
    const rand = mulberry32(11);
    const box = [107.52, 12.02, 107.68, 12.18] as const;
    const sites = Array.from({ length: 12 }, (_, i) => randomSite(rand, `S${i}`, box));
    const patches = (lon: number, lat: number): LandCoverClass =>
      LAND_COVER_CLASSES[Math.abs(Math.floor(Math.sin(lon * 300) * 4 + Math.cos(lat * 250) * 4)) % 8] ?? 'open';
    const d = { ...base, sites, landCover: landCover({ ...base, sites }, 'patches', patches) };
    expectDragsEqualRebuild(d, settings, rand);
  });
});
