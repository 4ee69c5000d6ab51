import type { LayerKind } from './detect';
import { foldText } from './props';

/** Property keys (normalised) that only roads carry: OpenStreetMap tags and Vietnamese road columns. */
const ROAD_KEYS = ['highway', 'fclass', 'road', 'road_id', 'road_class', 'road_name', 'duong', 'ten_duong', 'ma_duong', 'loai_duong', 'cap_duong', 'surface', 'lanes', 'maxspeed', 'oneway'];
/** Property keys that only fibre routes carry: laying, cable and route columns. */
const FIBRE_KEYS = ['laying', 'lay', 'loai_cap', 'installation', 'phuong_thuc', 'route_id', 'ma_tuyen', 'ten_tuyen', 'route_name', 'cap_tuyen', 'cable', 'fibre', 'fiber', 'cores', 'so_soi', 'so_loi'];
const ROAD_NAME_PREFIXES = ['duong ', 'quoc lo', 'tinh lo', 'ql', 'dt', 'road ', 'highway', 'pho '];

const isRoadName = (name: string): boolean => ROAD_NAME_PREFIXES.some((p) => foldText(name).startsWith(p));

/** Roads or fibre for a file of lines: by their properties, else by road-like names; ambiguous files are asked about. */
export function detectLines(shapes: string, keys: ReadonlySet<string>, names: readonly string[]): { kind: LayerKind | null; reason: string } {
  const roadKeys = ROAD_KEYS.filter((k) => keys.has(k));
  const fibreKeys = FIBRE_KEYS.filter((k) => keys.has(k));
  if (roadKeys.length > 0 && fibreKeys.length > 0) {
    return { kind: null, reason: `${shapes} with both road properties (${roadKeys.join(', ')}) and fibre properties (${fibreKeys.join(', ')})` };
  }
  if (roadKeys.length > 0) return { kind: 'roads', reason: `${shapes} with road properties ${roadKeys.join(', ')}: read as roads` };
  if (fibreKeys.length > 0) return { kind: 'fibre', reason: `${shapes} with fibre properties ${fibreKeys.join(', ')}: read as fibre routes` };
  const roadNames = names.filter(isRoadName);
  if (names.length > 0 && roadNames.length * 2 >= names.length) {
    return { kind: 'roads', reason: `${shapes} named like roads (${JSON.stringify(roadNames[0])}): read as roads` };
  }
  return { kind: 'fibre', reason: `${shapes}: read as fibre routes` };
}
