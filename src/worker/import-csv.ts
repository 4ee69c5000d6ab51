/**
 * CSV import sessions in the coverage worker: the file's bytes stay here between reads, so changing the mapping,
 * CRS or carrier in the dialog re-reads without sending the file again. Big files are parsed in chunks with progress
 * and can be cancelled (AbortController per session).
 */
import { areaBBox } from '../domain/coverage/area-bbox';
import {
  importSitesCsvStreaming, readSitesFromRows, type CsvDelimiter, type CsvEncodingChoice, type TextEncodingName, type ColumnMapping, type CsvCrs, type CsvImportStats,
  type CsvRowIssue, type ImportSitesCsvOptions, type SitesCsvImport,
} from '../io/csv';
import { zoneAreaOf, type BBox, type ZoneArea } from '../io/csv';
import type { Site } from '../domain/model/types';
import { engineState } from './engine-state';

/** What the user chose in the mapping dialog; absent fields are guessed by the reader. */
export interface CsvChoices {
  mapping?: ColumnMapping;
  crs?: CsvCrs;
  province?: string;
  carrier?: string;
  /** A profile's format choices; absent: sniffed from the file. */
  delimiter?: CsvDelimiter;
  decimalComma?: boolean;
  /** The encoding chosen in the dialog; absent: told from the bytes. */
  encoding?: CsvEncodingChoice;
  /** Rows of one site id further apart than this, m, are an error; absent: the profile's, else the reader's default. */
  maxRowsApartM?: number;
  /** Sites outside the loaded boundaries by more than this, km, are errors; absent: the reader's default. */
  provinceMarginKm?: number;
  /** Lines outside the province the user includes as read (no error, no automatic swap or sign fix). */
  keptLines?: number[];
  /** Data lines the user excluded. */
  excludedLines: number[];
}

export interface CsvReadResult {
  sessionId: number;
  fileName: string;
  headers: string[];
  /** The first data rows' cells, for the preview table. */
  previewRows: string[][];
  mapping: ColumnMapping;
  crs: CsvCrs;
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  encoding: TextEncodingName | null;
  sites: Site[];
  issues: CsvRowIssue[];
  stats: CsvImportStats;
  excluded: number;
}

export type CsvProgress = (fraction: number, rows: number) => void;

const PREVIEW_ROWS = 8;
const BIG_FILE_BYTES = 2_000_000;

const sessions = engineState.csvSessions;

function area(): BBox | undefined {
  const base = engineState.baseline;
  if (!base || base.units.length === 0) return undefined;
  return areaBBox(base).bbox;
}

/** The loaded boundaries, for telling a VN-2000 file's zone when no province was chosen. */
function zoneArea(): ZoneArea | undefined {
  const base = engineState.baseline;
  return base ? zoneAreaOf(base.units, base.meta.name) : undefined;
}

/** Issues the reader does not make again when rows are dropped: encoding, lines above the header, CSV syntax. */
function fileLevel(full: SitesCsvImport, reread: readonly CsvRowIssue[]): CsvRowIssue[] {
  const firstData = full.rows[0]?.line ?? Infinity;
  const key = (i: CsvRowIssue): string => `${i.code} ${JSON.stringify(i.params)}`;
  const again = new Set(reread.filter((i) => i.line === undefined).map(key));
  return full.result.issues.filter((i) =>
    i.line === undefined ? !again.has(key(i)) : i.line < firstData || i.code === 'csvSyntax');
}

async function read(id: number, choices: CsvChoices, onProgress?: CsvProgress): Promise<CsvReadResult> {
  const session = sessions.get(id);
  if (!session) throw new Error(`import session ${id} is closed`);
  session.controller?.abort();
  const controller = new AbortController();
  session.controller = controller;
  const options: ImportSitesCsvOptions = { fileName: session.fileName };
  const box = area();
  if (box) options.areaBBox = box;
  const zone = zoneArea();
  if (zone) options.zoneArea = zone;
  if (choices.mapping) options.mapping = choices.mapping;
  if (choices.crs) options.crs = choices.crs;
  if (choices.province) options.province = choices.province;
  if (choices.carrier) options.carrier = choices.carrier;
  if (choices.delimiter) options.delimiter = choices.delimiter;
  if (choices.decimalComma !== undefined) options.decimalComma = choices.decimalComma;
  if (choices.encoding) options.encoding = choices.encoding;
  if (choices.maxRowsApartM !== undefined) options.maxRowsApartM = choices.maxRowsApartM;
  if (choices.provinceMarginKm !== undefined) options.provinceMarginKm = choices.provinceMarginKm;
  if (choices.keptLines && choices.keptLines.length > 0) options.keptLines = choices.keptLines;
  const big = session.bytes.length > BIG_FILE_BYTES;
  const full = await importSitesCsvStreaming(session.bytes, {
    ...options, signal: controller.signal, rowsPerChunk: big ? 20_000 : 1_000_000,
    ...(onProgress ? { onProgress: (f: number, rows: number) => void onProgress(f, rows) } : {}),
  });
  if (session.controller === controller) session.controller = null;
  let { items: sites, issues, stats } = full.result;
  const excluded = new Set(choices.excludedLines);
  if (excluded.size > 0) {
    const province = choices.province;
    const reread = readSitesFromRows(full.headers, full.rows.filter((r) => !excluded.has(r.line)), full.mapping, {
      fileName: session.fileName, crs: full.crs, decimalComma: full.decimalComma,
      ...(province ? { province } : {}), ...(choices.carrier ? { carrier: choices.carrier } : {}), ...(box ? { areaBBox: box } : {}),
      ...(zone ? { zoneArea: zone } : {}), ...(choices.maxRowsApartM !== undefined ? { maxRowsApartM: choices.maxRowsApartM } : {}),
      ...(choices.provinceMarginKm !== undefined ? { provinceMarginKm: choices.provinceMarginKm } : {}),
      ...(options.keptLines ? { keptLines: options.keptLines } : {}),
    });
    const ofExcluded = full.result.issues.filter((i) => i.line !== undefined && excluded.has(i.line)).map((i) => ({ ...i, excluded: true }));
    issues = [...fileLevel(full, reread.issues), ...reread.issues, ...ofExcluded].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    sites = reread.items;
    stats = reread.stats;
  }
  return {
    sessionId: id, fileName: session.fileName, headers: full.headers,
    previewRows: full.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
    mapping: full.mapping, crs: full.crs, delimiter: full.delimiter, decimalComma: full.decimalComma, encoding: full.encoding,
    sites, issues, stats, excluded: excluded.size,
  };
}

export const csvImportApi = {
  /** Keeps the file for the reads of one import dialog; returns the session id. */
  csvOpen(bytes: Uint8Array, fileName: string): number {
    const id = engineState.nextCsvSession++;
    sessions.set(id, { bytes, fileName, controller: null });
    return id;
  },
  /** Reads the session's file with the given choices (the guesses where none); a newer read aborts this one. */
  csvRead(id: number, choices: CsvChoices, onProgress?: CsvProgress): Promise<CsvReadResult> {
    return read(id, choices, onProgress);
  },
  /** Stops a running read: its promise rejects with an AbortError. */
  csvCancel(id: number): void {
    sessions.get(id)?.controller?.abort();
  },
  csvClose(id: number): void {
    sessions.get(id)?.controller?.abort();
    sessions.delete(id);
  },
};
