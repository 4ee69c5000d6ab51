import { nested, type LayerText } from '../layer-issues';
import { detected, type Detected } from './detected';
import { foldText } from './props';

/** Property keys (normalised) that only roads carry: OpenStreetMap tags and Vietnamese road columns. */
const ROAD_KEYS = ['highway', 'fclass', 'road', 'road_id', 'road_class', 'road_name', 'duong', 'ten_duong', 'ma_duong', 'loai_duong', 'cap_duong', 'surface', 'lanes', 'maxspeed', 'oneway'];
/** Property keys that only fibre routes carry: laying, cable and route columns. */
const FIBRE_KEYS = ['laying', 'lay', 'loai_cap', 'installation', 'phuong_thuc', 'route_id', 'ma_tuyen', 'ten_tuyen', 'route_name', 'cap_tuyen', 'cable', 'fibre', 'fiber', 'cores', 'so_soi', 'so_loi'];
const ROAD_NAME_PREFIXES = ['duong ', 'quoc lo', 'tinh lo', 'ql', 'dt', 'road ', 'highway', 'pho '];

const isRoadName = (name: string): boolean => ROAD_NAME_PREFIXES.some((p) => foldText(name).startsWith(p));

/** Roads or fibre for a file of lines: by their properties, else by road-like names; ambiguous files are asked about. */
export function detectLines(shapes: LayerText, keys: ReadonlySet<string>, names: readonly string[]): Detected {
  const roadKeys = ROAD_KEYS.filter((k) => keys.has(k));
  const fibreKeys = FIBRE_KEYS.filter((k) => keys.has(k));
  if (roadKeys.length > 0 && fibreKeys.length > 0) {
    return detected(null, nested('det_roadsAndFibre', { roadKeys: roadKeys.join(', '), fibreKeys: fibreKeys.join(', ') }, { shapes }));
  }
  if (roadKeys.length > 0) return detected('roads', nested('det_roads', { roadKeys: roadKeys.join(', ') }, { shapes }));
  if (fibreKeys.length > 0) return detected('fibre', nested('det_fibre', { fibreKeys: fibreKeys.join(', ') }, { shapes }));
  const roadNames = names.filter(isRoadName);
  if (names.length > 0 && roadNames.length * 2 >= names.length) {
    return detected('roads', nested('det_roadNames', { roadName: JSON.stringify(roadNames[0]) }, { shapes }));
  }
  return detected('fibre', nested('det_fibreDefault', {}, { shapes }));
}
