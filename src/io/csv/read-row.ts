import { BAND_WINDOW_MHZ, IMPORT_DEFAULTS, SITE_LIMITS, withinLimit, type SiteLimitField } from '../../domain/model/site-rules';
import type { Radio } from '../../domain/model/types';
import type { XyOrder } from '../coords/vn2000';
import { coded, type CodedText } from './issue-codes';
import type { BBox, Cell } from './location';
import { locateRow, type CoordKinds } from './locate-row';
import type { ColumnMapping, SiteField } from './mapping';
import { parseCsvNumber } from './numbers';
import type { CsvRow } from './parse-rows';
import type { IssueLog } from './row-issue';
import { placeInProvince, type ProvinceCheck } from './province-check';
import { looksLikeFormula } from './write-csv';
import { parseBands, parseTechs, rowRadios, type TechToken } from './tech-band';
import { splitList } from './split-list';
import { readRowCells, type RowCell } from './row-cells';
import { CHANNEL_KINDS, channelTechs, keepChannelBands, readChannelRadios } from './channel-radios';

const { heightM: DEFAULT_HEIGHT_M, beamwidthDeg: DEFAULT_BEAMWIDTH_DEG, downtiltDeg: DEFAULT_TILT_DEG } = IMPORT_DEFAULTS;
// "360" is not among them: in an azimuth column it is a bearing (north), whatever the beamwidth.
const OMNI_WORDS = new Set(['omni', 'o', 'vo huong', 'vô hướng']);

/** One accepted data row, before rows are grouped into sites. */
export interface RowRecord {
  line: number;
  siteId: string;
  name: string | null;
  carrier: string | null;
  lon: number;
  lat: number;
  xyOrder: XyOrder | null;
  heightM: number;
  /** One entry per sector on the row; null is omnidirectional. */
  azimuths: (number | null)[];
  beamwidths: number[];
  tilts: number[];
  radios: Radio[];
  /** The cells the row names, one per entry of `azimuths` (one for a row without azimuth), or none. */
  cells: RowCell[];
  /** The proposed-site column said yes (null: blank or not mapped). */
  proposed: boolean | null;
  /** Transmit power offset from the link budget preset, dB (null: blank or not mapped). */
  powerOffsetDb: number | null;
  /** Mapped cell values, for telling identical duplicate rows from conflicting ones. */
  values: Partial<Record<SiteField, string>>;
}

export interface RowContext {
  headers: readonly string[];
  mapping: ColumnMapping;
  kinds: CoordKinds;
  meridianDeg: number | null;
  /** Without boundary polygons: points far outside this box are warned about (see areaWarning). */
  area: BBox | undefined;
  /** With boundary polygons: sites outside the province are errors (see placeInProvince). */
  province?: ProvinceCheck;
  decimalComma: boolean;
  fileName: string;
  log: IssueLog;
  /** Position of each mapped field's header; filled on first use. */
  columnIndex?: Map<SiteField, number>;
}

/** Our CSV exports (and others) write text that starts like a formula with a leading apostrophe: read it back without. */
export const unguard = (cell: string): string => (cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell);

const YES = new Set(['true', '1', 'yes', 'y', 'x', 'co', 'có', 'proposed', 'de xuat', 'đề xuất']);
const NO = new Set(['false', '0', 'no', 'n', 'khong', 'không', 'existing', 'hien huu', 'hiện hữu']);

/** "true"/"có"/"x" → true, "false"/"không" → false, blank → null; anything else is a reason. */
function readYesNo(cell: string): boolean | null | CodedText {
  const t = cell.trim().toLowerCase();
  if (t === '') return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return coded('proposedBad', { value: cell });
}

