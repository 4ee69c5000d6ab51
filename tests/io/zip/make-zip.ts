/**
 * Zip bombs built in the tests (no multi-MB fixtures): raw DEFLATE streams that inflate to a chosen size, and a
 * zip writer whose headers may declare any size, so an archive can lie about what it holds.
 */
import { deflateSync } from 'fflate';

export const MiB = 1024 * 1024;

/** DEFLATE of `size` zero bytes at level 9: ~1000× smaller, the ratio real zip bombs use. */
export const deflatedZeros = (size: number): Uint8Array => deflateSync(new Uint8Array(size), { level: 9 });

/**
 * DEFLATE of `size` bytes equal to `byte`, in one fixed-Huffman block written by hand: a literal, then copies of
 * 258 bytes at distance 1 (13 bits each), so ~160× smaller. Quick to build even for 1 GiB (~7 MB), and below
 * the ratio limit, so only the size limits can stop it.
 */
export function deflatedRun(size: number, byte = 0x20): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 9 + Math.ceil(size / 258) * 13 + 9 * 258 + 7) / 8) + 1);
  let bit = 0;
  const bits = (value: number, count: number): void => {
    for (let i = 0; i < count; i++, bit++) if ((value >> i) & 1) out[bit >> 3] = (out[bit >> 3] ?? 0) | (1 << (bit & 7));
  };
  // Huffman codes are written from their most significant bit
  const code = (value: number, count: number): void => {
    for (let i = count - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3] = (out[bit >> 3] ?? 0) | (1 << (bit & 7));
  };
  const literal = (b: number): void => (b < 144 ? code(0x30 + b, 8) : code(0x190 + b - 144, 9));
  bits(1, 1); // final block
  bits(1, 2); // fixed Huffman
  literal(byte);
  let left = size - 1;
  for (; left >= 258; left -= 258) {
    code(0xc5, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  for (; left > 0; left--) literal(byte);
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

export interface RawEntry {
  name: string;
  /** Raw DEFLATE data (method 8). */
  deflated: Uint8Array;
  /** Uncompressed size written in the local header and the central directory. */
  declaredSize: number;
}

/** A zip of DEFLATE entries whose headers say `declaredSize`, whatever the data inflates to (CRCs are left 0). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true); // UTF-8 names
    lv.setUint16(8, 8, true);
    lv.setUint32(18, e.deflated.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(8, 0x800, true);
    dv.setUint16(10, 8, true);
    dv.setUint32(20, e.deflated.length, true);
    dv.setUint32(24, e.declaredSize, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    parts.push(local, e.deflated);
    central.push(dir);
    offset += local.length + e.deflated.length;
  }
  const dirSize = central.reduce((s, d) => s + d.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const zip = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) {
    zip.set(p, at);
    at += p.length;
  }
  return zip;
}
