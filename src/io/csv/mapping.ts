import { foldText } from '../../domain/text/fold';

export type SiteField =
  | 'siteId' | 'name' | 'carrier' | 'lat' | 'lon' | 'x' | 'y' | 'tech' | 'band'
  | 'azimuth' | 'beamwidth' | 'tilt' | 'height' | 'power' | 'powerOffset' | 'cellId' | 'pci' | 'proposed'
  | 'earfcn' | 'uarfcn' | 'arfcn' | 'nrArfcn';

export const SITE_FIELDS: readonly SiteField[] = [
  'siteId', 'name', 'carrier', 'lat', 'lon', 'x', 'y', 'tech', 'band', 'azimuth', 'beamwidth', 'tilt', 'height', 'power', 'powerOffset',
  'cellId', 'pci', 'proposed', 'earfcn', 'uarfcn', 'arfcn', 'nrArfcn',
];

/** Field → header name as written in the file. */
export type ColumnMapping = Partial<Record<SiteField, string>>;

/** Header names folded by `headerKey`, per field. "X" is northing in Vietnamese surveying, so northing maps to x. */
const ALIASES: Record<SiteField, readonly string[]> = {
  siteId: ['site_id', 'siteid', 'site', 'id', 'site_code', 'sitecode', 'ma_tram', 'ma_site', 'ma', 'ma_bts', 'bts_id', 'enodeb_id', 'gnodeb_id', 'site_name_id'],
  name: ['name', 'site_name', 'sitename', 'ten_tram', 'ten', 'ten_site', 'ten_bts', 'bts_name'],
  carrier: ['carrier', 'operator', 'nha_mang', 'mang', 'nha_cung_cap', 'mno', 'network', 'nha_khai_thac', 'doanh_nghiep'],
  lat: ['lat', 'latitude', 'vi_do', 'y_wgs84', 'lat_wgs84', 'latitude_wgs84', 'vido'],
  lon: ['lon', 'lng', 'long', 'longitude', 'kinh_do', 'x_wgs84', 'lon_wgs84', 'longitude_wgs84', 'kinhdo'],
  x: ['x', 'toa_do_x', 'x_vn2000', 'x_vn_2000', 'northing', 'vn2000_x', 'toado_x'],
  y: ['y', 'toa_do_y', 'y_vn2000', 'y_vn_2000', 'easting', 'vn2000_y', 'toado_y'],
  tech: ['tech', 'technology', 'technologies', 'rat', 'cong_nghe', 'he_thong', 'system', 'loai_tram'],
  band: ['band', 'bands', 'bang_tan', 'frequency', 'freq', 'tan_so', 'band_mhz', 'frequency_mhz', 'bang_tan_mhz'],
  azimuth: ['azimuth', 'azimuths', 'azi', 'az', 'goc_phuong_vi', 'huong', 'huong_anten', 'phuong_vi', 'azimuth_deg'],
  beamwidth: ['beamwidth', 'beam_width', 'hbw', 'horizontal_beamwidth', 'do_rong_bup_song', 'bup_song', 'beamwidth_deg'],
  tilt: ['tilt', 'downtilt', 'down_tilt', 'goc_ngang', 'goc_ngang_anten', 'goc_nghieng', 'total_tilt', 'etilt', 'mtilt', 'tilt_deg'],
  height: ['height', 'antenna_height', 'ant_height', 'height_m', 'do_cao', 'do_cao_anten', 'chieu_cao', 'chieu_cao_anten', 'agl'],
  powerOffset: ['power_offset_db', 'power_offset', 'poweroffsetdb', 'tx_offset_db', 'do_lech_cong_suat', 'chenh_lech_cong_suat', 'bu_cong_suat'],
  power: ['power', 'cong_suat', 'tx_power', 'eirp', 'power_dbm', 'power_w', 'cong_suat_phat'],
  proposed: ['proposed', 'is_proposed', 'de_xuat', 'tram_de_xuat', 'du_kien', 'planned'],
  earfcn: ['earfcn', 'dl_earfcn', 'earfcn_dl', 'earfcndl', 'dlearfcn', 'kenh_earfcn', 'so_kenh_earfcn', 'kenh_4g', 'kenh_lte'],
  uarfcn: ['uarfcn', 'dl_uarfcn', 'uarfcn_dl', 'uarfcndl', 'kenh_uarfcn', 'so_kenh_uarfcn', 'kenh_3g'],
  arfcn: ['arfcn', 'bcch', 'bcch_arfcn', 'arfcn_bcch', 'bcch_no', 'kenh_bcch', 'so_kenh_bcch', 'kenh_arfcn', 'so_kenh_arfcn', 'kenh_2g'],
  nrArfcn: [
    'nr_arfcn', 'nrarfcn', 'ssb_arfcn', 'arfcn_ssb', 'ssb_nr_arfcn', 'dl_nr_arfcn', 'nr_arfcn_dl', 'nr_dl_arfcn', 'kenh_nr_arfcn',
    'so_kenh_nr_arfcn', 'kenh_5g', 'kenh_nr', 'ssb_frequency_arfcn',
  ],
  pci: ['pci', 'pcid', 'phy_cell_id', 'physical_cell_id', 'physcellid', 'lte_pci', 'nr_pci', 'ma_pci'],
  cellId: ['cell_id', 'cellid', 'cell', 'cell_name', 'ma_cell', 'ten_cell', 'ci', 'eci', 'nci', 'sector_id', 'sector'],
};

