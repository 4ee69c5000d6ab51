/**
 * The coverage kept with a project survives the browser's storage as it was computed: the figures as they are, the
 * images byte for byte through gzip; a record that cannot be read is no record.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { deleteCoverage, loadCoverage, saveCoverage, type CachedCoverage } from '../../../src/io/store/coverage-cache';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { renderRasterImage } from '../../../src/domain/display/coverage-image';
import { DEFAULT_LINK_BUDGETS } from '../../../src/domain/radio';
import { oneUnit, site } from '../../domain/coverage/helpers';

function computed(projectId: string): CachedCoverage {
  const m = new CoverageModel(oneUnit([site('A', 107.6, 12.1)]), { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, budgets: DEFAULT_LINK_BUDGETS, techs: ['4G', '5G'] }, { ftth: null });
  const baselineFigures = m.figures();
  const image = renderRasterImage(m.grid, m.raster('4G'));
  m.removeSite('A');
  return { projectId, revision: 3, key: 'build|s1|{}', figures: m.figures(), baselineFigures, images: { '4G': image } };
}

describe('the coverage cache', () => {
  it('gives back the figures and the image as they were kept', async () => {
    const kept = computed('p1');
    await saveCoverage(kept);
    const back = await loadCoverage('p1');
    expect(back).not.toBeNull();
    expect(back?.figures).toEqual(kept.figures);
    expect(back?.baselineFigures).toEqual(kept.baselineFigures);
    expect(back?.revision).toBe(3);
    expect(back?.key).toBe('build|s1|{}');
    const image = back?.images['4G'];
    const original = kept.images['4G'];
    expect(image?.width).toBe(original?.width);
    expect(image?.bounds).toEqual(original?.bounds);
    expect(Buffer.from(image?.rgba ?? []).equals(Buffer.from(original?.rgba ?? []))).toBe(true);
    expect(Object.keys(back?.images ?? {})).toEqual(['4G']);
    // a site's coverage, not an empty image
    expect(original?.rgba.some((v, i) => i % 4 === 3 && v > 0)).toBe(true);
  });

  it('compresses an image again only when its pixels have a new version', async () => {
    const kept = computed('p4');
    const image = kept.images['4G'];
    if (!image) throw new Error('no image');
    const versioned = { ...image, version: { source: 1, seq: 1, recent: [] } };
    let made = 0;
    const Real = globalThis.CompressionStream;
    vi.stubGlobal('CompressionStream', class extends Real {
      constructor(format: CompressionFormat) {
        super(format);
        made++;
      }
    });
    try {
      await saveCoverage({ ...kept, images: { '4G': versioned } });
      await saveCoverage({ ...kept, revision: 4, images: { '4G': versioned } });
      expect(made).toBe(1);
      // an edit's patch is written into the same pixels, with the next version
      versioned.rgba.fill(7, 0, 64);
      await saveCoverage({ ...kept, revision: 5, images: { '4G': { ...versioned, version: { source: 1, seq: 2, recent: [] } } } });
      expect(made).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
    const back = await loadCoverage('p4');
    expect(back?.revision).toBe(5);
    expect([...(back?.images['4G']?.rgba.subarray(0, 64) ?? [])]).toEqual(new Array<number>(64).fill(7));
  });

  it('has nothing for a project never kept or deleted', async () => {
    expect(await loadCoverage('never')).toBeNull();
    await saveCoverage(computed('p2'));
    await deleteCoverage('p2');
    expect(await loadCoverage('p2')).toBeNull();
  });

  it('reads a damaged image as no record, not as a broken one', async () => {
    await saveCoverage(computed('p3'));
    const db = await openDB('phusong-coverage-cache', 1);
    const record = await db.get('coverage', 'p3');
    record.images[0].gzip = new Uint8Array([31, 139, 8, 0, 1, 2, 3]).buffer;
    await db.put('coverage', record);
    db.close();
    expect(await loadCoverage('p3')).toBeNull();
  });
});