/** The cell's numbers, or null after logging the first one that is not a number within the field's limits. */
function numbers(ctx: RowContext, line: number, field: 'beamwidth' | 'tilt', cell: string, limit: SiteLimitField): number[] | null {
  const out: number[] = [];
  const { min, max } = SITE_LIMITS[limit];
  for (const token of splitList(cell)) {
    const n = parseCsvNumber(token, ctx.decimalComma);
    if (n === undefined || !withinLimit(limit, n)) {
      ctx.log.error(line, coded('numberRange', { fieldCode: `w_${field}`, token, min, max }), ctx.mapping[field], cell);
      return null;
    }
    out.push(n);
  }
  return out;
}

function readAzimuths(ctx: RowContext, cell: string): (number | null)[] | CodedText {
  const out: (number | null)[] = [];
  for (const token of splitList(cell)) {
    if (OMNI_WORDS.has(token.toLowerCase())) {
      out.push(null);
      continue;
    }
    const n = parseCsvNumber(token, ctx.decimalComma);
    if (n === undefined) return coded('azimuthBad', { token });
    // 400 is more likely a typo of 40 or 140 than a bearing past north: never wrapped
    const { min, max } = SITE_LIMITS.azimuthDeg;
    if (!withinLimit('azimuthDeg', n)) return coded('azimuthRange', { token, min, max });
    out.push(n);
  }
  return out;
}

