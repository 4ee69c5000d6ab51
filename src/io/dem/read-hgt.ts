/**
 * SRTM .hgt tiles: raw big-endian int16, 1201² (3″) or 3601² (1″) samples, row 0 at the north edge. Samples lie
 * on the lines, so a tile spans lat…lat+1 and lon…lon+1 with both edges included (neighbours share their edge
 * rows). The name gives the south-west corner (N12E107.hgt; S and W negative). Voids are −32768 (NO_ELEVATION).
 */
import { readZipLimited, type ZipLimits } from '../zip/read-zip-limited';
import { demIssue, type DemIssue } from './dem-issues';
import { groundResolutionM, WGS84, type DemTile } from './dem-tile';

export const HGT_SIDES = [1201, 3601] as const;
const hgtBytes = (side: number): number => side * side * 2;

/**
 * A .hgt inflates to 25.9 MB at most, so any larger entry is refused whatever its ratio; an all-sea tile
 * compresses ~1000× and must not be taken for a bomb, so the ratio check is left to the size limits.
 */
export const HGT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntryBytes: hgtBytes(3601),
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 4096,
  ratioFloorBytes: 1024 * 1024,
};

export interface DemRead {
  tiles: DemTile[];
  issues: DemIssue[];
}

const baseName = (name: string): string => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);

/** South-west corner from a name like N12E107.hgt or s08w035.SRTMGL1.hgt.zip (case-insensitive), or null. */
export function hgtCorner(name: string): { lon: number; lat: number } | null {
  const m = /^([NS])(\d{1,2})([EW])(\d{1,3})(?![0-9])/i.exec(baseName(name));
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  const lat = Number(m[2]) * (m[1].toUpperCase() === 'S' ? -1 : 1);
  const lon = Number(m[4]) * (m[3].toUpperCase() === 'W' ? -1 : 1);
  return lat >= -90 && lat < 90 && lon >= -180 && lon < 180 ? { lon, lat } : null;
}

/**
 * One .hgt's bytes as a tile. `placeAs` names the file whose name gives the corner when the bytes' own name does
 * not (an entry of a zip named after its tile).
 */
export function readHgt(bytes: Uint8Array, name: string, placeAs?: string): DemRead {
  const side = HGT_SIDES.find((s) => hgtBytes(s) === bytes.length);
  if (side === undefined) {
    const expected = bytes.length < hgtBytes(1201) ? hgtBytes(1201) : hgtBytes(3601);
    return { tiles: [], issues: [demIssue('error', name, 'dem-hgt-size', { expected, got: bytes.length })] };
  }
  const corner = hgtCorner(name) ?? (placeAs === undefined ? null : hgtCorner(placeAs));
  if (!corner) return { tiles: [], issues: [demIssue('error', name, 'dem-hgt-name')] };
  const values = new Int16Array(side * side);
  for (let i = 0, b = 0; i < values.length; i++, b += 2) values[i] = (((bytes[b] ?? 0) << 8) | (bytes[b + 1] ?? 0)) << 16 >> 16;
  const step = 1 / (side - 1);
  const tile: DemTile = {
    name, width: side, height: side, values, crs: WGS84,
    x0: corner.lon, y0: corner.lat + 1, dx: step, dy: step,
    resolutionM: groundResolutionM(WGS84, step, step, corner.lat + 0.5),
  };
  return { tiles: [tile], issues: [] };
}

/** Every .hgt inside a zip (SRTM downloads come as N12E107.SRTMGL1.hgt.zip, or several tiles in one zip). */
export function readHgtZip(bytes: Uint8Array, name: string): DemRead {
  const unzipped = readZipLimited(bytes, (entry) => entry.toLowerCase().endsWith('.hgt') && !entry.includes('__MACOSX'), HGT_ZIP_LIMITS);
  if (!unzipped.ok) {
    return { tiles: [], issues: [demIssue('error', name, 'dem-zip', { ...unzipped.problem.params, zipCode: unzipped.problem.code })] };
  }
  if (unzipped.files.size === 0) return { tiles: [], issues: [demIssue('error', name, 'dem-zip-no-hgt')] };
  const read: DemRead = { tiles: [], issues: [] };
  const single = unzipped.files.size === 1;
  for (const [entry, data] of [...unzipped.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const one = readHgt(data, `${name}/${baseName(entry)}`, single ? name : undefined);
    read.tiles.push(...one.tiles);
    read.issues.push(...one.issues);
  }
  return read;
}
