import { decodeCsvBytes, type CsvEncodingChoice, type TextEncodingName } from './decode';
import { coded, type CodedText } from './issue-codes';
import { countKnownHeaders, guessMapping, type ColumnMapping } from './mapping';
import type { CsvCrs, MappingProfile } from './mapping-profile';
import { parseCsvRows, parseCsvRowsChunked, type CsvRow, type ParsedRows } from './parse-rows';
import { readSitesFromRows, type CsvSitesResult } from './read-sites';
import { coordKindsOf } from './read-sites';
import type { BBox } from './location';
import { IssueLog } from './row-issue';
import type { ZoneArea } from './vn2000-zone';
import { findHeaderRow, sniffCsv, type CsvDelimiter } from './sniff';

export interface ImportSitesCsvOptions {
  fileName: string;
  /** A saved profile: its mapping, CRS, province, delimiter and decimal comma override the guesses. */
  profile?: MappingProfile;
  /** A mapping chosen in the import dialog (wins over the profile's). */
  mapping?: ColumnMapping;
  /** Narrows the mapped pairs to one kind; default (or 'mixed'): the profile's, else whichever pairs are mapped. */
  crs?: CsvCrs;
  province?: string;
  centralMeridianDeg?: number;
  areaBBox?: BBox;
  /** VN-2000 without a province: the boundaries the zone is inferred from and checked against. */
  zoneArea?: ZoneArea;
  carrier?: string;
  /** Chosen in the import dialog (or from a profile there): win over the profile's and the sniffed ones. */
  delimiter?: CsvDelimiter;
  decimalComma?: boolean;
  /** Chosen in the import dialog: read the bytes in this encoding instead of guessing it. */
  encoding?: CsvEncodingChoice;
  /** Rows of one site id further apart than this, m, are an error (wins over the profile's; default SITE_ROWS_APART_MAX_M). */
  maxRowsApartM?: number;
  /** Sites outside the `zoneArea` boundaries by more than this, km, are errors (wins over the profile's; default PROVINCE_MARGIN_KM). */
  provinceMarginKm?: number;
  /** Lines included as read although outside the province. */
  keptLines?: readonly number[];
}

export interface SitesCsvImport {
  result: CsvSitesResult;
  mapping: ColumnMapping;
  headers: string[];
  delimiter: CsvDelimiter;
  /** Whether numbers were read with a decimal comma. */
  decimalComma: boolean;
  encoding: TextEncodingName | null;
  /** Data rows after the header, with their lines: re-read them with another mapping via `readSitesFromRows`. */
  rows: CsvRow[];
  crs: CsvCrs;
}

export interface StreamingOptions {
  onProgress?: (fraction: number, rows: number) => void;
  signal?: AbortSignal;
  rowsPerChunk?: number;
}

interface Prepared {
  text: string;
  encoding: TextEncodingName;
  warnings: CodedText[];
  delimiter: CsvDelimiter;
  decimalComma: boolean;
}

function failed(reason: CodedText): SitesCsvImport {
  const stats = { dataRows: 0, blankRows: 0, importedRows: 0, rejectedRows: 0, sites: 0, sectors: 0, mode: 'per-site' as const, xyOrder: null, meridianDeg: null };
  return {
    result: { items: [], issues: [{ severity: 'error', ...reason }], stats },
    mapping: {}, headers: [], delimiter: ',', decimalComma: false, encoding: null, rows: [], crs: 'wgs84',
  };
}

function prepare(bytes: Uint8Array, options: ImportSitesCsvOptions): Prepared | CodedText {
  const decoded = decodeCsvBytes(bytes, options.fileName, options.encoding ?? options.profile?.encoding);
  if (!decoded.ok) return decoded.reason;
  const sniffed = sniffCsv(decoded.text);
  const delimiter = options.delimiter ?? options.profile?.delimiter ?? sniffed.delimiter;
  const decimalComma = options.decimalComma ?? options.profile?.decimalComma ?? (delimiter === sniffed.delimiter && sniffed.decimalComma);
  return { text: decoded.text, encoding: decoded.encoding, warnings: decoded.warnings, delimiter, decimalComma };
}

