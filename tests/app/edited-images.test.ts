import { describe, expect, it } from 'vitest';
import { editedImages } from '../../src/app/planner-actions';
import type { CoverageImage } from '../../src/domain/display/coverage-image';
import type { CoverageFigures } from '../../src/domain/coverage';
import type { CoverageResult } from '../../src/worker/coverage.worker';

const image = (seq: number, source = 1): CoverageImage => ({
  width: 2, height: 2, rgba: new Uint8ClampedArray(16), bounds: [0, 0, 1, 1], version: { source, seq, recent: [] },
});
const result = (r: Partial<CoverageResult>): CoverageResult => ({ figures: {} as CoverageFigures, images: {}, elapsedMs: 1, ...r });
const patch = (seq: number) => ({ tech: '4G' as const, source: 1, seq, rect: { x: 1, y: 0, width: 1, height: 1 }, rgba: new Uint8ClampedArray([9, 9, 9, 9]) });

describe('images after an edit', () => {
  it('write the patch into the shown image and drop the other technologies', () => {
    const held = { '4G': image(3), '5G': image(1) };
    const next = editedImages(held, result({ patch: patch(4) }), '4G');
    expect(Object.keys(next)).toEqual(['4G']);
    expect(next['4G']?.version?.seq).toBe(4);
    expect([...(next['4G']?.rgba.subarray(4, 8) ?? [])]).toEqual([9, 9, 9, 9]);
  });

  it('hold no image of the shown technology when the patch does not follow the one held', () => {
    expect(editedImages({ '4G': image(2) }, result({ patch: patch(4) }), '4G')).toEqual({});
    expect(editedImages({}, result({ patch: patch(4) }), '4G')).toEqual({});
  });

  it('keep the shown image when nothing changed, and take a whole image sent', () => {
    const held = { '4G': image(3) };
    expect(editedImages(held, result({}), '4G')['4G']).toBe(held['4G']);
    const sent = image(1, 2);
    expect(editedImages(held, result({ images: { '4G': sent } }), '4G')['4G']).toBe(sent);
  });
});
