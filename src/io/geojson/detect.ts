import { layerText, nested } from '../layer-issues';
import { detected, type Detected } from './detected';
import { asFeature } from './features';
import { shapeClasses, type ShapeClass } from './geometry';
import { foldText, pick, toText } from './props';
import { typeFromName } from './unit-props';
import { detectLines } from './detect-lines';

export type { Detected, LayerKind } from './detected';

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

const CLASS_WORD = { polygon: 'w_polygons', line: 'w_lines', point: 'w_points' } as const;

export function detectLayerKind(features: readonly unknown[]): Detected {
  const { counts, keys, names } = survey(features);
  const total = counts.polygon + counts.line + counts.point;
  if (total === 0) return detected(null, layerText('det_noGeometry', { total: features.length }));
  const dominant = (Object.keys(counts) as ShapeClass[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  const shapes = nested('det_shapes', { count: counts[dominant], total: features.length }, { cls: layerText(CLASS_WORD[dominant]) });
  if (dominant === 'line') return detectLines(shapes, keys, names);
  const villageKeys = found(keys, VILLAGE_KEYS);
  const villageNames = mostly(names, isVillageName);
  const villageWhy = villageKeys.length > 0
    ? layerText('w_villageProps', { villageKeys: villageKeys.join(', ') })
    : layerText('w_villageNames', { villageName: JSON.stringify(villageNames[0]) });
  const asVillages = (): Detected => detected('villages', nested('det_villages', {}, { shapes, villageWhy }));
  const looksVillage = villageKeys.length > 0 || villageNames.length > 0;
  if (dominant === 'polygon') {
    if (looksVillage) return asVillages();
    const unitKeys = found(keys, UNIT_KEYS);
    if (unitKeys.length > 0) return detected('units', nested('det_unitsByProps', { unitKeys: unitKeys.join(', ') }, { shapes }));
    const named = mostly(names, (n) => typeFromName(n) !== undefined).length > 0;
    return detected('units', nested(named ? 'det_unitsByNames' : 'det_units', {}, { shapes }));
  }
  const siteKeys = found(keys, SITE_KEYS);
  if (siteKeys.length > 0) return detected('sites', nested('det_sites', { siteKeys: siteKeys.join(', ') }, { shapes }));
  if (looksVillage) return asVillages();
  return detected(null, nested('det_neither', {}, { shapes }));
}
