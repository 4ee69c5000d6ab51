import type { ImportResult, Road, RoadClass } from '../../domain/model/types';
import type { Checked, CoordNotes } from './coords';
import { lineIdAndName, linePartId, readEach, type RawFeature } from './features';
import { readLines } from './geometry';
import { normalizeKey, pick, toText } from './props';
import { keepIdsUnique } from './unique-ids';

const ID_KEYS = ['id', 'road_id', 'ma_duong', 'osm_id', 'ma', 'code'];
const NAME_KEYS = ['name', 'ten', 'ten_duong', 'road_name', 'ref', 'so_hieu'];
/** `fclass` is the Geofabrik OpenStreetMap shapefile column; `cap` is the Vietnamese road grade (cấp đường). */
const CLASS_KEYS = ['class', 'highway', 'fclass', 'road_class', 'loai_duong', 'cap_duong', 'cap', 'type', 'loai'];

/**
 * Normalised class words (and prefixes, so "primary_link", "ql14", "dt_681" count) of national and provincial
 * roads. Everything else, district, commune, village, residential and track roads, is 'minor'.
 */
const MAIN_PREFIXES = [
  'motorway', 'trunk', 'primary', 'secondary', 'national', 'provincial', 'main', 'highway',
  'quoc_lo', 'ql', 'tinh_lo', 'dt', 'duong_tinh', 'cao_toc',
];

const startsWithWord = (text: string, prefix: string): boolean =>
  text === prefix || (text.startsWith(prefix) && /^[_0-9]/.test(text.slice(prefix.length)));

/** 'main' for a national or provincial road word or name (QL14, Quốc lộ 28, ĐT 681, trunk, primary…). */
export function roadClassOf(word: string): RoadClass {
  const norm = normalizeKey(word);
  return MAIN_PREFIXES.some((p) => startsWithWord(norm, p)) ? 'main' : 'minor';
}

function readRoad(feature: RawFeature, index: number, notes: CoordNotes, fileName: string): Checked<Road[]> {
  const lines = readLines(feature.geometry, notes);
  if (!lines.ok) return lines;
  const { id, name } = lineIdAndName(feature, index, notes, fileName, ID_KEYS, NAME_KEYS);
  const classText = toText(pick(feature.props, CLASS_KEYS)?.value);
  // Without a class property a national or provincial road still says so in its name ("QL14", "Tỉnh lộ 4").
  const roadClass = roadClassOf(classText ?? name);
  const roads = lines.value.map((coordinates, i) => ({ id: linePartId(id, i), name, class: roadClass, coordinates }));
  return { ok: true, value: roads };
}

/** Roads from LineString/MultiLineString features; each line part of a MultiLineString becomes one road. */
export function readRoads(features: readonly unknown[], fileName: string): ImportResult<Road> {
  const read = readEach(features, fileName, (f, i, notes) => readRoad(f, i, notes, fileName));
  const items = keepIdsUnique(read.items, read.issues, (r) => r.id, (r, id) => ({ ...r, id }), 'duplicateRoadId');
  return { items, issues: read.issues };
}
