import { foldText } from '../../domain/text/fold';

/**
 * Central meridians of the VN-2000 provincial 3° TM zones, in degrees, per Circular 973/2001/TT-TCĐC
 * (Tổng cục Địa chính, 20/06/2001), annex on provincial central meridians. Pre-2025 province names; a merged province
 * keeps the meridian its source data was surveyed in, so callers name the old province.
 */
const MERIDIANS: Readonly<Record<string, number>> = {
  'Đắk Nông': 108.5,
  'Đắk Lắk': 108.5,
  'Gia Lai': 108.5,
  'Kon Tum': 107.5,
  'Lâm Đồng': 107.75,
  'Bình Phước': 106.25,
  'Bình Dương': 105.75,
  'Đồng Nai': 107.75,
  'Bà Rịa - Vũng Tàu': 107.75,
  'Tây Ninh': 105.5,
  'Bình Thuận': 108.5,
  'Ninh Thuận': 108.25,
  'Khánh Hòa': 108.25,
  'Phú Yên': 108.5,
  'Bình Định': 108.25,
  'Quảng Ngãi': 108,
  'Quảng Nam': 107.75,
  'Đà Nẵng': 107.75,
  'Hà Nội': 105,
  'TP Hồ Chí Minh': 105.75,
};

const ALIASES: Readonly<Record<string, string>> = {
  'dak nong': 'Đắk Nông', 'dac nong': 'Đắk Nông',
  'dak lak': 'Đắk Lắk', 'daklak': 'Đắk Lắk', 'dac lac': 'Đắk Lắk',
  'ho chi minh': 'TP Hồ Chí Minh', 'tp ho chi minh': 'TP Hồ Chí Minh', 'tp hcm': 'TP Hồ Chí Minh', 'hcm': 'TP Hồ Chí Minh',
  'thanh pho ho chi minh': 'TP Hồ Chí Minh', 'ba ria vung tau': 'Bà Rịa - Vũng Tàu', 'khanh hoa': 'Khánh Hòa',
};

const keyOf = (name: string): string => foldText(name).replace(/^(tinh|thanh pho|tp\.?)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

const BY_KEY: ReadonlyMap<string, number> = new Map(Object.entries(MERIDIANS).map(([name, m]) => [keyOf(name), m]));

/** Province names the table knows, as written officially. */
export const VN2000_PROVINCES: readonly string[] = Object.keys(MERIDIANS);

/** The zone's central meridian for a province name with or without diacritics ("Dak Nong", "Tỉnh Đắk Nông"), or null. */
export function centralMeridianOf(province: string): number | null {
  const key = keyOf(province);
  const alias = ALIASES[key] ?? ALIASES[foldText(province).replace(/[^a-z0-9]+/g, ' ').trim()];
  if (alias !== undefined) return MERIDIANS[alias] ?? null;
  return BY_KEY.get(key) ?? null;
}
