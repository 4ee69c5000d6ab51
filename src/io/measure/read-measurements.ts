/**
 * Measured samples from a CSV (drive-test and crowd exports): position (WGS84 decimal or DMS, or VN-2000 X/Y with
 * a central meridian), a level (RSRP, RSCP or RxLev), and optionally technology, carrier, serving site, route, band
 * (MHz or EARFCN), PCI, serving cell id and indoor/outdoor.
 * Rows go one at a time into column arrays (a drive-test month is millions of rows): split directly when the text has
 * no quotes (plain-rows.ts), else through papaparse. Repeats are found by a numeric hash (sample-repeats.ts), and
 * every row left out is reported by line and reason: a level that is not a number or not plausible (above −20 dBm
 * or below −150), a position that cannot be read or lies outside the area, a repeat of an earlier sample.
 */
import Papa from 'papaparse';
import { MeasurementSetBuilder, type MeasurementSet } from '../../domain/measure/measurement-set';
import { TECHNOLOGIES, type Technology } from '../../domain/model/types';
import { foldText } from '../../domain/text/fold';
import type { TextParams } from '../coded-text';
import { locateVn2000, locateWgs84, type BBox } from '../csv/location';
import type { CodedText } from '../csv/issue-codes';
import type { ZoneArea } from '../csv/vn2000-zone';
import { inferMeasureMeridian } from './measure-zone';
import { channelBand } from '../csv/channel-band';
import { parseCsvNumber, plainDecimal } from '../csv/numbers';
import { isPlainCsv, PlainRows } from './plain-rows';
import { SampleRepeats } from './sample-repeats';
import { sniffCsv } from '../csv/sniff';

export type MeasureField =
  | 'lat' | 'lon' | 'x' | 'y' | 'level' | 'tech' | 'carrier' | 'site' | 'route' | 'time' | 'band' | 'earfcn' | 'pci' | 'cell' | 'indoor';

export type MeasureMapping = Partial<Record<MeasureField, string>>;
/** Which pair of columns gives the position: latitude/longitude, or VN-2000 X/Y in a zone. */
export type MeasureCrs = 'wgs84' | 'vn2000';

export type MeasureIssueCode =
  | 'm-no-level-column' | 'm-no-position-columns' | 'm-line-too-long' | 'm-no-rows' | 'm-none-inside' | 'm-no-samples'
  | 'm-level-not-number' | 'm-level-implausible' | 'm-position' | 'm-outside' | 'm-duplicate' | 'm-more';

export interface MeasureIssue {
  severity: 'error' | 'warning';
  code: MeasureIssueCode;
  /** The file's line (0 for the file as a whole). */
  line: number;
  params: TextParams;
  /** A GeoJSON file's feature (its index in `features`) the issue is about; `line` is then that index + 1. */
  feature?: number;
  /** For 'm-position': why the coordinates could not be read (a code of the site importer's table). */
  position?: CodedText;
}

export interface MeasurementsRead {
  /** Null when the file as a whole cannot be used (see the error issue). */
  set: MeasurementSet | null;
  issues: MeasureIssue[];
  mapping: MeasureMapping;
  /** The file's header cells (empty when the file was refused before its header). */
  headers: string[];
  /** The pair the positions were read from, and the VN-2000 meridian used (chosen or inferred; null: none). */
  crs: MeasureCrs;
  meridianDeg: number | null;
  rows: number;
}

export interface ReadMeasurementsOptions {
  fileName: string;
  /** The project's area: samples outside it are reported and left out. */
  area: BBox;
  /** The columns chosen by the user; without it they are guessed from the headers. */
  mapping?: MeasureMapping;
  /** The pair to read; without it latitude/longitude when both are mapped, else X/Y. */
  crs?: MeasureCrs;
  /** VN-2000 central meridian for X/Y columns; without it, inferred from `zoneArea` (and X/Y are not read without either). */
  vn2000MeridianDeg?: number;
  /** The loaded boundaries, for inferring the VN-2000 zone. */
  zoneArea?: ZoneArea;
}

/** Levels a phone can report; anything else is a typo or a unit mix-up (mW, ASU). */
export const PLAUSIBLE_LEVEL_DBM = { min: -150, max: -20 } as const;
/** A line longer than this is not a row of samples (a file of one 50 MB line, a binary). */
const MAX_LINE_CHARS = 1_000_000;
/** Issues reported one by one; further ones are counted. */
const MAX_LISTED_ISSUES = 1000;

