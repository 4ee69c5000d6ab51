/**
 * The atlas's choices: the order of its pages (by code, name, district, or coverage, best first), and the page
 * title made from a template the user types, e.g. "{type} {name}, huyện {district}" → "Xã Đắk Ha, huyện Đắk Glong".
 */
import type { ReportingUnit } from '../model/types';

export type AtlasSort = 'code' | 'name' | 'district' | 'coverage';
export const ATLAS_SORTS: readonly AtlasSort[] = ['code', 'name', 'district', 'coverage'];

/** Longest title template the atlas takes. */
export const ATLAS_TEMPLATE_MAX = 200;

const collator = new Intl.Collator('vi', { numeric: true });

/** The units in page order; `coverage` (the shown technology's area %, by code) puts the best covered first. */
export function atlasOrder<U extends Pick<ReportingUnit, 'code' | 'name' | 'district'>>(units: readonly U[], sort: AtlasSort, coverage: ReadonlyMap<string, number>): U[] {
  const byName = (a: U, b: U): number => collator.compare(a.name, b.name) || collator.compare(a.code, b.code);
  const compare: Record<AtlasSort, (a: U, b: U) => number> = {
    code: (a, b) => collator.compare(a.code, b.code),
    name: byName,
    district: (a, b) => collator.compare(a.district, b.district) || byName(a, b),
    coverage: (a, b) => (coverage.get(b.code) ?? -1) - (coverage.get(a.code) ?? -1) || byName(a, b),
  };
  return [...units].sort(compare[sort]);
}

/** The types a district-level unit's name may start with ("Huyện Cư Jút", "Thị xã Gia Nghĩa", "Thành phố …"). */
const DISTRICT_TYPES: readonly string[] = ['huyện', 'thị xã', 'thành phố', 'quận'];

const lower = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi');

/**
 * When the template already writes a district type before `{district}` ("huyện {district}") and the district's
 * name starts with one ("Huyện Cư Jút"), the type is written once: the name's own (a town stays "thị xã"), in the
 * template's case. Null when there is nothing to merge.
 */
function withoutRepeatedType(before: string, district: string): { before: string; value: string } | null {
  const head = lower(before.trimEnd());
  const inTemplate = DISTRICT_TYPES.find((t) => head === t || head.endsWith(` ${t}`) || head.endsWith(`,${t}`) || head.endsWith(`(${t}`));
  const inName = DISTRICT_TYPES.find((t) => lower(district).startsWith(`${t} `));
  if (!inTemplate || !inName) return null;
  const trimmed = before.trimEnd();
  const cut = trimmed.length - inTemplate.length;
  const written = trimmed.slice(cut);
  const type = district.normalize('NFC').slice(0, inName.length);
  const cased = written === lower(written) ? lower(type) : lower(type).charAt(0).toLocaleUpperCase('vi') + lower(type).slice(1);
  return { before: trimmed.slice(0, cut) + cased + before.slice(trimmed.length), value: district.normalize('NFC').slice(inName.length).trimStart() };
}

export interface AtlasTitleFields {
  name: string;
  type: string;
  district: string;
  code: string;
  province: string;
}

const FIELDS: readonly (keyof AtlasTitleFields)[] = ['name', 'type', 'district', 'code', 'province'];

/**
 * `{name}`, `{type}`, `{district}`, `{code}` and `{province}` replaced (the Vietnamese `{ten}`, `{loai}`, `{huyen}`,
 * `{ma}`, `{tinh}` too); any other text as typed. A name that already starts with its type ("Xã Đắk Ha") is not
 * given it twice by "{type} {name}". Runs of spaces and separators left by an empty field are tidied.
 */
export function atlasTitle(template: string, fields: AtlasTitleFields): string {
  const alias: Readonly<Record<string, keyof AtlasTitleFields>> = { ten: 'name', loai: 'type', huyen: 'district', ma: 'code', tinh: 'province' };
  const typed = fields.type.trim();
  const nameHasType = typed !== '' && fields.name.trim().toLocaleLowerCase('vi').startsWith(typed.toLocaleLowerCase('vi'));
  const value = (key: keyof AtlasTitleFields): string => (key === 'type' && nameHasType ? '' : fields[key].trim());
  let filled = '';
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)\}/gu)) {
    const raw = m[1] ?? '';
    const key = FIELDS.find((f) => f === raw) ?? alias[raw];
    filled += template.slice(at, m.index);
    at = m.index + m[0].length;
    if (!key) {
      filled += m[0];
      continue;
    }
    const v = value(key);
    const joined = key === 'district' ? withoutRepeatedType(filled, v) : null;
    if (joined) filled = joined.before + joined.value;
    else filled += v;
  }
  filled += template.slice(at);
  return filled.replace(/\s+/gu, ' ').replace(/\s+([,;])/gu, '$1').replace(/([,;—–-])\s*(?=[,;]|$)/gu, '').replace(/^[\s,;—–-]+/u, '').trim();
}
