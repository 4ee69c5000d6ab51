import type { ImportIssue } from '../../domain/model/types';
import { newNotes, type Checked, type CoordNotes } from './coords';
import { layerText } from '../layer-issues';
import { featureIssue, formatValue, rejectedIssue } from './issues';
import { pick, readProps, toText, type PropMap } from './props';

export interface RawFeature {
  geometry: unknown;
  props: PropMap;
  /** The Feature's top-level `id`, if any. */
  id: unknown;
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

export function asFeature(raw: unknown): Checked<RawFeature> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: layerText('notFeature', { value: formatValue(raw) }) };
  }
  const obj = raw as Record<string, unknown>;
  if (typeof obj.type === 'string' && GEOMETRY_TYPES.has(obj.type)) return { ok: true, value: { geometry: obj, props: readProps(null), id: undefined } };
  if (!('geometry' in obj) && obj.type !== 'Feature') {
    return { ok: false, reason: layerText('notFeatureNoGeometry', { value: formatValue(raw) }) };
  }
  return { ok: true, value: { geometry: obj.geometry, props: readProps(obj.properties), id: obj.id } };
}

export interface Indexed<T> {
  item: T;
  index: number;
}

/** Per-feature reading shared by all layers: one error per rejected feature, its warnings, and z-drop once per file. */
export type ReadOne<T> = (feature: RawFeature, index: number, notes: CoordNotes) => Checked<T[]>;

export function readEach<T>(features: readonly unknown[], fileName: string, readOne: ReadOne<T>): { items: Indexed<T>[]; issues: ImportIssue[] } {
  const items: Indexed<T>[] = [];
  const issues: ImportIssue[] = [];
  let zReported = false;
  features.forEach((raw, index) => {
    const feature = asFeature(raw);
    if (!feature.ok) {
      issues.push(featureIssue('error', index, feature.reason));
      return;
    }
    const notes = newNotes();
    const read = readOne(feature.value, index, notes);
    if (notes.zDropped && !zReported) {
      zReported = true;
      issues.push(featureIssue('warning', index, layerText('zDropped', { file: fileName })));
    }
    if (!read.ok) {
      issues.push(rejectedIssue(index, read.reason));
      return;
    }
    for (const w of notes.warnings) issues.push(featureIssue('warning', index, w));
    for (const item of read.value) items.push({ item, index });
  });
  return { items, issues };
}

/** `<fileName>#<index>`: a stable made-up id for a feature that has none. */
export const generatedId = (fileName: string, index: number): string => `${fileName}#${index}`;

/**
 * A line feature's id (the first of `idKeys` present, else the feature's id, else made up with a warning naming the
 * keys looked for) and its name (the first of `nameKeys`, else the id).
 */
export function lineIdAndName(
  feature: RawFeature, index: number, notes: CoordNotes, fileName: string, idKeys: readonly string[], nameKeys: readonly string[],
): { id: string; name: string } {
  let id = toText(pick(feature.props, idKeys)?.value) ?? toText(feature.id);
  if (id === undefined) {
    id = generatedId(fileName, index);
    notes.warnings.push(layerText('noLineId', { keys: idKeys.slice(0, 3).join('/'), id: JSON.stringify(id) }));
  }
  return { id, name: toText(pick(feature.props, nameKeys)?.value) ?? id };
}

/** Id of part i of a multi-part line: the feature's id, then `<id>-2`, `<id>-3`… */
export const linePartId = (id: string, i: number): string => (i === 0 ? id : `${id}-${i + 1}`);
