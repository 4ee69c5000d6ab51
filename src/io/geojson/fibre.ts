import type { FibreRoute, ImportResult, Laying } from '../../domain/model/types';
import type { Checked, CoordNotes } from './coords';
import { lineIdAndName, linePartId, readEach, type RawFeature } from './features';
import { readLines } from './geometry';
import { layerText, nested, type LayerText } from '../layer-issues';
import { normalizeKey, pick, toText, type PropMap } from './props';
import { own } from '../../domain/model/dict';
import { keepIdsUnique } from './unique-ids';

const ID_KEYS = ['id', 'route_id', 'ma_tuyen', 'ma', 'code'];
const NAME_KEYS = ['name', 'ten', 'ten_tuyen', 'route_name'];
const LAYING_KEYS = ['laying', 'lay', 'loai_cap', 'type', 'installation', 'phuong_thuc'];
const KIND_KEYS = ['kind', 'level', 'cap_tuyen', 'role', 'cap_do'];

const LAYING_WORDS: Record<string, Laying> = {
  aerial: 'aerial', overhead: 'aerial', treo: 'aerial', noi: 'aerial', cap_treo: 'aerial',
  underground: 'underground', ngam: 'underground', buried: 'underground', cap_ngam: 'underground',
  duct: 'duct', cong: 'duct', conduit: 'duct', ong: 'duct',
  unknown: 'unknown',
};

const KIND_WORDS: Record<string, FibreRoute['kind']> = {
  backbone: 'backbone', truc: 'backbone', truc_chinh: 'backbone', trunk: 'backbone', core: 'backbone',
  spur: 'spur', nhanh: 'spur', branch: 'spur', access: 'spur', re_nhanh: 'spur',
  unknown: 'unknown',
};

/** A word from a closed vocabulary; warns only when the property exists but is unrecognised. */
function readWord<T extends string>(props: PropMap, keys: readonly string[], words: Record<string, T>, fallback: T, what: LayerText, warnings: LayerText[]): T {
  const entry = pick(props, keys);
  if (!entry) return fallback;
  const text = toText(entry.value);
  const word = text === undefined ? undefined : own(words, normalizeKey(text));
  if (word) return word;
  warnings.push(nested('unknownWord', { key: entry.key, value: JSON.stringify(entry.value), fallback }, { what }));
  return fallback;
}

function readRoute(feature: RawFeature, index: number, notes: CoordNotes, fileName: string): Checked<FibreRoute[]> {
  const lines = readLines(feature.geometry, notes);
  if (!lines.ok) return lines;
  const { props } = feature;
  const { id, name } = lineIdAndName(feature, index, notes, fileName, ID_KEYS, NAME_KEYS);
  const laying = readWord(props, LAYING_KEYS, LAYING_WORDS, 'unknown', layerText('w_laying'), notes.warnings);
  const kind = readWord(props, KIND_KEYS, KIND_WORDS, 'unknown', layerText('w_routeKind'), notes.warnings);
  const routes = lines.value.map((coordinates, i) => ({ id: linePartId(id, i), name, laying, kind, coordinates }));
  return { ok: true, value: routes };
}

export function readFibre(features: readonly unknown[], fileName: string): ImportResult<FibreRoute> {
  const read = readEach(features, fileName, (f, i, notes) => readRoute(f, i, notes, fileName));
  const items = keepIdsUnique(read.items, read.issues, (r) => r.id, (r, id) => ({ ...r, id }), 'duplicateFibreId');
  return { items, issues: read.issues };
}
