/**
 * Seeded mutations of valid input text, for the importer fuzz. Text mutators work on raw characters (truncation,
 * byte edits, junk, BOMs, number tokens); tree mutators parse the JSON, damage one node and print it again.
 * Same seed, same output: a failing case is reproduced from its seed alone.
 */
import { Rng } from '../../src/domain/demo/random';

export type TextMutator = (text: string, rng: Rng) => string;
type TreeMutator = (root: unknown, rng: Rng) => unknown;
type Container = Record<string, unknown> | unknown[];

const NUMBER_TOKEN = /-?\d+(\.\d+)?([eE][+-]?\d+)?/g;
const BAD_NUMBERS = ['NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e999', '-0', '"12.5"', '"abc"', 'null', 'true', '[]', '{}', '0x1F', '1,5', '00012'];
const JUNK = ['\u0000', '\uFFFD', '\uD800', '\uDC00', '\u202E', '\u200B', '\u{1F4A9}', 'Đắk Nông', '\r\n', '\t', '\u0085', '\u2028', '"', '\\', '{', ']', ',', '\u00ff\u00fe'];
const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection', 'Feature', 'Circle', '', 'polygon'];

const at = (text: string, rng: Rng): number => rng.int(0, Math.max(0, text.length - 1));

function replaceNth(text: string, re: RegExp, n: number, by: string): string {
  let i = 0;
  return text.replace(re, (m) => (i++ === n ? by : m));
}

export const TEXT_MUTATORS: Readonly<Record<string, TextMutator>> = {
  truncate: (t, r) => t.slice(0, at(t, r)),
  deleteBytes: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i + r.int(1, 16));
  },
  duplicateBytes: (t, r) => {
    const i = at(t, r);
    const chunk = t.slice(i, i + r.int(1, 64));
    return t.slice(0, i) + chunk + chunk + t.slice(i + chunk.length);
  },
  swapBytes: (t, r) => {
    const chars = t.split('');
    const i = at(t, r);
    const j = at(t, r);
    const a = chars[i];
    const b = chars[j];
    if (a === undefined || b === undefined) return t;
    chars[i] = b;
    chars[j] = a;
    return chars.join('');
  },
  binaryJunk: (t, r) => {
    const i = at(t, r);
    const junk = Array.from({ length: r.int(1, 32) }, () => String.fromCharCode(r.int(0, 255))).join('');
    return t.slice(0, i) + junk + t.slice(i);
  },
  unicodeJunk: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + r.pick(JUNK) + t.slice(i);
  },
  bom: (t, r) => r.pick(['\uFEFF', '\uFEFF\uFEFF', '\u00EF\u00BB\u00BF', '\uFFFE']) + t,
  badNumber: (t, r) => {
    const count = (t.match(NUMBER_TOKEN) ?? []).length;
    return count === 0 ? t : replaceNth(t, NUMBER_TOKEN, r.int(0, count - 1), r.pick(BAD_NUMBERS));
  },
  allNumbersBad: (t, r) => {
    const by = r.pick(BAD_NUMBERS);
    return t.replace(NUMBER_TOKEN, (m) => (r.chance(0.3) ? by : m));
  },
  deepNesting: (t, r) => {
    const depth = r.pick([100, 5_000, 50_000]);
    const i = at(t, r);
    return t.slice(0, i) + '['.repeat(depth) + ']'.repeat(r.chance(0.5) ? depth : 0) + t.slice(i);
  },
  hugeString: (t, r) => {
    const i = t.indexOf('"name"');
    const big = JSON.stringify(r.pick(['x', 'Đ', '\u{1F4A9}', '<img src=x onerror=alert(1)>']).repeat(r.int(1, 100_000)));
    return i < 0 ? big : `${t.slice(0, i)}"name":${big},"was_name"${t.slice(i + 6)}`;
  },
};

/** Every container in the tree with its keys, so a node can be drawn uniformly. */
function containers(root: unknown): Container[] {
  const out: Container[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    const c = v as Container;
    out.push(c);
    for (const child of Object.values(c)) stack.push(child);
  }
  return out;
}