const HEADERS: Readonly<Record<MeasureField, readonly string[]>> = {
  lat: ['lat', 'latitude', 'vi do', 'vido'],
  lon: ['lon', 'lng', 'long', 'longitude', 'kinh do', 'kinhdo'],
  x: ['x', 'x vn2000', 'toa do x'],
  y: ['y', 'y vn2000', 'toa do y'],
  level: ['rsrp', 'rsrp (dbm)', 'rsrp dbm', 'rsrp_dbm', 'ss-rsrp', 'nr rsrp', 'rscp', 'rscp (dbm)', 'rxlev', 'rxlev (dbm)', 'muc thu', 'muc thu (dbm)', 'level', 'level (dbm)', 'signal', 'cuong do tin hieu'],
  tech: ['tech', 'technology', 'rat', 'network type', 'cong nghe'],
  carrier: ['carrier', 'operator', 'plmn', 'nha mang', 'mang'],
  site: ['site', 'site id', 'siteid', 'serving site', 'ma tram', 'tram'],
  route: ['route', 'file', 'log', 'tuyen', 'tuyen do'],
  time: ['time', 'timestamp', 'date time', 'thoi gian'],
  band: ['band', 'band (mhz)', 'frequency band', 'bang tan', 'bang tan (mhz)'],
  earfcn: ['earfcn', 'dl earfcn', 'earfcn dl'],
  pci: ['pci', 'physical cell id'],
  cell: ['cell id', 'cellid', 'cell', 'cell name', 'ma cell', 'ma o'],
  indoor: ['indoor', 'indoor/outdoor', 'trong nha', 'trong nha/ngoai troi'],
};

/** Indoor/outdoor cells that say "indoor" (English and Vietnamese, folded). */
const INDOOR_WORDS = new Set(['indoor', 'in', 'yes', 'y', 'true', '1', 'trong nha', 'trong', 'co', 'x']);

/** The columns of each field, guessed from English and Vietnamese headers (folded: no diacritics, lower case). */
export function guessMeasureMapping(headers: readonly string[]): MeasureMapping {
  const out: MeasureMapping = {};
  for (const field of Object.keys(HEADERS) as MeasureField[]) {
    const names = HEADERS[field];
    const hit = headers.find((h) => names.includes(foldText(h).replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim()));
    if (hit !== undefined) out[field] = hit;
  }
  return out;
}

const TECH_WORDS = new Map<string, Technology>([
  ['2g', '2G'], ['gsm', '2G'], ['3g', '3G'], ['umts', '3G'], ['wcdma', '3G'], ['4g', '4G'], ['lte', '4G'], ['5g', '5G'], ['nr', '5G'],
]);

/** Where a read stands: `step` takes papaparse's records one at a time, `finish` gives the result. */
export interface RowReader {
  /** A whole-file refusal found before any row (the first line too long). */
  early: MeasurementsRead | null;
  /** One record with papaparse's cursor (absolute in the text); false: stop reading. */
  step(cells: string[], cursor: number): boolean;
  /** One row split directly (plain-rows.ts), with its line. */
  row(cells: string[], line: number): boolean;
  /** One record that is not a text line: a GeoJSON feature (its index), the header record first. */
  feature(cells: string[], index: number): boolean;
  finish(): MeasurementsRead;
  readonly delimiter: string;
}

