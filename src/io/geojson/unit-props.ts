import type { Clutter } from '../../domain/model/types';
import { layerText, nested, type LayerText } from '../layer-issues';
import { foldText, normalizeKey, pick, toCount, toText, type PropMap } from './props';
import { own } from '../../domain/model/dict';

export const CODE_KEYS = ['code', 'ma', 'ma_xa', 'gso_code', 'ma_dvhc', 'commune_code', 'unit_code', 'adm3_pcode', 'id'];
export const NAME_KEYS = ['name', 'ten', 'ten_xa', 'name_3', 'ten_dvhc', 'commune', 'commune_name', 'adm3_vi', 'adm3_en'];
const TYPE_KEYS = ['type', 'loai', 'loai_dvhc', 'unit_type', 'type_3', 'engtype_3', 'cap'];
const DISTRICT_KEYS = ['district', 'huyen', 'district_name', 'ten_huyen', 'name_2', 'quan_huyen'];
export const POPULATION_KEYS = ['population', 'pop', 'dan_so', 'danso', 'population_2019', 'so_dan', 'nhan_khau'];
const CLUTTER_KEYS = ['clutter', 'land_use', 'landuse'];
const MERGED_FROM_KEYS = ['merged_from_codes', 'merged_codes', 'old_codes', 'ma_cu', 'ma_dvhc_cu', 'ma_xa_cu'];
/** The types a name is written with in front ("Phường Bắc Gia Nghĩa"); a file may give the type apart from the name. */
const NAME_TYPES: ReadonlySet<string> = new Set(['Xã', 'Phường', 'Thị trấn', 'Đặc khu']);

const TYPE_WORDS: Record<string, string> = {
  xa: 'Xã', commune: 'Xã',
  phuong: 'Phường', ward: 'Phường',
  thi_tran: 'Thị trấn', town: 'Thị trấn', township: 'Thị trấn',
  dac_khu: 'Đặc khu', special_zone: 'Đặc khu', special_administrative_zone: 'Đặc khu',
};

const NAME_PREFIXES: readonly [string, string][] = [
  ['thi tran ', 'Thị trấn'], ['phuong ', 'Phường'], ['dac khu ', 'Đặc khu'], ['xa ', 'Xã'],
  ['thi xa ', 'Thị xã'], ['thanh pho ', 'Thành phố'], ['huyen ', 'Huyện'], ['quan ', 'Quận'],
];

const CLUTTER_WORDS: Record<string, Clutter> = {
  urban: 'urban', do_thi: 'urban', thanh_thi: 'urban', dense_urban: 'urban',
  suburban: 'suburban', ven_do: 'suburban',
  rural: 'rural', nong_thon: 'rural',
  open: 'open', mo: 'open', rung: 'open', forest: 'open',
};

export function typeFromName(name: string): string | undefined {
  const folded = foldText(name);
  return NAME_PREFIXES.find(([prefix]) => folded.startsWith(prefix))?.[1];
}

/** `name` with its type in front ("Xã Cư Jút") when the file gave the type apart and the name lacks any prefix. */
export function nameWithType(name: string, type: string): string {
  return NAME_TYPES.has(type) && typeFromName(name) === undefined ? `${type} ${name}` : name;
}

/** The earlier units' codes a unit lists: an array, or one text separated by commas, semicolons or spaces. */
export function readMergedFrom(props: PropMap): string[] | undefined {
  const value = pick(props, MERGED_FROM_KEYS)?.value;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,;]+/) : [];
  const codes = items.map((v) => toText(v)).filter((c): c is string => c !== undefined && c !== '');
  return codes.length > 0 ? codes : undefined;
}

export function readUnitType(props: PropMap, name: string): { type: string; warning?: LayerText } {
  const raw = toText(pick(props, TYPE_KEYS)?.value);
  if (raw !== undefined) return { type: own(TYPE_WORDS, normalizeKey(raw)) ?? raw };
  const inferred = typeFromName(name);
  if (inferred) return { type: inferred };
  return { type: '', warning: layerText('noUnitType', { name: JSON.stringify(name) }) };
}

export function readDistrict(props: PropMap): string {
  return toText(pick(props, DISTRICT_KEYS)?.value) ?? '';
}

/** Population from the usual names, or any "population_<year>" / "dan_so_<year>" column. */
export function readPopulation(props: PropMap, max: number, what: 'w_unit' | 'w_village'): { population: number; warning?: LayerText } {
  let entry = pick(props, POPULATION_KEYS);
  if (!entry) {
    const yearKey = [...props.keys()].sort().reverse().find((k) => /^(population|pop|dan_so|danso)_?\d{4}$/.test(k));
    entry = yearKey ? pick(props, [yearKey]) : undefined;
  }
  if (!entry) return { population: 0, warning: layerText('noPopulation') };
  const n = toCount(entry.value);
  if (n === undefined || n < 0) {
    return { population: 0, warning: layerText('badPopulation', { key: entry.key, value: JSON.stringify(entry.value) }) };
  }
  if (n > max) return { population: 0, warning: nested('populationTooLarge', { key: entry.key, value: JSON.stringify(entry.value), max }, { what: layerText(what) }) };
  return { population: Math.round(n) };
}

export function readClutter(props: PropMap, type: string): { clutter: Clutter; warning?: LayerText } {
  const fallback: Clutter = type === 'Phường' || type === 'Thị trấn' ? 'urban' : 'rural';
  const entry = pick(props, CLUTTER_KEYS);
  const text = toText(entry?.value);
  if (!entry || text === undefined) return { clutter: fallback };
  const clutter = own(CLUTTER_WORDS, normalizeKey(text));
  if (clutter) return { clutter };
  return { clutter: fallback, warning: layerText('badClutter', { key: entry.key, value: JSON.stringify(entry.value), fallback }) };
}
