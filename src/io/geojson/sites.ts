import { BAND_WINDOW_MHZ, IMPORT_DEFAULTS, SITE_LIMITS } from '../../domain/model/site-rules';
import type { ImportResult, Site, Technology } from '../../domain/model/types';
import type { Checked, CoordNotes } from './coords';
import { generatedId, readEach, type RawFeature } from './features';
import { readPoints } from './geometry';
import { layerText, type LayerText } from '../layer-issues';
import { formatValue } from './issues';
import { normalizeKey, pick, toBoolean, toNumber, toText, type PropMap } from './props';
import { pairRadios, readNumberList, readSectors, readTechs } from './site-radios';
import { keepIdsUnique } from './unique-ids';

const ID_KEYS = ['id', 'site_id', 'ma_tram', 'siteid', 'site_code', 'ma'];
const NAME_KEYS = ['name', 'ten_tram', 'site_name', 'ten'];
const CARRIER_KEYS = ['carrier', 'operator', 'nha_mang', 'nha_cung_cap', 'mno'];
const HEIGHT_KEYS = ['height', 'height_m', 'do_cao', 'antenna_height', 'chieu_cao', 'ant_height'];
const TECH_KEYS = ['tech', 'technologies', 'technology', 'cong_nghe', 'techs'];
const BAND_KEYS = ['band', 'bands', 'bang_tan', 'band_mhz', 'bands_mhz', 'frequency', 'tan_so'];
const AZIMUTH_KEYS = ['azimuth', 'azimuths', 'goc_phuong_vi', 'azimuth_deg', 'huong'];
const BEAMWIDTH_KEYS = ['beamwidth', 'beamwidths', 'beamwidth_deg', 'do_rong_bup_song'];
const TILT_KEYS = ['tilt', 'tilts', 'downtilt', 'downtilt_deg', 'goc_nghieng'];
const STATUS_KEYS = ['status', 'trang_thai'];
const PROPOSED_WORDS = new Set(['proposed', 'planned', 'plan', 'new', 'de_xuat', 'du_kien', 'quy_hoach']);
const DEFAULT_HEIGHT_M = IMPORT_DEFAULTS.heightM;
const { min: MIN_HEIGHT_M, max: MAX_HEIGHT_M } = SITE_LIMITS.heightM;
const { min: MIN_BAND_MHZ, max: MAX_BAND_MHZ } = BAND_WINDOW_MHZ;

function readHeight(props: PropMap, warnings: LayerText[]): Checked<number> {
  const entry = pick(props, HEIGHT_KEYS);
  if (!entry) {
    warnings.push(layerText('noHeight', { height: DEFAULT_HEIGHT_M }));
    return { ok: true, value: DEFAULT_HEIGHT_M };
  }
  const h = toNumber(entry.value);
  const shown = { key: entry.key, value: formatValue(entry.value) };
  if (h === undefined) return { ok: false, reason: layerText('heightNotNumber', shown) };
  if (h <= MIN_HEIGHT_M) return { ok: false, reason: layerText('heightNotPositive', shown) };
  if (h > MAX_HEIGHT_M) return { ok: false, reason: layerText('heightTooTall', { ...shown, max: MAX_HEIGHT_M }) };
  return { ok: true, value: h };
}

function readProposed(props: PropMap): boolean {
  const flag = toBoolean(pick(props, ['proposed', 'is_proposed', 'de_xuat'])?.value);
  if (flag !== undefined) return flag;
  const status = toText(pick(props, STATUS_KEYS)?.value);
  return status !== undefined && PROPOSED_WORDS.has(normalizeKey(status));
}

function readSite(feature: RawFeature, index: number, notes: CoordNotes, fileName: string): Checked<Site[]> {
  const points = readPoints(feature.geometry, notes);
  if (!points.ok) return points;
  const [point] = points.value;
  if (!point) return { ok: false, reason: layerText('noPoints') };
  if (points.value.length > 1) notes.warnings.push(layerText('manyPoints', { count: points.value.length }));
  const { props } = feature;
  const height = readHeight(props, notes.warnings);
  if (!height.ok) return height;
  const sectors = readSectors(pick(props, AZIMUTH_KEYS)?.value, pick(props, BEAMWIDTH_KEYS)?.value, pick(props, TILT_KEYS)?.value, notes.warnings);
  if (!Array.isArray(sectors)) return { ok: false, reason: sectors };
  let techs: Technology[] = readTechs(pick(props, TECH_KEYS)?.value, notes.warnings);
  const bands = readNumberList(pick(props, BAND_KEYS)?.value, layerText('w_band'), notes.warnings).filter((b) => {
    const sane = b >= MIN_BAND_MHZ && b <= MAX_BAND_MHZ;
    if (!sane) notes.warnings.push(layerText('bandOutside', { band: b, min: MIN_BAND_MHZ, max: MAX_BAND_MHZ }));
    return sane;
  });
  if (techs.length === 0) {
    techs = ['4G'];
    notes.warnings.push(layerText('noTech'));
  }
  let id = toText(pick(props, ID_KEYS)?.value) ?? toText(feature.id);
  if (id === undefined) {
    id = generatedId(fileName, index);
    notes.warnings.push(layerText('noSiteId', { id: JSON.stringify(id) }));
  }
  const site: Site = {
    id,
    name: toText(pick(props, NAME_KEYS)?.value) ?? id,
    carrier: toText(pick(props, CARRIER_KEYS)?.value) ?? '',
    lon: point[0],
    lat: point[1],
    heightM: height.value,
    sectors,
    radios: pairRadios(techs, bands, (band) => notes.warnings.push(layerText('bandFitsNone', { band, techs: techs.join(', ') }))),
    proposed: readProposed(props),
  };
  return { ok: true, value: [site] };
}

/** Site ids key scenario edits, so they must be unique: a repeated id is kept as "<id>-2", "-3"… with a warning. */
export function readSites(features: readonly unknown[], fileName: string): ImportResult<Site> {
  const read = readEach(features, fileName, (f, i, notes) => readSite(f, i, notes, fileName));
  const issues = [...read.issues];
  const items = keepIdsUnique(read.items, issues, (s) => s.id, (s, id) => ({ ...s, id }), 'duplicateSiteId');
  return { items, issues };
}