export function startRead(text: string, options: ReadMeasurementsOptions): RowReader {
  const { fileName, area } = options;
  const issues: MeasureIssue[] = [];
  let unlisted = 0;
  const issue = (i: MeasureIssue): void => {
    if (issues.length < MAX_LISTED_ISSUES) issues.push(i);
    else unlisted++;
  };
  const fail = (code: MeasureIssueCode, params: TextParams = {}): MeasurementsRead => ({
    set: null, issues: [...issues, { severity: 'error', code, line: 0, params: { file: fileName, ...params } }],
    mapping, headers: headers ?? [], crs, meridianDeg, rows,
  });
  const firstBreak = text.search(/\r|\n/);
  const firstLine = firstBreak < 0 ? text.length : firstBreak;
  const { delimiter, decimalComma } = sniffCsv(text.slice(0, 64 * 1024));
  let headers: string[] | null = null;
  let mapping: MeasureMapping = {};
  let crs: MeasureCrs = options.crs ?? 'wgs84';
  let meridianDeg: number | null = null;
  let at: Partial<Record<MeasureField, number>> = {};
  const out = new MeasurementSetBuilder(TECHNOLOGIES);
  const repeats = new SampleRepeats();
  const folded = foldedMemo();
  let rows = 0;
  let line = 0;
  let outside = 0;
  // Lines as an editor counts them (CRLF, LF, a lone CR): the breaks before where papaparse's cursor stands.
  let breaks = 0;
  let scanned = 0;
  const lineAt = (cursor: number): number => {
    for (; scanned < cursor; scanned++) {
      const ch = text.charCodeAt(scanned);
      if (ch === 10 || (ch === 13 && text.charCodeAt(scanned + 1) !== 10)) breaks++;
    }
    const ended = cursor > 0 && (text.charCodeAt(cursor - 1) === 10 || text.charCodeAt(cursor - 1) === 13);
    return ended ? breaks : breaks + 1;
  };
  let broken: MeasurementsRead | null = null;
  /** Reports a row left out; the read goes on. */
  let feature: number | undefined;
  const skip = (i: MeasureIssue): boolean => {
    issue(feature === undefined ? i : { ...i, feature });
    return true;
  };
  const record = (cells: string[]): boolean => {
    if (!headers) {
      const named = cells.map((c) => c.trim());
      headers = named;
      mapping = Object.fromEntries(Object.entries(options.mapping ?? guessMeasureMapping(named)).filter(([, h]) => named.includes(h)));
      at = Object.fromEntries(Object.entries(mapping).map(([f, h]) => [f, named.indexOf(h)]));
      const hasLatLon = at.lat !== undefined && at.lon !== undefined;
      const hasXy = at.x !== undefined && at.y !== undefined;
      crs = options.crs ?? (hasLatLon || !hasXy ? 'wgs84' : 'vn2000');
      if (crs === 'vn2000' && hasXy) {
        meridianDeg = options.vn2000MeridianDeg
          ?? (options.zoneArea ? inferMeasureMeridian(text, delimiter, decimalComma, at.x ?? -1, at.y ?? -1, options.zoneArea) : null);
      }
      if (at.level === undefined) broken = fail('m-no-level-column', { headers: named.join(', ') });
      else if (crs === 'wgs84' ? !hasLatLon : !hasXy || meridianDeg === null) broken = fail('m-no-position-columns', { headers: named.join(', ') });
      return !broken;
    }
    rows++;
    const cell = (f: MeasureField): string => (at[f] === undefined ? '' : (cells[at[f] ?? -1] ?? '').trim());
    const rawLevel = cell('level');
    const level = parseCsvNumber(rawLevel, decimalComma);
    if (level === undefined) return skip({ severity: 'error', code: 'm-level-not-number', line, params: { value: rawLevel } });
    if (level > PLAUSIBLE_LEVEL_DBM.max || level < PLAUSIBLE_LEVEL_DBM.min) {
      return skip({ severity: 'error', code: 'm-level-implausible', line, params: { value: rawLevel, ...PLAUSIBLE_LEVEL_DBM } });
    }
    const where = crs === 'wgs84'
      ? plainLonLat(cell('lon'), cell('lat'))
        ?? locateWgs84(`#${line}`, { column: mapping.lat ?? '', value: cell('lat') }, { column: mapping.lon ?? '', value: cell('lon') }, undefined)
      : locateVn2000(`#${line}`, { column: mapping.x ?? '', value: cell('x') }, { column: mapping.y ?? '', value: cell('y') }, meridianDeg ?? 0, undefined, decimalComma);
    if (!where.ok) return skip({ severity: 'error', code: 'm-position', line, params: { value: where.cell.value }, position: where.reason });
    const { lon, lat } = where;
    if (lon < area[0] || lon > area[2] || lat < area[1] || lat > area[3]) {
      outside++;
      return skip({ severity: 'error', code: 'm-outside', line, params: { lon, lat } });
    }
    if (repeats.repeats({ lon, lat, level, time: cell('time'), site: cell('site'), cell: cell('cell') })) {
      return skip({ severity: 'warning', code: 'm-duplicate', line, params: {} });
    }
    const tech = TECH_WORDS.get(folded(cell('tech'))) ?? null;
    out.add({
      lon, lat, levelDbm: level, tech, carrier: cell('carrier') || null, siteId: cell('site') || null, route: cell('route') || fileName, line,
      bandMHz: sampleBandMHz(cell('band'), cell('earfcn'), decimalComma), pci: wholeIn(parseCsvNumber(cell('pci'), decimalComma), 0, 1007),
      cellId: cell('cell') || null, indoor: INDOOR_WORDS.has(folded(cell('indoor'))),
    });
    return true;
  };
  const finish = (): MeasurementsRead => {
    if (broken) return broken;
    if (rows === 0) return fail('m-no-rows');
    const set = out.build();
    if (set.count === 0 && outside > 0 && outside === rows) return fail('m-none-inside', { rows });
    if (set.count === 0) return fail('m-no-samples', { rows, column: mapping.level ?? '' });
    if (unlisted > 0) issues.push({ severity: 'warning', code: 'm-more', line: 0, params: { more: unlisted } });
    return { set, issues, mapping, headers: headers ?? [], crs, meridianDeg, rows };
  };
  return {
    early: firstLine > MAX_LINE_CHARS ? fail('m-line-too-long', { chars: firstLine }) : null,
    step: (cells, cursor) => {
      line = lineAt(cursor);
      return record(cells);
    },
    row: (cells, at) => {
      line = at;
      return record(cells);
    },
    feature: (cells, index) => {
      feature = index;
      line = index + 1;
      return record(cells);
    },
    finish, delimiter,
  };
}

