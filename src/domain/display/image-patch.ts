/**
 * Small updates of a coverage image: after a scenario edit only the pixels of the changed cells are coloured again
 * and sent, and the holder of the full image writes them into it. Versions make this safe: a patch applies only to
 * the version it was made after, and a display that missed versions is told to upload the whole image again.
 */
import type { CoverageImage, PixelRect } from './coverage-image';

/** The new pixels of `rect` (`rect.width` pixels a row), turning version `seq - 1` of `source`'s image into `seq`. */
export interface ImagePatch {
  source: number;
  seq: number;
  rect: PixelRect;
  rgba: Uint8ClampedArray;
}

/** How many versions an image remembers the changed pixels of. */
const RECENT_VERSIONS = 16;

/**
 * The patched image, written into `image`'s own pixel buffer (the caller replaces its image by the result), or null
 * when the patch was not made after this image's version (the caller then asks for a whole image).
 */
export function applyImagePatch(image: CoverageImage | undefined, patch: ImagePatch): CoverageImage | null {
  const v = image?.version;
  if (!image || !v || v.source !== patch.source || v.seq !== patch.seq - 1) return null;
  const { rect } = patch;
  if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > image.width || rect.y + rect.height > image.height) return null;
  if (patch.rgba.length !== rect.width * rect.height * 4) return null;
  const rowBytes = rect.width * 4;
  for (let k = 0; k < rect.height; k++) {
    const from = k * rowBytes;
    image.rgba.set(patch.rgba.subarray(from, from + rowBytes), ((rect.y + k) * image.width + rect.x) * 4);
  }
  const recent = [...v.recent.slice(-(RECENT_VERSIONS - 1)), { ...rect, seq: patch.seq }];
  return { ...image, version: { source: v.source, seq: patch.seq, recent } };
}

/**
 * What a display that last uploaded version `uploadedSeq` of this image's pixel buffer must upload now: nothing
 * (null), the smallest rectangle holding every change since, or 'all' (no version, or versions it never saw).
 */
export function changedSince(image: CoverageImage, uploadedSeq: number): PixelRect | 'all' | null {
  const v = image.version;
  if (!v) return 'all';
  if (v.seq === uploadedSeq) return null;
  if (v.seq < uploadedSeq) return 'all';
  const newer = v.recent.filter((r) => r.seq > uploadedSeq);
  if (newer.length !== v.seq - uploadedSeq) return 'all';
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of newer) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
