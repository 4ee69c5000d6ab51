import { foldText } from '../../domain/text/fold';
import { own } from '../../domain/model/dict';

/**
 * Central meridians of the VN-2000 provincial 3° TM zones, in degrees, per Circular 973/2001/TT-TCĐC
 * (Tổng cục Địa chính, 20/06/2001), annex on provincial central meridians: the 46 provinces below were checked
 * against two published copies of that annex's table (the rest of its 63 rows were not legible there, so they are
 * left out rather than guessed). Pre-2025 province names; a merged province keeps the meridian its source data
 * was surveyed in, so callers name the old province. The demo's province comes first.
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
  'Lai Châu': 103,
  'Điện Biên': 103,
  'Sơn La': 104,
  'Lào Cai': 104.75,
  'Yên Bái': 104.75,
  'Hà Giang': 105.5,
  'Tuyên Quang': 106,
  'Phú Thọ': 104.75,
  'Vĩnh Phúc': 105,
  'Cao Bằng': 105.75,
  'Lạng Sơn': 107.25,
  'Bắc Kạn': 106.5,
  'Thái Nguyên': 106.5,
  'Bắc Giang': 107,
  'Bắc Ninh': 105.5,
  'Quảng Ninh': 107.75,
  'Hải Phòng': 105.75,
  'Hải Dương': 105.5,
  'Hưng Yên': 105.5,
  'Hòa Bình': 106,
  'Hà Nam': 105,
  'Long An': 105.75,
  'Tiền Giang': 105.75,
  'Bến Tre': 105.75,
  'Đồng Tháp': 105,
  'Vĩnh Long': 105.5,
};

const ALIASES: Readonly<Record<string, string>> = {
  'dak nong': 'Đắk Nông', 'dac nong': 'Đắk Nông',
  'dak lak': 'Đắk Lắk', 'daklak': 'Đắk Lắk', 'dac lac': 'Đắk Lắk',
  'ho chi minh': 'TP Hồ Chí Minh', 'tp ho chi minh': 'TP Hồ Chí Minh', 'tp hcm': 'TP Hồ Chí Minh', 'hcm': 'TP Hồ Chí Minh',
  'thanh pho ho chi minh': 'TP Hồ Chí Minh', 'ba ria vung tau': 'Bà Rịa - Vũng Tàu', 'khanh hoa': 'Khánh Hòa',
  'bac can': 'Bắc Kạn',
};

const keyOf = (name: string): string => foldText(name).replace(/^(tinh|thanh pho|tp\.?)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

const BY_KEY: ReadonlyMap<string, number> = new Map(Object.entries(MERIDIANS).map(([name, m]) => [keyOf(name), m]));

/** Province names the table knows, as written officially. */
export const VN2000_PROVINCES: readonly string[] = Object.keys(MERIDIANS);

/** The zone's central meridian for a province name with or without diacritics ("Dak Nong", "Tỉnh Đắk Nông"), or null. */
export function centralMeridianOf(province: string): number | null {
  const key = keyOf(province);
  const alias = own(ALIASES, key) ?? own(ALIASES, foldText(province).replace(/[^a-z0-9]+/g, ' ').trim());
  if (alias !== undefined) return own(MERIDIANS, alias) ?? null;
  return BY_KEY.get(key) ?? null;
}
