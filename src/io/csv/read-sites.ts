import type { ImportResult, Site } from '../../domain/model/types';
import { centralMeridianOf, VN2000_PROVINCES } from '../coords/vn2000-meridians';
import type { XyOrder } from '../coords/vn2000';
import { detectRowMode, groupSites, type RowMode } from './group-sites';
import type { BBox } from './location';
import type { ColumnMapping } from './mapping';
import type { CsvCrs } from './mapping-profile';
import type { CsvRow } from './parse-rows';
import { DEFAULT_BEAMWIDTH_DEG, DEFAULT_HEIGHT_M, DEFAULT_TILT_DEG, readRow, type RowContext, type RowRecord } from './read-row';
import { IssueLog, type CsvRowIssue } from './row-issue';

export interface ReadSitesOptions {
  fileName: string;
  crs: CsvCrs;
  /** VN-2000: the province whose 3° zone the X/Y are in (or give `centralMeridianDeg`). */
  province?: string;
  centralMeridianDeg?: number;
  /** Points well outside this box are warned about, with a fix when a swap or sign change brings them inside. */
  areaBBox?: BBox;
  /** Carrier for rows without one (a profile's carrier). */
  carrier?: string;
  decimalComma?: boolean;
}

export interface CsvImportStats {
  dataRows: number;
  blankRows: number;
  importedRows: number;
  rejectedRows: number;
  sites: number;
  sectors: number;
  mode: RowMode;
  /** VN-2000 files: whether X held northings (surveying) or eastings; 'mixed' when rows disagree. */
  xyOrder: XyOrder | 'mixed' | null;
}

export interface CsvSitesResult extends ImportResult<Site> {
  issues: CsvRowIssue[];
  stats: CsvImportStats;
}

const isBlank = (row: CsvRow): boolean => row.cells.every((c) => c.trim() === '');

function meridianOf(options: ReadSitesOptions, log: IssueLog): number | null {
  if (options.crs !== 'vn2000') return null;
  if (options.centralMeridianDeg !== undefined) return options.centralMeridianDeg;
  const fromProvince = options.province === undefined ? null : centralMeridianOf(options.province);
  if (fromProvince !== null) return fromProvince;
  log.error(undefined, options.province === undefined
    ? 'VN-2000 coordinates need the province (its zone central meridian); none given'
    : `province "${options.province}" is not in the VN-2000 meridian table (${VN2000_PROVINCES.join(', ')})`);
  return null;
}

function fileWarnings(mapping: ColumnMapping, options: ReadSitesOptions, log: IssueLog): void {
  const missing = (what: string) => log.warn(undefined, `${options.fileName}: no ${what}`);
  if (mapping.siteId === undefined) missing(`site id column; ids come from the name or the line number`);
  if (mapping.height === undefined) missing(`height column; every site assumed ${DEFAULT_HEIGHT_M} m`);
  if (mapping.azimuth === undefined) missing('azimuth column; every site taken as one omnidirectional antenna');
  else {
    if (mapping.beamwidth === undefined) missing(`beamwidth column; sectors assumed ${DEFAULT_BEAMWIDTH_DEG}° wide`);
    if (mapping.tilt === undefined) missing(`tilt column; sectors assumed ${DEFAULT_TILT_DEG}° downtilt`);
  }
  if (mapping.tech === undefined) missing('technology column; radios assumed 4G unless a band names them');
  if (mapping.carrier === undefined && !options.carrier) missing('carrier column and no carrier given; carrier left blank');
  if (mapping.power !== undefined) log.warn(undefined, 'power column is checked but not used: coverage uses the link budget preset');
}

/**
 * Sites from parsed data rows (header excluded). Every data row ends in a site or sector, or in an error issue;
 * blank lines are skipped and counted.
 */
export function readSitesFromRows(
  headers: readonly string[], rows: readonly CsvRow[], mapping: ColumnMapping, options: ReadSitesOptions,
): CsvSitesResult {
  const log = new IssueLog();
  const coordsMapped = options.crs === 'wgs84' ? mapping.lat !== undefined && mapping.lon !== undefined : mapping.x !== undefined && mapping.y !== undefined;
  const stats: CsvImportStats = { dataRows: 0, blankRows: 0, importedRows: 0, rejectedRows: 0, sites: 0, sectors: 0, mode: 'per-site', xyOrder: null };
  const meridianDeg = meridianOf(options, log);
  const fatal = !coordsMapped || (options.crs === 'vn2000' && meridianDeg === null);
  if (!coordsMapped) {
    const need = options.crs === 'wgs84' ? 'latitude and longitude' : 'X and Y';
    log.error(undefined, `${options.fileName}: no ${need} columns found in the header (${headers.join(', ')}); choose them in the column mapping`);
  }
  fileWarnings(mapping, options, log);
  const ctx: RowContext = {
    headers, mapping, crs: options.crs, meridianDeg, area: options.areaBBox, decimalComma: options.decimalComma ?? false,
    fileName: options.fileName, log,
  };
  const records: RowRecord[] = [];
  const orders = new Set<XyOrder>();
  for (const row of rows) {
    if (isBlank(row)) {
      stats.blankRows++;
      continue;
    }
    stats.dataRows++;
    if (fatal) continue;
    if (row.cells.length > headers.length) {
      log.warn(row.line, `${row.cells.length} cells but ${headers.length} headers; extra cells ignored (a decimal comma in a comma-separated file?)`);
    }
    const record = readRow(ctx, row, `${options.fileName}:${row.line}`);
    if (record) {
      records.push(record);
      if (record.xyOrder) orders.add(record.xyOrder);
    }
  }
  if (fatal && stats.dataRows > 0) log.error(undefined, `${stats.dataRows} data rows not imported`);
  stats.mode = detectRowMode(records, mapping.cellId !== undefined);
  const before = log.errors;
  const sites = groupSites(records, stats.mode, options.carrier ?? '', log, mapping.siteId);
  stats.rejectedRows = fatal ? stats.dataRows : stats.dataRows - records.length + (log.errors - before);
  stats.importedRows = stats.dataRows - stats.rejectedRows;
  stats.sites = sites.length;
  stats.sectors = sites.reduce((n, s) => n + s.sectors.length, 0);
  stats.xyOrder = orders.size === 0 ? null : orders.size > 1 ? 'mixed' : ([...orders][0] ?? null);
  if (stats.xyOrder === 'x-easting') log.warn(undefined, `${options.fileName}: X holds eastings and Y northings (GIS order, not the surveying X = northing)`);
  if (stats.xyOrder === 'mixed') log.warn(undefined, `${options.fileName}: some rows give X as northing, others as easting; each row was read by its values`);
  return { items: sites, issues: log.issues, stats };
}
