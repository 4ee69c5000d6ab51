/**
 * One entry for elevation files: SRTM .hgt, .hgt.zip or any .zip of .hgt tiles, and GeoTIFF (.tif/.tiff), told
 * apart by their first bytes and then by name. A file over the size limit is refused from its declared size,
 * before a byte of it is read (a 2 GB GeoTIFF never reaches memory). Files are read one after another.
 */
import { formatBytes } from '../zip/read-zip-limited';
import { demIssue } from './dem-issues';
import { readGeoTiff } from './read-geotiff';
import { HGT_SIDES, readHgt, readHgtZip, type DemRead } from './read-hgt';

export interface DemFileBytes {
  name: string;
  bytes: Uint8Array;
}

/** A File or Blob with a name: its size is known before its bytes are read. */
export interface DemBlobLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type DemInput = DemFileBytes | DemBlobLike;

/** 512 MB: far above a 1° tile at 1″ (26 MB as .hgt, 52 MB as float32 GeoTIFF), far below what a tab survives. */
export const DEM_MAX_FILE_BYTES = 512 * 1024 * 1024;

type DemKind = 'zip' | 'tiff' | 'hgt';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

export function demKind(bytes: Uint8Array, name: string): DemKind | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0x49, 0x49]) && (bytes[2] === 42 || bytes[2] === 43) && bytes[3] === 0) return 'tiff';
  if (startsWith(bytes, [0x4d, 0x4d, 0]) && (bytes[3] === 42 || bytes[3] === 43)) return 'tiff';
  const lower = name.toLowerCase();
  if (lower.endsWith('.hgt') || HGT_SIDES.some((s) => s * s * 2 === bytes.length)) return 'hgt';
  return null;
}

/** Bytes already in memory, or null for a File/Blob (whose `bytes` is a method in recent browsers, not the data). */
const heldBytes = (file: DemInput): Uint8Array | null => ('bytes' in file && file.bytes instanceof Uint8Array ? file.bytes : null);

const sizeOf = (file: DemInput): number => heldBytes(file)?.length ?? (file as DemBlobLike).size;

/** Reads one file (its size already checked). */
async function readOne(file: DemInput): Promise<DemRead> {
  const bytes = heldBytes(file) ?? new Uint8Array(await (file as DemBlobLike).arrayBuffer());
  const kind = demKind(bytes, file.name);
  if (kind === 'zip') return readHgtZip(bytes, file.name);
  if (kind === 'tiff') return readGeoTiff(bytes, file.name);
  if (kind === 'hgt') return readHgt(bytes, file.name);
  return { tiles: [], issues: [demIssue('error', file.name, 'dem-unknown-format')] };
}

export async function readDemFiles(files: DemInput | readonly DemInput[], maxFileBytes = DEM_MAX_FILE_BYTES): Promise<DemRead> {
  const list: readonly DemInput[] = Array.isArray(files) ? files : [files as DemInput];
  const read: DemRead = { tiles: [], issues: [] };
  for (const file of list) {
    const size = sizeOf(file);
    if (size > maxFileBytes) {
      read.issues.push(demIssue('error', file.name, 'dem-too-large', { size: formatBytes(size), limit: formatBytes(maxFileBytes), bytes: size }));
      continue;
    }
    const one = await readOne(file);
    read.tiles.push(...one.tiles);
    read.issues.push(...one.issues);
  }
  return read;
}
