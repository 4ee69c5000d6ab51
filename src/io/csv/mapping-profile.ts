import type { CsvDelimiter } from './sniff';
import { CSV_ENCODING_CHOICES, type CsvEncodingChoice } from './decode';
import { SITE_FIELDS, type ColumnMapping, type SiteField } from './mapping';

/** 'mixed': latitude/longitude and VN-2000 X/Y both mapped, each row read from the pair it fills. */
export type CsvCrs = 'wgs84' | 'vn2000' | 'mixed';

/** A saved column mapping for one carrier's export format. Plain JSON: stored per carrier and passed to the CLI. */
export interface MappingProfile {
  name: string;
  carrier?: string;
  mapping: ColumnMapping;
  crs: CsvCrs;
  /** VN-2000 or mixed: the province whose zone the X/Y are in. */
  province?: string;
  delimiter?: CsvDelimiter;
  decimalComma?: boolean;
  /** The carrier's files are in this encoding (absent: told from each file's bytes). */
  encoding?: CsvEncodingChoice;
  /** Rows of one site id further apart than this, m, are an error (absent: SITE_ROWS_APART_MAX_M). */
  maxRowsApartM?: number;
  /** Sites outside the loaded province by more than this, km, are errors (absent: PROVINCE_MARGIN_KM). */
  provinceMarginKm?: number;
}

const isDistance = (v: unknown): v is number => typeof v === 'number' && v >= 0 && Number.isFinite(v);

const DELIMITERS: readonly string[] = [',', ';', '\t', '|'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A profile from parsed JSON, or the reason it is not one. */
export function parseMappingProfile(json: unknown): MappingProfile | string {
  if (!isRecord(json)) return 'a mapping profile is a JSON object';
  const { name, carrier, mapping, crs, province, delimiter, decimalComma, encoding, maxRowsApartM, provinceMarginKm } = json;
  if (typeof name !== 'string' || name.trim() === '') return '"name" must be a non-empty string';
  if (crs !== 'wgs84' && crs !== 'vn2000' && crs !== 'mixed') return '"crs" must be "wgs84", "vn2000" or "mixed"';
  if (!isRecord(mapping)) return '"mapping" must be an object of field → header name';
  const columns: ColumnMapping = {};
  for (const [field, header] of Object.entries(mapping)) {
    if (!(SITE_FIELDS as readonly string[]).includes(field)) return `"mapping" has unknown field "${field}"; known: ${SITE_FIELDS.join(', ')}`;
    if (typeof header !== 'string') return `"mapping.${field}" must be a header name (string)`;
    columns[field as SiteField] = header;
  }
  const profile: MappingProfile = { name, mapping: columns, crs };
  if (carrier !== undefined) {
    if (typeof carrier !== 'string') return '"carrier" must be a string';
    profile.carrier = carrier;
  }
  if (province !== undefined) {
    if (typeof province !== 'string') return '"province" must be a string';
    profile.province = province;
  }
  if (delimiter !== undefined) {
    if (typeof delimiter !== 'string' || !DELIMITERS.includes(delimiter)) return '"delimiter" must be one of , ; tab |';
    profile.delimiter = delimiter as CsvDelimiter;
  }
  if (decimalComma !== undefined) {
    if (typeof decimalComma !== 'boolean') return '"decimalComma" must be true or false';
    profile.decimalComma = decimalComma;
  }
  if (encoding !== undefined) {
    if (typeof encoding !== 'string' || !(CSV_ENCODING_CHOICES as readonly string[]).includes(encoding)) {
      return `"encoding" must be one of ${CSV_ENCODING_CHOICES.join(', ')}`;
    }
    profile.encoding = encoding as CsvEncodingChoice;
  }
  if (maxRowsApartM !== undefined) {
    if (!isDistance(maxRowsApartM)) return '"maxRowsApartM" must be a distance in metres (0 or more)';
    profile.maxRowsApartM = maxRowsApartM;
  }
  if (provinceMarginKm !== undefined) {
    if (!isDistance(provinceMarginKm)) return '"provinceMarginKm" must be a distance in km (0 or more)';
    profile.provinceMarginKm = provinceMarginKm;
  }
  return profile;
}
