import { asFeature } from './features';
import { shapeClasses, type ShapeClass } from './geometry';
import { foldText, pick, toText } from './props';
import { typeFromName } from './unit-props';
import { detectLines } from './detect-lines';

export type LayerKind = 'units' | 'villages' | 'sites' | 'fibre' | 'roads';

const VILLAGE_KEYS = ['village', 'village_id', 'village_name', 'thon', 'ten_thon', 'ma_thon', 'unit_code', 'ten_ap'];
const SITE_KEYS = ['carrier', 'operator', 'nha_mang', 'azimuth', 'azimuths', 'goc_phuong_vi', 'height', 'height_m', 'do_cao', 'tech', 'technologies', 'cong_nghe', 'site_id', 'ma_tram', 'ten_tram', 'band', 'bands', 'bang_tan'];
const UNIT_KEYS = ['code', 'population', 'type', 'loai', 'ma_xa', 'ten_xa', 'dan_so', 'gso_code', 'district', 'huyen', 'name_3', 'population_2019'];
const NAME_KEYS = ['name', 'ten', 'ten_thon', 'village', 'thon', 'ten_xa', 'name_3', 'ten_duong'];
const VILLAGE_PREFIXES = ['thon ', 'bon ', 'buon ', 'to dan pho', 'to ', 'ap ', 'khoi ', 'xom ', 'lang ', 'village '];

interface Survey {
  counts: Record<ShapeClass, number>;
  keys: Set<string>;
  names: string[];
}

function survey(features: readonly unknown[]): Survey {
  const counts: Record<ShapeClass, number> = { polygon: 0, line: 0, point: 0 };
  const keys = new Set<string>();
  const names: string[] = [];
  for (const raw of features) {
    const f = asFeature(raw);
    if (!f.ok) continue;
    const classes = shapeClasses(f.value.geometry);
    for (const cls of new Set(classes)) counts[cls] += 1;
    for (const key of f.value.props.keys()) keys.add(key);
    const name = toText(pick(f.value.props, NAME_KEYS)?.value);
    if (name) names.push(name);
  }
  return { counts, keys, names };
}

const found = (keys: Set<string>, wanted: readonly string[]): string[] => wanted.filter((k) => keys.has(k));

function mostly(names: readonly string[], test: (name: string) => boolean): string[] {
  const hits = names.filter(test);
  return names.length > 0 && hits.length * 2 >= names.length ? hits : [];
}

const isVillageName = (name: string): boolean => VILLAGE_PREFIXES.some((p) => foldText(name).startsWith(p));

export function detectLayerKind(features: readonly unknown[]): { kind: LayerKind | null; reason: string } {
  const { counts, keys, names } = survey(features);
  const total = counts.polygon + counts.line + counts.point;
  if (total === 0) return { kind: null, reason: `none of the ${features.length} features has a readable geometry` };
  const dominant = (Object.keys(counts) as ShapeClass[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  const shapes = `${counts[dominant]} of ${features.length} features are ${dominant}s`;
  if (dominant === 'line') return detectLines(shapes, keys, names);
  const villageKeys = found(keys, VILLAGE_KEYS);
  const villageNames = mostly(names, isVillageName);
  const villageWhy = villageKeys.length > 0 ? `properties ${villageKeys.join(', ')}` : `names like ${JSON.stringify(villageNames[0])}`;
  const looksVillage = villageKeys.length > 0 || villageNames.length > 0;
  if (dominant === 'polygon') {
    if (looksVillage) return { kind: 'villages', reason: `${shapes} with village ${villageWhy}` };
    const unitKeys = found(keys, UNIT_KEYS);
    const why = unitKeys.length > 0 ? ` with properties ${unitKeys.join(', ')}` : mostly(names, (n) => typeFromName(n) !== undefined).length > 0 ? ' named like communes/wards' : '';
    return { kind: 'units', reason: `${shapes}${why}: read as reporting units` };
  }
  const siteKeys = found(keys, SITE_KEYS);
  if (siteKeys.length > 0) return { kind: 'sites', reason: `${shapes} with site properties ${siteKeys.join(', ')}` };
  if (looksVillage) return { kind: 'villages', reason: `${shapes} with village ${villageWhy}` };
  return { kind: null, reason: `${shapes} but have neither site properties (carrier, azimuth, height, tech) nor village names/properties (Thôn/Bon/Buôn/Tổ dân phố, village, thon, unit_code)` };
}
