/**
 * A project as the browser stores it: in parts. Chromium writes a value over 64 KiB (IDBValueWrapper::kWrapThreshold)
 * to a blob file beside its database; a page closed while such a save committed left a record whose blob could
 * never be read again ("Failed to read large IndexedDB value"), and the project was lost. Parts under the threshold
 * live in the database itself and commit or roll back with their transaction.
 *
 * The rasters (elevation heights, land-cover classes) go first, as their bytes in 48 KiB parts; the rest follows as
 * JSON text in 16,384-character parts, where the rasters stand as a reference to their parts.
 */
import { isRecord } from './validate-kit';

/** At most 32 KiB even as UTF-16, half the wrap threshold. */
export const PART_CHARS = 16_384;
export const PART_BYTES = 48 * 1024;

export type Part = string | ArrayBuffer;

type RasterType = 'int16' | 'uint8';

interface RasterRef {
  storedRaster: { type: RasterType; length: number; from: number; to: number };
}

/** JSON has no NaN or Infinity; a structured clone kept them, so the stored text must too. */
const NON_FINITE = '\u0000number:';
const NON_FINITE_IN_JSON = '"\\u0000number:';

function unstorableValue(key: string): Error {
  return Object.assign(new Error(`${key}: a value JSON cannot hold`), { name: 'DataCloneError' });
}

/**
 * 'non-finite' when a NaN or infinity is inside; throws a DataCloneError on what JSON would drop or flatten without
 * a word (a function, a Map, a typed array other than the rasters), as a structured clone refused it.
 */
function inspect(root: unknown): 'plain' | 'non-finite' {
  let found: 'plain' | 'non-finite' = 'plain';
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) found = 'non-finite';
      continue;
    }
    if (x === null || x === undefined || typeof x === 'string' || typeof x === 'boolean') continue;
    if (typeof x !== 'object') throw unstorableValue(typeof x);
    if (Array.isArray(x)) {
      for (const item of x) stack.push(item);
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(x);
    if (proto !== Object.prototype && proto !== null) throw unstorableValue(Object.prototype.toString.call(x));
    for (const value of Object.values(x)) stack.push(value);
  }
  return found;
}

function bytePartsOf(a: Int16Array | Uint8Array, parts: Part[]): RasterRef {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const from = parts.length;
  for (let i = 0; i < bytes.length; i += PART_BYTES) parts.push(bytes.slice(i, i + PART_BYTES).buffer);
  return { storedRaster: { type: a instanceof Int16Array ? 'int16' : 'uint8', length: a.length, from, to: parts.length } };
}

/** The project with its rasters as references to byte parts pushed on `parts` (the project itself is not changed). */
function withRasterRefs(project: unknown, parts: Part[]): unknown {
  if (!isRecord(project) || !isRecord(project.baseline)) return project;
  let baseline = project.baseline;
  const { elevation, landCover } = baseline;
  if (isRecord(elevation) && isRecord(elevation.terrain) && elevation.terrain.heights instanceof Int16Array) {
    const heights = bytePartsOf(elevation.terrain.heights, parts);
    baseline = { ...baseline, elevation: { ...elevation, terrain: { ...elevation.terrain, heights } } };
  }
  if (isRecord(landCover) && isRecord(landCover.cover) && landCover.cover.classes instanceof Uint8Array) {
    const classes = bytePartsOf(landCover.cover.classes, parts);
    baseline = { ...baseline, landCover: { ...landCover, cover: { ...landCover.cover, classes } } };
  }
  return baseline === project.baseline ? project : { ...project, baseline };
}

export function projectParts(project: unknown): Part[] {
  const parts: Part[] = [];
  const json = withRasterRefs(project, parts);
  const text = inspect(json) === 'plain'
    ? JSON.stringify(json)
    : JSON.stringify(json, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? NON_FINITE + String(value) : value));
  for (let i = 0; i < text.length; i += PART_CHARS) parts.push(text.slice(i, i + PART_CHARS));
  return parts;
}

function isRasterRef(v: unknown): v is RasterRef {
  return isRecord(v) && isRecord(v.storedRaster);
}

function rasterFrom(ref: RasterRef, parts: readonly Part[]): Int16Array | Uint8Array {
  const { type, length, from, to } = ref.storedRaster;
  const out = type === 'int16' ? new Int16Array(length) : new Uint8Array(length);
  const bytes = new Uint8Array(out.buffer);
  let at = 0;
  for (let i = from; i < to; i++) {
    const part = parts[i];
    if (!(part instanceof ArrayBuffer) || at + part.byteLength > bytes.length) throw new Error(`raster part ${i} does not fit`);
    bytes.set(new Uint8Array(part), at);
    at += part.byteLength;
  }
  if (at !== bytes.length) throw new Error(`raster parts ${from}–${to - 1} hold ${at} of ${bytes.length} bytes`);
  return out;
}

/** The project the parts hold (its schema not yet checked); throws when they are not whole. */
export function projectFromParts(parts: readonly Part[]): unknown {
  const text = parts.filter((p): p is string => typeof p === 'string').join('');
  const value: unknown = text.includes(NON_FINITE_IN_JSON)
    ? JSON.parse(text, (_key, v: unknown) => (typeof v === 'string' && v.startsWith(NON_FINITE) ? Number(v.slice(NON_FINITE.length)) : v))
    : JSON.parse(text);
  if (!isRecord(value) || !isRecord(value.baseline)) return value;
  const { elevation, landCover } = value.baseline;
  const terrain = isRecord(elevation) ? elevation.terrain : undefined;
  if (isRecord(terrain) && isRasterRef(terrain.heights)) terrain.heights = rasterFrom(terrain.heights, parts);
  const cover = isRecord(landCover) ? landCover.cover : undefined;
  if (isRecord(cover) && isRasterRef(cover.classes)) cover.classes = rasterFrom(cover.classes, parts);
  return value;
}
