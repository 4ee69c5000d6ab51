import { layerText, type LayerText } from '../layer-issues';
import { readZipLimited } from '../zip/read-zip-limited';

/** The files of one shapefile layer found in a zip, keyed by extension. */
export interface ShapefileParts {
  /** Path inside the zip without extension, e.g. "data/communes". */
  base: string;
  shp: Uint8Array;
  dbf: Uint8Array | null;
  prj: string | null;
  cpg: string | null;
}

const PARTS = new Set(['shp', 'dbf', 'prj', 'cpg']);
const ZIP_MAGIC = [0x50, 0x4b];

export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function splitName(path: string): { base: string; ext: string } | null {
  const dot = path.lastIndexOf('.');
  if (dot <= 0 || path.endsWith('/')) return null;
  return { base: path.slice(0, dot), ext: path.slice(dot + 1).toLowerCase() };
}

/** Unzips (within the zip limits) and groups by base name; layers come sorted by path so the first is predictable. */
export function shapefilePartsFromZip(bytes: Uint8Array): { ok: true; layers: ShapefileParts[] } | { ok: false; problem: LayerText } {
  if (!looksLikeZip(bytes)) return { ok: false, problem: layerText('notZip') };
  const unzipped = readZipLimited(bytes, (name) => PARTS.has(splitName(name)?.ext ?? '') && !name.includes('__MACOSX'));
  if (!unzipped.ok) return { ok: false, problem: unzipped.problem };
  const files = unzipped.files;
  const groups = new Map<string, { base: string; files: Map<string, Uint8Array> }>();
  for (const [path, data] of files) {
    const name = splitName(path);
    if (!name) continue;
    const key = name.base.toLowerCase();
    const group = groups.get(key) ?? { base: name.base, files: new Map<string, Uint8Array>() };
    group.files.set(name.ext, data);
    groups.set(key, group);
  }
  const text = (data: Uint8Array | undefined): string | null => (data ? new TextDecoder().decode(data) : null);
  const layers: ShapefileParts[] = [];
  for (const { base, files: parts } of groups.values()) {
    const shp = parts.get('shp');
    if (shp) layers.push({ base, shp, dbf: parts.get('dbf') ?? null, prj: text(parts.get('prj')), cpg: text(parts.get('cpg')) });
  }
  if (layers.length === 0) {
    const names = [...files.keys()];
    return { ok: false, problem: names.length > 0 ? layerText('noShpFound', { names: names.join(', ') }) : layerText('noShp') };
  }
  layers.sort((a, b) => a.base.localeCompare(b.base));
  return { ok: true, layers };
}
