/**
 * Property lookup that ignores case, diacritics and punctuation, so `TEN_XA`, `Tên xã` and `ten_xa`
 * all answer to the alias `ten_xa`.
 */
import { foldText } from '../../domain/text/fold';

export interface PropEntry {
  key: string;
  value: unknown;
}

export { foldText };

export type PropMap = ReadonlyMap<string, PropEntry>;

export function normalizeKey(key: string): string {
  return foldText(key).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

export function readProps(raw: unknown): PropMap {
  const map = new Map<string, PropEntry>();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return map;
  for (const [key, value] of Object.entries(raw)) {
    const norm = normalizeKey(key);
    if (!map.has(norm)) map.set(norm, { key, value });
  }
  return map;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** First alias present with a non-blank value. */
export function pick(props: PropMap, aliases: readonly string[]): PropEntry | undefined {
  for (const alias of aliases) {
    const entry = props.get(alias);
    if (entry && !isBlank(entry.value)) return entry;
  }
  return undefined;
}

export function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return String(value);
  return undefined;
}

/** Finite number from a number or a numeric string; accepts a decimal comma ("12,5"). */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value.trim().replace(/\s+/g, '');
  if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Like toNumber, but also reads thousands separators: "8.396", "8,396" and "8 396" are all 8396. */
export function toCount(value: unknown): number | undefined {
  if (typeof value === 'string' && /^\d{1,3}([.,\s]\d{3})+$/.test(value.trim())) {
    return Number(value.trim().replace(/[.,\s]/g, ''));
  }
  return toNumber(value);
}

/** A list from an array or a delimited string ("0;120;240", "2G,3G", "1800/2100"). */
export function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') {
    return value
      .split(/[,;|/]+/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  if (isBlank(value)) return [];
  return [value];
}

export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const text = typeof value === 'string' ? normalizeKey(value) : '';
  if (['true', 'yes', 'y', '1', 'co', 'x'].includes(text)) return true;
  if (['false', 'no', 'n', '0', 'khong'].includes(text)) return false;
  return undefined;
}