/** Prefixes that identify a field when no exact alias matched ("Vĩ độ (WGS84)" is caught before this; "Latitude_dd" here). */
const PREFIXES: readonly [string, SiteField][] = [
  ['latitude', 'lat'], ['lat_', 'lat'], ['vi_do', 'lat'], ['longitude', 'lon'], ['lon_', 'lon'], ['lng', 'lon'], ['kinh_do', 'lon'],
  ['ma_tram', 'siteId'], ['site_id', 'siteId'], ['ten_tram', 'name'], ['azimuth', 'azimuth'], ['goc_phuong_vi', 'azimuth'],
  ['do_cao', 'height'], ['antenna_height', 'height'], ['tilt', 'tilt'], ['bang_tan', 'band'], ['cong_nghe', 'tech'],
  ['dl_earfcn', 'earfcn'], ['earfcn', 'earfcn'], ['uarfcn', 'uarfcn'], ['nr_arfcn', 'nrArfcn'], ['ssb_arfcn', 'nrArfcn'], ['bcch', 'arfcn'],
  ['toa_do_x', 'x'], ['toa_do_y', 'y'], ['cong_suat', 'power'], ['nha_mang', 'carrier'],
];

/** "Vĩ độ (WGS84)" → "vi_do"; "Toạ độ X" → "toa_do_x"; units and notes in brackets dropped. */
export function headerKey(header: string): string {
  // No real header is longer; the cap keeps the bracket pattern linear on junk (a 50 kB cell of "[").
  return foldText(header.slice(0, 200).replace(/[([{].*?[)\]}]/g, ' '))
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const EXACT = new Map<string, SiteField>();
for (const field of SITE_FIELDS) for (const alias of ALIASES[field]) if (!EXACT.has(alias)) EXACT.set(alias, field);

function fieldOf(header: string): SiteField | undefined {
  const key = headerKey(header);
  const exact = EXACT.get(key);
  if (exact) return exact;
  return PREFIXES.find(([prefix]) => key.startsWith(prefix))?.[1];
}

/**
 * Field guesses from English and Vietnamese headers (with or without diacritics). Each header and each field is
 * used once; the first header of a field wins.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    if (header.trim() === '') continue;
    const field = fieldOf(header);
    if (field && mapping[field] === undefined) mapping[field] = header;
  }
  return mapping;
}

/** How many of the cells read as known headers: used to find the header row below a title. */
export function countKnownHeaders(cells: readonly string[]): number {
  return cells.filter((c) => c.trim() !== '' && fieldOf(c) !== undefined).length;
}
