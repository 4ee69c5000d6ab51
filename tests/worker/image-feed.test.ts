import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { renderRasterImage } from '../../src/domain/display/coverage-image';
import { applyImagePatch } from '../../src/domain/display/image-patch';
import { TECHNOLOGIES, type Site } from '../../src/domain/model/types';
import { ImageFeed } from '../../src/worker/image-feed';
import { gridDataset, mulberry32, randomSite } from '../domain/coverage/synthetic-dataset';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, techs: TECHNOLOGIES };

describe('the worker image feed', () => {
  it.each([1, 2])('patched images equal the image coloured from scratch after random edits (%i)', (seed) => {
    const base = gridDataset(seed, 3, 2, 0.1, 20);
    const m = new CoverageModel(base, settings, { ftth: null });
    const feed = new ImageFeed();
    let held = feed.full(m, '4G');
    const rand = mulberry32(seed * 31);
    const box = [107.48, 11.98, 107.82, 12.22] as const;
    let patched = 0;
    for (let step = 0; step < 12; step++) {
      const s: Site | undefined = m.sites[Math.floor(rand() * m.sites.length)];
      if (step % 3 === 0 || !s) m.upsertSite(randomSite(rand, `N${step}`, box));
      else if (step % 3 === 1) m.upsertSite({ ...s, lon: s.lon + (rand() - 0.5) * 0.02 });
      else m.removeSite(s.id);
      const p = feed.patch(m, '4G');
      if (p === null) throw new Error('the feed sent an image of this model');
      if (p !== 'unchanged') {
        expect(p.rect.width * p.rect.height).toBeLessThan(held.width * held.height);
        held = applyImagePatch(held, p) ?? held;
        expect(held.version?.seq).toBe(p.seq);
        patched++;
      }
      expect(held.rgba).toEqual(renderRasterImage(m.grid, m.raster('4G')).rgba);
    }
    expect(patched).toBeGreaterThan(5);
  });

  it('sends a whole image first, and again for a new build', () => {
    const base = gridDataset(3, 2, 2, 0.1, 8);
    const feed = new ImageFeed();
    const a = new CoverageModel(base, settings, { ftth: null });
    expect(feed.patch(a, '4G')).toBeNull();
    const first = feed.full(a, '4G');
    expect(feed.patch(a, '4G')).toBe('unchanged');
    const b = new CoverageModel(base, settings, { ftth: null });
    expect(feed.patch(b, '4G')).toBeNull();
    const second = feed.full(b, '4G');
    expect(second.version?.source).not.toBe(first.version?.source);
  });
});
