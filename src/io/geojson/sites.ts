import type { ImportResult, Site, Technology } from '../../domain/model/types';
import type { Checked, CoordNotes } from './coords';
import { generatedId, readEach, type RawFeature } from './features';
import { readPoints } from './geometry';
import { featureIssue, formatValue } from './issues';
import { normalizeKey, pick, toBoolean, toNumber, toText, type PropMap } from './props';
import { pairRadios, readNumberList, readSectors, readTechs } from './site-radios';

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
const DEFAULT_HEIGHT_M = 30;
/** The coverage engine's ceiling; taller values are typos (3000 for 30.00) or feet/centimetre mix-ups. */
const MAX_HEIGHT_M = 1000;
/** Mobile bands in use in Vietnam lie well inside this; values outside are typos or kHz/GHz mix-ups. */
const MIN_BAND_MHZ = 300;
const MAX_BAND_MHZ = 7200;

function readHeight(props: PropMap, warnings: string[]): Checked<number> {
  const entry = pick(props, HEIGHT_KEYS);
  if (!entry) {
    warnings.push(`no height property (height/height_m/do_cao); assumed ${DEFAULT_HEIGHT_M} m`);
    return { ok: true, value: DEFAULT_HEIGHT_M };
  }
  const h = toNumber(entry.value);
  if (h === undefined) return { ok: false, reason: `${entry.key} ${formatValue(entry.value)} is not a number` };
  if (h <= 0) return { ok: false, reason: `${entry.key} ${formatValue(entry.value)} must be a positive height in metres` };
  if (h > MAX_HEIGHT_M) return { ok: false, reason: `${entry.key} ${formatValue(entry.value)} exceeds ${MAX_HEIGHT_M} m` };
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
  if (!point) return { ok: false, reason: 'geometry is empty (no points)' };
  if (points.value.length > 1) notes.warnings.push(`${points.value.length} points; used the first`);
  const { props } = feature;
  const height = readHeight(props, notes.warnings);
  if (!height.ok) return height;
  const sectors = readSectors(pick(props, AZIMUTH_KEYS)?.value, pick(props, BEAMWIDTH_KEYS)?.value, pick(props, TILT_KEYS)?.value, notes.warnings);
  if (typeof sectors === 'string') return { ok: false, reason: sectors };
  let techs: Technology[] = readTechs(pick(props, TECH_KEYS)?.value, notes.warnings);
  const bands = readNumberList(pick(props, BAND_KEYS)?.value, 'band', notes.warnings).filter((b) => {
    const sane = b >= MIN_BAND_MHZ && b <= MAX_BAND_MHZ;
    if (!sane) notes.warnings.push(`band ${b} MHz is outside ${MIN_BAND_MHZ}-${MAX_BAND_MHZ} MHz; ignored`);
    return sane;
  });
  if (techs.length === 0) {
    techs = ['4G'];
    notes.warnings.push('no technology property (tech/technologies/cong_nghe); assumed 4G');
  }
  let id = toText(pick(props, ID_KEYS)?.value) ?? toText(feature.id);
  if (id === undefined) {
    id = generatedId(fileName, index);
    notes.warnings.push(`no id property (id/site_id/ma_tram); using ${JSON.stringify(id)}`);
  }
  const site: Site = {
    id,
    name: toText(pick(props, NAME_KEYS)?.value) ?? id,
    carrier: toText(pick(props, CARRIER_KEYS)?.value) ?? '',
    lon: point[0],
    lat: point[1],
    heightM: height.value,
    sectors,
    radios: pairRadios(techs, bands, notes.warnings),
    proposed: readProposed(props),
  };
  return { ok: true, value: [site] };
}

/** Site ids key scenario edits, so they must be unique: a repeated id is kept as "<id>-2", "-3"… with a warning. */
export function readSites(features: readonly unknown[], fileName: string): ImportResult<Site> {
  const read = readEach(features, fileName, (f, i, notes) => readSite(f, i, notes, fileName));
  const taken = new Set(read.items.map((r) => r.item.id));
  const first = new Map<string, number>();
  const issues = [...read.issues];
  const items = read.items.map(({ item, index }) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, index);
      return item;
    }
    let n = 2;
    while (taken.has(`${item.id}-${n}`)) n += 1;
    const id = `${item.id}-${n}`;
    taken.add(id);
    issues.push(featureIssue('warning', index, `duplicate site id ${JSON.stringify(item.id)} (also feature ${earlier}); kept as ${JSON.stringify(id)}`));
    return { ...item, id };
  });
  return { items, issues };
}
