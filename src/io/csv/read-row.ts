import type { Radio } from '../../domain/model/types';
import type { XyOrder } from '../coords/vn2000';
import { locateVn2000, locateWgs84, type BBox, type Cell, type Located } from './location';
import type { ColumnMapping, SiteField } from './mapping';
import type { CsvCrs } from './mapping-profile';
import { parseCsvNumber } from './numbers';
import type { CsvRow } from './parse-rows';
import type { IssueLog } from './row-issue';
import { parseBands, parseTechs, rowRadios } from './tech-band';

export const DEFAULT_HEIGHT_M = 30;
export const DEFAULT_BEAMWIDTH_DEG = 65;
export const DEFAULT_TILT_DEG = 4;
const OMNI_WORDS = new Set(['omni', 'o', 'vo huong', 'vô hướng', '360']);

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
  cellId: string | null;
  /** Mapped cell values, for telling identical duplicate rows from conflicting ones. */
  values: Partial<Record<SiteField, string>>;
}

export interface RowContext {
  headers: readonly string[];
  mapping: ColumnMapping;
  crs: CsvCrs;
  meridianDeg: number | null;
  area: BBox | undefined;
  decimalComma: boolean;
  fileName: string;
  log: IssueLog;
  /** Position of each mapped field's header; filled on first use. */
  columnIndex?: Map<SiteField, number>;
}

/** "0/120/240", "0;120;240", "0 120 240", "0,120,240": a single value unless clearly a list (a lone comma is decimal). */
export function splitList(cell: string): string[] {
  const t = cell.trim();
  if (t === '') return [];
  if (/[/;|]|\S\s+\S/.test(t)) return t.split(/[/;|\s]+/).filter((s) => s !== '');
  if (/^[^,]+(,[^,]+){2,}$/.test(t)) return t.split(',');
  return [t];
}

function numbers(ctx: RowContext, line: number, field: SiteField, cell: string, min: number, max: number): number[] | null {
  const out: number[] = [];
  for (const token of splitList(cell)) {
    const n = parseCsvNumber(token, ctx.decimalComma);
    if (n === undefined || n < min || n > max) {
      ctx.log.warn(line, `${field} "${token}" is not a number in ${min}..${max}; ignored`, ctx.mapping[field], cell);
      return null;
    }
    out.push(n);
  }
  return out;
}

function readAzimuths(ctx: RowContext, cell: string): (number | null)[] | string {
  const out: (number | null)[] = [];
  for (const token of splitList(cell)) {
    if (OMNI_WORDS.has(token.toLowerCase())) {
      out.push(null);
      continue;
    }
    const n = parseCsvNumber(token, ctx.decimalComma);
    if (n === undefined || n < -360 || n > 720) return `azimuth "${token}" is not a bearing in degrees`;
    out.push(((n % 360) + 360) % 360);
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
    const value = at < 0 ? '' : (row.cells[at] ?? '').trim();
    if (at >= 0) values[field] = value;
    return { column, value };
  };
  const text = (field: SiteField): string | null => cellOf(field).value || null;
  const idCell = cellOf('siteId');
  let siteId = idCell.value;
  const name = text('name');
  if (siteId === '') {
    siteId = name ?? generatedId;
    if (mapping.siteId !== undefined) log.warn(line, `site id is blank; used ${JSON.stringify(siteId)}`, idCell.column, '');
  }
  const located: Located = ctx.crs === 'wgs84'
    ? locateWgs84(siteId, cellOf('lat'), cellOf('lon'), ctx.area)
    : locateVn2000(siteId, cellOf('x'), cellOf('y'), ctx.meridianDeg ?? NaN, ctx.area, ctx.decimalComma);
  if (!located.ok) {
    log.error(line, `${located.reason}; row not imported`, located.cell.column, located.cell.value);
    return null;
  }
  if (located.warning) log.warn(line, located.warning.reason, located.warning.cell.column, located.warning.cell.value, located.warning.fix);

  const heightCell = cellOf('height');
  let heightM = DEFAULT_HEIGHT_M;
  if (heightCell.value !== '') {
    const h = parseCsvNumber(heightCell.value, ctx.decimalComma);
    if (h === undefined || h <= 0 || h > 500) {
      log.error(line, 'antenna height must be a number of metres above ground (0-500); row not imported', heightCell.column, heightCell.value);
      return null;
    }
    heightM = h;
  } else if (mapping.height !== undefined) log.warn(line, `height is blank; assumed ${DEFAULT_HEIGHT_M} m`, heightCell.column, '');

  const azCell = cellOf('azimuth');
  const azimuths = readAzimuths(ctx, azCell.value);
  if (typeof azimuths === 'string') {
    log.error(line, `${azimuths}; row not imported`, azCell.column, azCell.value);
    return null;
  }
  if (azimuths.length === 0 && mapping.azimuth !== undefined) log.warn(line, 'azimuth is blank; taken as an omnidirectional antenna', azCell.column, '');

  const bwCell = cellOf('beamwidth');
  const tiltCell = cellOf('tilt');
  const beamwidths = numbers(ctx, line, 'beamwidth', bwCell.value, 1, 360) ?? [];
  const tilts = numbers(ctx, line, 'tilt', tiltCell.value, -20, 90) ?? [];
  if (bwCell.value === '' && mapping.beamwidth !== undefined && azimuths.some((a) => a !== null)) {
    log.warn(line, `beamwidth is blank; assumed ${DEFAULT_BEAMWIDTH_DEG}°`, bwCell.column, '');
  }
  if (tiltCell.value === '' && mapping.tilt !== undefined) log.warn(line, `tilt is blank; assumed ${DEFAULT_TILT_DEG}°`, tiltCell.column, '');

  const techCell = cellOf('tech');
  const bandCell = cellOf('band');
  const techs = parseTechs(techCell.value);
  if (techs.unknown.length > 0) log.warn(line, `technology ${techs.unknown.join(', ')} is not 2G/3G/4G/5G; ignored`, techCell.column, techCell.value);
  const bands = parseBands(bandCell.value);
  if (bands.unknown.length > 0) log.warn(line, `band ${bands.unknown.join(', ')} is not a frequency; ignored`, bandCell.column, bandCell.value);
  const notes: string[] = [];
  const radios = rowRadios(techs.techs, bands.bands.filter((b) => {
    const sane = b >= 300 && b <= 7200;
    if (!sane) notes.push(`band ${b} MHz is outside 300-7200 MHz; ignored`);
    return sane;
  }), notes);
  for (const note of notes) log.warn(line, note, bandCell.column || techCell.column, bandCell.value);
  if (radios.length === 0 && mapping.tech !== undefined && techCell.value === '') log.warn(line, 'technology is blank; assumed 4G', techCell.column, '');

  const power = cellOf('power');
  if (power.value !== '' && parseCsvNumber(power.value, ctx.decimalComma) === undefined) {
    log.warn(line, 'power is not a number; ignored', power.column, power.value);
  }
  return {
    line, siteId, name, carrier: text('carrier'), lon: located.lon, lat: located.lat, xyOrder: located.xyOrder ?? null,
    heightM, azimuths, beamwidths, tilts, radios, cellId: text('cellId'), values,
  };
}
