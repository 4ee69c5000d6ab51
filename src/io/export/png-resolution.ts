/**
 * The resolution of a PNG (its pHYs chunk), so a page exported at 300 dpi drops into a document at paper size
 * instead of at the 72 or 96 dpi a word processor assumes for an image without one.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const METRES_PER_INCH = 0.0254;

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  /** Offset of the chunk's length field, and its whole size (length, type, data, CRC). */
  at: number;
  size: number;
  data: Uint8Array;
}

function chunks(png: Uint8Array): Chunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Chunk[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const size = 12 + length;
    if (at + size > png.length) throw new Error(`PNG chunk ${type} runs past the end of the file`);
    out.push({ type, at, size, data: png.subarray(at + 8, at + 8 + length) });
    at += size;
  }
  return out;
}

function physChunk(dpi: number): Uint8Array {
  const ppm = Math.round(dpi / METRES_PER_INCH);
  const out = new Uint8Array(21);
  const view = new DataView(out.buffer);
  view.setUint32(0, 9);
  out.set([0x70, 0x48, 0x59, 0x73], 4);
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  out[16] = 1;
  view.setUint32(17, crc32(out.subarray(4, 17)));
  return out;
}

/** The PNG with a pHYs chunk for `dpi` right after IHDR (any earlier pHYs is dropped). */
export function withPngResolution(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  if (!(dpi > 0 && Number.isFinite(dpi))) throw new RangeError(`resolution ${dpi} dpi is not a positive number`);
  const all = chunks(png);
  const ihdr = all[0];
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const kept = all.filter((c) => c.type !== 'pHYs');
  const phys = physChunk(dpi);
  const out = new Uint8Array(8 + phys.length + kept.reduce((s, c) => s + c.size, 0));
  out.set(png.subarray(0, 8));
  let at = 8;
  for (const c of kept) {
    out.set(png.subarray(c.at, c.at + c.size), at);
    at += c.size;
    if (c === ihdr) {
      out.set(phys, at);
      at += phys.length;
    }
  }
  return out;
}

/** Dots per inch recorded in the PNG's pHYs chunk, or null when it has none (or gives only an aspect ratio). */
export function pngResolutionDpi(png: Uint8Array): { x: number; y: number } | null {
  const phys = chunks(png).find((c) => c.type === 'pHYs');
  if (!phys || phys.data.length !== 9 || phys.data[8] !== 1) return null;
  const view = new DataView(phys.data.buffer, phys.data.byteOffset, 9);
  return { x: view.getUint32(0) * METRES_PER_INCH, y: view.getUint32(4) * METRES_PER_INCH };
}