function pickSlot(root: unknown, rng: Rng): { parent: Container; key: string } | null {
  const all = containers(root).filter((c) => Object.keys(c).length > 0);
  if (all.length === 0) return null;
  const parent = rng.pick(all);
  return { parent, key: rng.pick(Object.keys(parent)) };
}

function setSlot(parent: Container, key: string, value: unknown): void {
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else parent[key] = value;
}

function changeType(v: unknown, rng: Rng): unknown {
  if (Array.isArray(v)) return rng.pick([JSON.stringify(v), v.length, { ...v }, null, v[0] ?? null]);
  if (v !== null && typeof v === 'object') return rng.pick([Object.values(v), 'object', 0, null, []]);
  if (typeof v === 'number') return rng.pick([String(v), [v], { value: v }, null, v > 0, 1e308, -1e308, -0, -v, v * 1e6]);
  if (typeof v === 'string') return rng.pick([Number(v), v.length, [v], null, '', ' ', v.repeat(50)]);
  return rng.pick(['', 0, [], {}, 'true']);
}

const TREE_MUTATORS: Readonly<Record<string, TreeMutator>> = {
  dropKey: (root, rng) => {
    const slot = pickSlot(root, rng);
    if (slot && !Array.isArray(slot.parent)) delete slot.parent[slot.key];
    else if (slot && Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
    return root;
  },
  changeType: (root, rng) => {
    const slot = pickSlot(root, rng);
    if (slot) setSlot(slot.parent, slot.key, changeType((slot.parent as Record<string, unknown>)[slot.key], rng));
    return root;
  },
  wrongGeometryType: (root, rng) => {
    const geoms = containers(root).filter((c): c is Record<string, unknown> => !Array.isArray(c) && 'coordinates' in c);
    if (geoms.length > 0) rng.pick(geoms).type = rng.pick(GEOMETRY_TYPES);
    return root;
  },
  nullGeometry: (root, rng) => {
    const feats = containers(root).filter((c): c is Record<string, unknown> => !Array.isArray(c) && 'geometry' in c);
    if (feats.length > 0) rng.pick(feats).geometry = rng.pick([null, {}, { type: 'Polygon', coordinates: [] }, { type: 'Point' }, 'POINT(1 2)']);
    return root;
  },
  duplicateNode: (root, rng) => {
    const arrays = containers(root).filter((c): c is unknown[] => Array.isArray(c) && c.length > 0);
    if (arrays.length === 0) return root;
    const arr = rng.pick(arrays);
    arr.push(structuredClone(rng.pick(arr)));
    return root;
  },
  coordinateExtremes: (root, rng) => {
    const pairs = containers(root).filter((c): c is unknown[] => Array.isArray(c) && c.length >= 2 && typeof c[0] === 'number');
    if (pairs.length === 0) return root;
    const pair = rng.pick(pairs);
    pair[rng.int(0, 1)] = rng.pick([181, -181, 91, -91, 1e308, 360, 0, 12345678]);
    if (rng.chance(0.3)) pair.push(rng.pick([1200, -5, 'z']));
    return root;
  },
};

export const MUTATOR_NAMES = [...Object.keys(TEXT_MUTATORS), ...Object.keys(TREE_MUTATORS)];

function applyTree(text: string, name: string, rng: Rng): string {
  const mutator = TREE_MUTATORS[name];
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return text;
  }
  return mutator ? JSON.stringify(mutator(root, rng)) : text;
}

/** One to three mutations drawn from the seed; `applied` names them, for the failure report. */
export function mutate(text: string, seed: number): { text: string; applied: string[] } {
  const rng = new Rng(seed);
  const applied: string[] = [];
  let out = text;
  for (let n = rng.int(1, 3); n > 0; n--) {
    const name = rng.pick(MUTATOR_NAMES);
    const textMutator = TEXT_MUTATORS[name];
    out = textMutator ? textMutator(out, rng) : applyTree(out, name, rng);
    applied.push(name);
  }
  return { text: out, applied };
}
