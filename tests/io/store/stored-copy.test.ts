import { describe, expect, it } from 'vitest';
import { PART_CHARS, projectFromParts, projectParts, type Part } from '../../../src/io/store/stored-copy';
import type { Project } from '../../../src/io/store/project';
import { sampleProject, site } from './fixtures';
import { bigProject } from './big-project';

const partBytes = (part: Part): number => (typeof part === 'string' ? part.length * 2 : part.byteLength);

describe('a project as stored parts', () => {
  it('cuts the text into parts under the blob threshold and joins them back equal, rasters included', () => {
    const p = bigProject();
    const parts = projectParts(p);
    expect(parts.filter((part) => typeof part === 'string').length).toBeGreaterThan(20);
    // Chromium wraps a value over 64 KiB into a blob file; a text part is at most 2 bytes a character.
    for (const part of parts) expect(partBytes(part)).toBeLessThanOrEqual(64 * 1024 - 1024);
    const texts = parts.filter((part) => typeof part === 'string');
    expect(texts.slice(0, -1).every((part) => part.length === PART_CHARS)).toBe(true);
    // The rasters are bytes, not base64 text: 600 × 300 cells of 2 and 1 bytes.
    expect(parts.filter((part) => part instanceof ArrayBuffer).reduce((n, part) => n + partBytes(part), 0)).toBe(600 * 300 * 3);
    const back = projectFromParts(parts) as Project;
    expect(back).toEqual(p);
    expect(back.baseline.elevation?.terrain.heights).toBeInstanceOf(Int16Array);
    expect(back.baseline.landCover?.cover.classes).toBeInstanceOf(Uint8Array);
  });

  it('keeps NaN and infinities a structured clone kept, and strings that look like JSON', () => {
    const p = sampleProject();
    p.baseline.sites[0] = site('S1', 107.72, 12.12, { heightM: Number.NaN, name: '"\\u0000number:NaN" }]' });
    p.baseline.sites[1] = site('S2', 107.78, 12.18, { heightM: Number.POSITIVE_INFINITY });
    p.settings = { ...p.settings, thresholdDbm: Number.NEGATIVE_INFINITY };
    const back = projectFromParts(projectParts(p)) as Project;
    expect(back.baseline.sites[0]?.heightM).toBeNaN();
    expect(back.baseline.sites[0]?.name).toBe('"\\u0000number:NaN" }]');
    expect(back.baseline.sites[1]?.heightM).toBe(Number.POSITIVE_INFINITY);
    expect(back.settings.thresholdDbm).toBe(Number.NEGATIVE_INFINITY);
  });

  it('throws on parts that are not whole: text cut short, a raster part missing', () => {
    const parts = projectParts(bigProject());
    expect(() => projectFromParts(parts.slice(0, -1))).toThrow();
    expect(() => projectFromParts(parts.slice(1))).toThrow();
    const last = parts.at(-1);
    expect(() => projectFromParts([...parts.slice(0, -1), typeof last === 'string' ? last.slice(0, -2) : ''])).toThrow();
  });

  it('refuses what JSON would drop or flatten without a word, as a structured clone did', () => {
    for (const odd of [() => 1, new Map([['a', 1]]), new Float32Array(2), 10n]) {
      const p = sampleProject();
      Object.assign(p.settings, { odd });
      expect(() => projectParts(p)).toThrow(expect.objectContaining({ name: 'DataCloneError' }) as Error);
    }
  });
});
