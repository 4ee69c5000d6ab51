/** Saved column mappings, one per carrier export format, kept in the browser (localStorage). */
import { headerKey } from '../io/csv/mapping';
import { parseMappingProfile, type MappingProfile } from '../io/csv/mapping-profile';

export interface SavedProfile {
  profile: MappingProfile;
  /** The headers of the file it was saved from: a file with the same headers gets it applied. */
  headers: string[];
}

const KEY = 'phusong.csvProfiles';

interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const storage = (): KeyValue | null => (typeof localStorage === 'undefined' ? null : localStorage);

export function loadProfiles(kv: KeyValue | null = storage()): SavedProfile[] {
  try {
    const raw: unknown = JSON.parse(kv?.getItem(KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    const out: SavedProfile[] = [];
    for (const entry of raw as unknown[]) {
      if (typeof entry !== 'object' || entry === null || !('profile' in entry) || !('headers' in entry)) continue;
      const profile = parseMappingProfile(entry.profile);
      const headers = entry.headers;
      if (typeof profile === 'string' || !Array.isArray(headers)) continue;
      out.push({ profile, headers: headers.filter((h): h is string => typeof h === 'string') });
    }
    return out;
  } catch {
    return [];
  }
}

function store(list: readonly SavedProfile[], kv: KeyValue | null): void {
  kv?.setItem(KEY, JSON.stringify(list));
}

/** Saves (or replaces, by name and carrier) a profile. */
export function saveProfile(saved: SavedProfile, kv: KeyValue | null = storage()): SavedProfile[] {
  const same = (p: SavedProfile) => p.profile.name === saved.profile.name && p.profile.carrier === saved.profile.carrier;
  const list = [...loadProfiles(kv).filter((p) => !same(p)), saved];
  store(list, kv);
  return list;
}

export function deleteProfile(name: string, carrier: string | undefined, kv: KeyValue | null = storage()): SavedProfile[] {
  const list = loadProfiles(kv).filter((p) => !(p.profile.name === name && p.profile.carrier === carrier));
  store(list, kv);
  return list;
}

/** The profile as the JSON file `npm run report -- --mapping profile.json` reads. */
export function profileJson(profile: MappingProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** "Viettel 2025 (Đắk Nông)" → "viettel-2025-dak-nong.profile.json". */
export function profileFileName(name: string): string {
  const stem = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${stem || 'mapping'}.profile.json`;
}

const signature = (headers: readonly string[]) => headers.map(headerKey).filter((h) => h !== '').join('|');

/** The profile saved from a file with the same headers (compared without case, accents or units), if any. */
export function matchingProfile(list: readonly SavedProfile[], headers: readonly string[]): SavedProfile | null {
  const sig = signature(headers);
  return list.find((p) => signature(p.headers) === sig) ?? null;
}