/** Cells such as a technology or indoor flag repeat on every row: each distinct text is folded once (up to a bound). */
function foldedMemo(): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    const have = memo.get(text);
    if (have !== undefined) return have;
    const out = foldText(text);
    if (memo.size < 1024) memo.set(text, out);
    return out;
  };
}

/**
 * Plain decimal degrees within ±180/±90 read directly, as locateWgs84 would read them (no swap or fix applies there);
 * null for anything else (DMS, commas, a swapped pair), which goes to locateWgs84.
 */
function plainLonLat(lonText: string, latText: string): { ok: true; lon: number; lat: number } | null {
  const lon = plainDecimal(lonText);
  const lat = plainDecimal(latText);
  return lon !== undefined && lat !== undefined && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? { ok: true, lon, lat } : null;
}

/** An integer within [min, max], or null. */
function wholeIn(n: number | undefined, min: number, max: number): number | null {
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** The band in MHz from a band column ("1800", "B3", "L1800"), else from an EARFCN; null when neither says. */
function sampleBandMHz(band: string, earfcn: string, decimalComma: boolean): number | null {
  const named = /^[a-z]*\s*(\d{3,4})\s*(mhz)?$/i.exec(band.trim());
  const mhz = named ? Number(named[1]) : null;
  if (mhz !== null && mhz >= 400 && mhz <= 6000) return mhz;
  const n = wholeIn(parseCsvNumber(earfcn, decimalComma), 0, 262_143);
  return n === null ? null : (channelBand('earfcn', n)?.bandMHz ?? null);
}

export function readMeasurementsCsv(text: string, options: ReadMeasurementsOptions): MeasurementsRead {
  const reader = startRead(text, options);
  if (reader.early) return reader.early;
  if (isPlainCsv(text)) {
    new PlainRows(text, reader.delimiter).next(Infinity, reader.row);
    return reader.finish();
  }
  Papa.parse<string[]>(text, {
    delimiter: reader.delimiter, skipEmptyLines: 'greedy',
    step: (result, parser) => {
      if (!reader.step(result.data, result.meta.cursor)) parser.abort();
    },
  });
  return reader.finish();
}

export interface ChunkedReadOptions {
  /** Rows between progress reports and yields to the event loop. */
  rowsPerChunk?: number;
  /** The share of the text read, 0..1, and the rows so far (the header included). */
  onProgress?: (fraction: number, rows: number) => void;
  signal?: AbortSignal;
}

/**
 * As `readMeasurementsCsv`, yielding to the event loop every chunk of rows so the worker can report progress and
 * take a cancel: rejects with the signal's reason when it aborts.
 */
export function readMeasurementsCsvChunked(text: string, options: ReadMeasurementsOptions & ChunkedReadOptions): Promise<MeasurementsRead> {
  const { rowsPerChunk = 50_000, onProgress, signal } = options;
  const reader = startRead(text, options);
  if (reader.early) return Promise.resolve(reader.early);
  const aborted = (): unknown => signal?.reason ?? new DOMException('measurement import aborted', 'AbortError');
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    if (isPlainCsv(text)) {
      readPlainChunks(text, reader, { rowsPerChunk, onProgress, signal }, aborted).then(resolve, reject);
      return;
    }
    let rows = 0;
    let sinceYield = 0;
    let failed = false;
    // after resume() papaparse counts cursors from where it paused
    let base = 0;
    Papa.parse<string[]>(text, {
      delimiter: reader.delimiter, skipEmptyLines: 'greedy',
      step: (result, parser) => {
        const cursor = base + result.meta.cursor;
        rows++;
        if (!reader.step(result.data, cursor)) return parser.abort();
        if (++sinceYield < rowsPerChunk) return;
        sinceYield = 0;
        base = cursor;
        parser.pause();
        onProgress?.(text.length === 0 ? 1 : cursor / text.length, rows);
        setTimeout(() => {
          if (signal?.aborted) {
            failed = true;
            parser.abort();
            reject(aborted());
          } else parser.resume();
        }, 0);
      },
      complete: () => {
        if (failed) return;
        onProgress?.(1, rows);
        resolve(reader.finish());
      },
    });
  });
}

/** The chunked read of a text without quotes: rows split directly, a yield to the event loop after every chunk. */
async function readPlainChunks(
  text: string, reader: RowReader, { rowsPerChunk, onProgress, signal }: ChunkedReadOptions & { rowsPerChunk: number }, aborted: () => unknown,
): Promise<MeasurementsRead> {
  const rows = new PlainRows(text, reader.delimiter);
  let read = 0;
  while (!rows.done) {
    read += rows.next(rowsPerChunk, reader.row);
    if (rows.done) break;
    onProgress?.(rows.position / text.length, read);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw aborted();
  }
  onProgress?.(1, read);
  return reader.finish();
}