/** The kind(s) of coordinates read: a crs naming one narrows the mapping to it; otherwise the mapped pairs decide. */
export function resolvedCrs(mapping: ColumnMapping, asked: CsvCrs | undefined): CsvCrs {
  if (asked === 'wgs84' || asked === 'vn2000') return asked;
  const kinds = coordKindsOf(mapping, 'mixed');
  return kinds.latLon && kinds.xy ? 'mixed' : kinds.xy ? 'vn2000' : 'wgs84';
}

function finish(prepared: Prepared, parsed: ParsedRows, options: ImportSitesCsvOptions): SitesCsvImport {
  const headerAt = findHeaderRow(parsed.rows.slice(0, 10).map((r) => r.cells), countKnownHeaders);
  const headerRow = parsed.rows[headerAt];
  const headers = (headerRow?.cells ?? []).map((h) => h.trim());
  const rows = parsed.rows.slice(headerAt + 1);
  const mapping = options.mapping ?? options.profile?.mapping ?? guessMapping(headers);
  const crs = resolvedCrs(mapping, options.crs ?? options.profile?.crs);
  const province = options.province ?? options.profile?.province;
  const carrier = options.carrier ?? options.profile?.carrier;
  const maxRowsApartM = options.maxRowsApartM ?? options.profile?.maxRowsApartM;
  const provinceMarginKm = options.provinceMarginKm ?? options.profile?.provinceMarginKm;
  const result = readSitesFromRows(headers, rows, mapping, {
    fileName: options.fileName, crs, decimalComma: prepared.decimalComma,
    ...(province !== undefined ? { province } : {}),
    ...(carrier !== undefined ? { carrier } : {}),
    ...(maxRowsApartM !== undefined ? { maxRowsApartM } : {}),
    ...(options.centralMeridianDeg !== undefined ? { centralMeridianDeg: options.centralMeridianDeg } : {}),
    ...(options.areaBBox !== undefined ? { areaBBox: options.areaBBox } : {}),
    ...(options.zoneArea !== undefined ? { zoneArea: options.zoneArea } : {}),
    ...(provinceMarginKm !== undefined ? { provinceMarginKm } : {}),
    ...(options.keptLines !== undefined ? { keptLines: options.keptLines } : {}),
  });
  const log = new IssueLog();
  for (const w of prepared.warnings) log.warn(undefined, w);
  for (const skipped of parsed.rows.slice(0, headerAt)) {
    if (skipped.cells.some((c) => c.trim() !== '')) log.warn(skipped.line, coded('headerSkipped', { text: skipped.cells.join(' ').trim() }));
  }
  if (headerRow && rows.every((r) => r.cells.every((c) => c.trim() === ''))) log.error(undefined, coded('noDataRows', { file: options.fileName }));
  for (const p of parsed.problems) log.error(p.line, coded('csvSyntax', { detail: p.reason }));
  // file-wide issues first, then in file order (stable: a row's issues keep the order they were found in)
  result.issues = [...log.issues, ...result.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { result, mapping, headers, delimiter: prepared.delimiter, decimalComma: prepared.decimalComma, encoding: prepared.encoding, rows, crs };
}

/**
 * A carrier's site CSV → sites and every problem found. Never throws on bad data: an unreadable file gives no sites
 * and one error issue.
 */
export function importSitesCsv(bytes: Uint8Array, options: ImportSitesCsvOptions): SitesCsvImport {
  const prepared = prepare(bytes, options);
  if ('code' in prepared) return failed(prepared);
  return finish(prepared, parseCsvRows(prepared.text, prepared.delimiter), options);
}

/**
 * As `importSitesCsv` for big files, in a Web Worker or Node: parses in chunks, yielding between them, reports
 * progress (0..1 of the text) and rejects with the signal's reason when aborted. A Blob (File) is read whole first.
 */
export async function importSitesCsvStreaming(
  source: Uint8Array | Blob, options: ImportSitesCsvOptions & StreamingOptions,
): Promise<SitesCsvImport> {
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
  const prepared = prepare(bytes, options);
  if ('code' in prepared) return failed(prepared);
  const parsed = await parseCsvRowsChunked(prepared.text, prepared.delimiter, {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.rowsPerChunk ? { rowsPerChunk: options.rowsPerChunk } : {}),
  });
  options.signal?.throwIfAborted();
  return finish(prepared, parsed, options);
}
