import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { TECHNOLOGIES, type Dataset, type Site } from '../../../src/domain/model/types';
import { coveredCellCount, NO_SIGNAL_LEVEL, type TechRaster } from '../../../src/domain/coverage/tech-raster';
import { gridDataset, mulberry32, randomSite } from './synthetic-dataset';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, techs: TECHNOLOGIES };

const coveredMask = (r: TechRaster): Uint8Array => Uint8Array.from(r.levels, (level) => (level >= r.threshold ? 1 : 0));

function expectSameAsScratch(m: CoverageModel, base: Dataset): void {
  const scratch = new CoverageModel({ ...base, sites: [...m.sites].reverse() }, settings, { ftth: null });
  for (const tech of TECHNOLOGIES) {
    const a = m.raster(tech);
    const b = scratch.raster(tech);
    expect(coveredMask(a)).toEqual(coveredMask(b));
    expect(a.levels).toEqual(b.levels);
    let serverMismatch = 0;
    for (let i = 0; i < a.levels.length; i++) {
      if (m.servingSite(tech, i)?.id !== scratch.servingSite(tech, i)?.id) serverMismatch++;
    }
    expect(serverMismatch).toBe(0);
  }
  const fa = m.figures();
  const fb = scratch.figures();
  expect(fa.units).toEqual(fb.units);
  expect(fa.totals).toEqual(fb.totals);
  expect(fa.villages).toEqual(fb.villages);
}

describe('incremental site edits', () => {
  it.each([1, 2, 3])('random upsert/move/remove sequence %i equals a from-scratch model', (seed) => {
    const base = gridDataset(seed, 3, 2, 0.1, 25);
    const m = new CoverageModel(base, settings, { ftth: null });
    const rand = mulberry32(seed * 101);
    const box = [107.48, 11.98, 107.82, 12.22] as const;
    let next = 1000;
    for (let step = 0; step < 40; step++) {
      const pick = (): Site | undefined => m.sites[Math.floor(rand() * m.sites.length)];
      const roll = rand();
      const s = pick();
      if (roll < 0.4 && s) m.upsertSite({ ...s, lon: s.lon + (rand() - 0.5) * 0.03, lat: s.lat + (rand() - 0.5) * 0.03 });
      else if (roll < 0.55 && s) m.upsertSite({ ...s, heightM: s.heightM + 5, sectors: s.sectors.map((x) => ({ ...x, downtiltDeg: x.downtiltDeg + 1 })) });
      else if (roll < 0.8 && s) m.removeSite(s.id);
      else m.upsertSite(randomSite(rand, `N${next++}`, box));
      if (step % 10 === 9) expectSameAsScratch(m, base);
    }
    expectSameAsScratch(m, base);
  });

  it('removing every site leaves an empty raster and zero figures', () => {
    const base = gridDataset(9, 2, 2, 0.1, 8);
    const m = new CoverageModel(base, settings, { ftth: null });
    for (const s of [...m.sites]) m.removeSite(s.id);
    expect(m.sites.length).toBe(0);
    for (const tech of TECHNOLOGIES) {
      expect(coveredCellCount(m.raster(tech))).toBe(0);
      expect(m.raster(tech).levels.every((level) => level === NO_SIGNAL_LEVEL)).toBe(true);
      expect(m.servingSite(tech, Math.floor(m.raster(tech).levels.length / 2))).toBeNull();
    }
    const f = m.figures();
    expect(f.totals.pctAreaCovered['4G']).toBe(0);
    expect(f.units.every((u) => u.pctPopulation['4G'] === 0)).toBe(true);
  });

  it('ignores removal of an unknown id', () => {
    const m = new CoverageModel(gridDataset(4, 1, 1, 0.1, 3), settings, { ftth: null });
    m.removeSite('nope');
    expect(m.sites.length).toBe(3);
  });
});