/** The row as a record, with defaults for blank cells (each reported), or null after logging why it was rejected. */
export function readRow(ctx: RowContext, row: CsvRow, generatedId: string): RowRecord | null {
  const { mapping, log } = ctx;
  const { line } = row;
  const values: Partial<Record<SiteField, string>> = {};
  const cellOf = (field: SiteField): Cell => {
    const column = mapping[field] ?? '';
    let at = ctx.columnIndex?.get(field);
    if (at === undefined) {
      at = column === '' ? -1 : ctx.headers.indexOf(column);
      (ctx.columnIndex ??= new Map()).set(field, at);
    }
    const value = at < 0 ? '' : unguard(row.cells[at] ?? '').trim();
    if (at >= 0) values[field] = value;
    return { column, value };
  };
  const text = (field: SiteField): string | null => cellOf(field).value || null;
  const idCell = cellOf('siteId');
  let siteId = idCell.value;
  const name = text('name');
  if (siteId === '') {
    siteId = name ?? generatedId;
    if (mapping.siteId !== undefined) log.warn(line, coded('siteIdBlank', { id: siteId }), idCell.column, '');
  }
  const read = locateRow(ctx, siteId, { lat: cellOf('lat'), lon: cellOf('lon'), x: cellOf('x'), y: cellOf('y') });
  if (!read.ok) {
    const { code, params } = read.reason;
    log.error(line, coded('rowRejected', { ...params, reasonCode: code }), read.cell.column, read.cell.value);
    return null;
  }
  log.place(line, read.lon, read.lat);
  const located = ctx.province ? placeInProvince(ctx.province, siteId, line, read) : read;
  if (!located.ok) {
    for (const w of read.warnings) log.warn(line, w.text, w.cell.column, w.cell.value, w.fix);
    log.error(line, located.reason, located.cell.column, located.cell.value);
    return null;
  }
  for (const w of located.warnings) log.warn(line, w.text, w.cell.column, w.cell.value, w.fix);
  log.place(line, located.lon, located.lat);

  const heightCell = cellOf('height');
  let heightM: number = DEFAULT_HEIGHT_M;
  if (heightCell.value !== '') {
    const h = parseCsvNumber(heightCell.value, ctx.decimalComma);
    if (h === undefined || !withinLimit('heightM', h)) {
      log.error(line, coded('heightBad', { max: SITE_LIMITS.heightM.max }), heightCell.column, heightCell.value);
      return null;
    }
    heightM = h;
  } else if (mapping.height !== undefined) log.warn(line, coded('heightBlank', { m: DEFAULT_HEIGHT_M }), heightCell.column, '');

  const azCell = cellOf('azimuth');
  const azimuths = readAzimuths(ctx, azCell.value);
  if (!Array.isArray(azimuths)) {
    log.error(line, azimuths, azCell.column, azCell.value);
    return null;
  }
  if (azimuths.length === 0 && mapping.azimuth !== undefined) log.warn(line, coded('azimuthBlank'), azCell.column, '');

  const bwCell = cellOf('beamwidth');
  const tiltCell = cellOf('tilt');
  const beamwidths = numbers(ctx, line, 'beamwidth', bwCell.value, 'beamwidthDeg');
  const tilts = numbers(ctx, line, 'tilt', tiltCell.value, 'downtiltDeg');
  if (beamwidths === null || tilts === null) return null;
  if (bwCell.value === '' && mapping.beamwidth !== undefined && azimuths.some((a) => a !== null)) {
    log.warn(line, coded('beamwidthBlank', { deg: DEFAULT_BEAMWIDTH_DEG }), bwCell.column, '');
  }
  if (tiltCell.value === '' && mapping.tilt !== undefined) log.warn(line, coded('tiltBlank', { deg: DEFAULT_TILT_DEG }), tiltCell.column, '');

  const techCell = cellOf('tech');
  const bandCell = cellOf('band');
  const techs = parseTechs(techCell.value);
  if (techs.unknown.length > 0) log.warn(line, coded('techUnknown', { list: techs.unknown.join(', ') }), techCell.column, techCell.value);
  const bands = parseBands(bandCell.value);
  if (bands.unknown.length > 0) log.warn(line, coded('bandUnknown', { list: bands.unknown.join(', ') }), bandCell.column, bandCell.value);
  const channels = readChannelRadios(CHANNEL_KINDS.map((kind) => [kind, cellOf(kind)] as const), line, log);
  // with no technology column, a channel number says which technology the band column's values belong to
  const rowTechs: TechToken[] = techs.techs.length > 0 ? techs.techs : channelTechs(channels).map((tech) => ({ tech, bandMHz: null }));
  const notes: CodedText[] = [];
  const saneBands = bands.bands.filter((b) => {
    const sane = b >= BAND_WINDOW_MHZ.min && b <= BAND_WINDOW_MHZ.max;
    if (!sane) notes.push(coded('bandRange', { band: b }));
    return sane;
  });
  const columnRadios = rowRadios(rowTechs, saneBands, notes);
  for (const note of notes) log.warn(line, note, bandCell.column || techCell.column, bandCell.value);
  const radios = keepChannelBands(channels, columnRadios, saneBands, bandCell, line, log);
  if (radios.length === 0 && mapping.tech !== undefined && techCell.value === '') log.warn(line, coded('techBlank'), techCell.column, '');

  const power = cellOf('power');
  if (power.value !== '' && parseCsvNumber(power.value, ctx.decimalComma) === undefined) {
    log.warn(line, coded('powerBad'), power.column, power.value);
  }
  const offsetCell = cellOf('powerOffset');
  let powerOffsetDb: number | null = null;
  if (offsetCell.value !== '') {
    const dB = parseCsvNumber(offsetCell.value, ctx.decimalComma);
    const { min, max } = SITE_LIMITS.powerOffsetDb;
    if (dB === undefined || !withinLimit('powerOffsetDb', dB)) log.warn(line, coded('powerOffsetBad', { value: offsetCell.value, min, max }), offsetCell.column, offsetCell.value);
    else powerOffsetDb = dB;
  }
  const cells = readRowCells(cellOf('cellId'), cellOf('pci'), Math.max(azimuths.length, 1), ctx.decimalComma, line, log);
  const proposedCell = cellOf('proposed');
  let proposed = readYesNo(proposedCell.value);
  if (proposed !== null && typeof proposed === 'object') {
    log.warn(line, proposed, proposedCell.column, proposedCell.value);
    proposed = null;
  }
  return {
    line, siteId, name, carrier: text('carrier'), proposed, lon: located.lon, lat: located.lat, xyOrder: read.xyOrder ?? null,
    heightM, azimuths, beamwidths, tilts, radios, cells, powerOffsetDb, values,
  };
}
