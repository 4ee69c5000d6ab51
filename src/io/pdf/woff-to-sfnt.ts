/**
 * WOFF 1.0 → TrueType/OpenType (SFNT) bytes, for jsPDF, which embeds only TTF. @fontsource ships Noto Sans as
 * WOFF/WOFF2 only; WOFF 1.0 is the SFNT tables each zlib-compressed, so unwrapping it is a table copy.
 * (WOFF2 needs Brotli and glyph transforms: not supported.)
 */
import { unzlibSync } from 'fflate';

const WOFF_SIGNATURE = 0x774f4646;
const WOFF2_SIGNATURE = 0x774f4632;

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE;
}

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Returns the bytes unchanged when they are not WOFF (e.g. already a TTF); throws on WOFF2 or a broken file. */
export function woffToSfnt(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 44) throw new Error('font file too short');
  const signature = view.getUint32(0);
  if (signature === WOFF2_SIGNATURE) throw new Error('WOFF2 fonts are not supported: give a TTF or WOFF 1.0 file');
  if (signature !== WOFF_SIGNATURE) return bytes;
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: TableEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const p = 44 + i * 20;
    tables.push({
      tag: view.getUint32(p), offset: view.getUint32(p + 4), compLength: view.getUint32(p + 8),
      origLength: view.getUint32(p + 12), checksum: view.getUint32(p + 16),
    });
  }
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const headerSize = 12 + 16 * numTables;
  const total = tables.reduce((s, t) => s + pad4(t.origLength), headerSize);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  ov.setUint32(0, flavor);
  ov.setUint16(4, numTables);
  ov.setUint16(6, searchRange);
  ov.setUint16(8, entrySelector);
  ov.setUint16(10, numTables * 16 - searchRange);
  let at = headerSize;
  tables.forEach((t, i) => {
    const raw = bytes.subarray(t.offset, t.offset + t.compLength);
    if (raw.length !== t.compLength) throw new Error('WOFF table runs past the end of the file');
    const data = t.compLength < t.origLength ? unzlibSync(raw) : raw;
    if (data.length !== t.origLength) throw new Error('WOFF table does not decompress to its stated length');
    const e = 12 + i * 16;
    ov.setUint32(e, t.tag);
    ov.setUint32(e + 4, t.checksum);
    ov.setUint32(e + 8, at);
    ov.setUint32(e + 12, t.origLength);
    out.set(data, at);
    at += pad4(t.origLength);
  });
  return out;
}
