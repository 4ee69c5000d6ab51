import { IMPORT_DEFAULTS } from '../../domain/model/site-rules';
import type { ImportResult, Site } from '../../domain/model/types';
import { centralMeridianOf, VN2000_PROVINCES } from '../coords/vn2000-meridians';
import { resolveXy, type XyOrder } from '../coords/vn2000';
import { detectRowMode, groupSites, type RowMode } from './group-sites';
import type { BBox } from './location';
import type { ColumnMapping } from './mapping';
import type { CsvCrs } from './mapping-profile';
import { shortList } from '../coded-text';
import { coded, type CsvIssueCode, type IssueParams } from './issue-codes';
import type { CoordKinds } from './locate-row';
import type { CsvRow } from './parse-rows';
import { readRow, type RowContext, type RowRecord } from './read-row';
import { IssueLog, type CsvRowIssue } from './row-issue';
import { parseCsvNumber } from './numbers';
import { fitVn2000Zone, meridianText, type ZoneArea } from './vn2000-zone';
import { PROVINCE_MARGIN_KM, type ProvinceCheck } from './province-check';

export interface ReadSitesOptions {
  fileName: string;
  /** 'mixed' (or a file mapping both pairs with no crs narrowing it) reads each row from the pair it fills. */
  crs: CsvCrs;
  /** VN-2000: the province whose 3° zone the X/Y are in (or give `centralMeridianDeg`). */
  province?: string;
  centralMeridianDeg?: number;
  /**
   * The loaded boundaries. VN-2000 without a province or meridian: the zone is inferred from them and checked against
   * them. Sites outside them by more than `provinceMarginKm` are errors (unless their line is in `keptLines`).
   */
  zoneArea?: ZoneArea;
  /** Sites outside the boundaries by more than this, km, are errors (default PROVINCE_MARGIN_KM). */
  provinceMarginKm?: number;
  /** Lines the user includes as read although outside the province. */
  keptLines?: readonly number[];
  /** Without `zoneArea`: points well outside this box are warned about, moved when a swap or sign change brings them inside. */
  areaBBox?: BBox;
  /** Carrier for rows without one (a profile's carrier). */
  carrier?: string;
  decimalComma?: boolean;
  /** Rows of one site id further apart than this, m, are an error on the later row (default SITE_ROWS_APART_MAX_M). */
  maxRowsApartM?: number;
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
  /** The VN-2000 zone meridian the X/Y were read in (chosen or inferred), null when none was. */
  meridianDeg: number | null;
}

export interface CsvSitesResult extends ImportResult<Site> {
  issues: CsvRowIssue[];
  stats: CsvImportStats;
}

const isBlank = (row: CsvRow): boolean => row.cells.every((c) => c.trim() === '');

/** The pairs read: those mapped, narrowed to one when the crs names one. */
export function coordKindsOf(mapping: ColumnMapping, crs: CsvCrs): CoordKinds {
  return {
    latLon: crs !== 'vn2000' && mapping.lat !== undefined && mapping.lon !== undefined,
    xy: crs !== 'wgs84' && mapping.x !== undefined && mapping.y !== undefined,
  };
}

/** The rows' X/Y that read as VN-2000 metres, for telling the zone. */
function xyPoints(headers: readonly string[], rows: readonly CsvRow[], mapping: ColumnMapping, decimalComma: boolean) {
  const xAt = mapping.x === undefined ? -1 : headers.indexOf(mapping.x);
  const yAt = mapping.y === undefined ? -1 : headers.indexOf(mapping.y);
  const points: { easting: number; northing: number }[] = [];
  for (const row of rows) {
    const x = parseCsvNumber(row.cells[xAt] ?? '', decimalComma);
    const y = parseCsvNumber(row.cells[yAt] ?? '', decimalComma);
    if (x === undefined || y === undefined) continue;
    const resolved = resolveXy(x, y);
    if (typeof resolved !== 'string') points.push(resolved);
  }
  return points;
}

/** No province chosen: the meridian under which the points fall inside the loaded boundaries, said in the report. */
function inferredMeridian(area: ZoneArea, points: readonly { easting: number; northing: number }[], log: IssueLog): number | null {
  const fit = fitVn2000Zone(points, area);
  const ownDeg = area.province === null ? null : centralMeridianOf(area.province);
  const counts = { inside: fit?.inside ?? 0, sampled: fit?.sampled ?? points.length };
  if (fit && fit.inside * 2 >= fit.sampled) {
    const meridian = meridianText(fit.meridianDeg);
    if (area.province === null || ownDeg === null) log.warn(undefined, coded('zoneFromArea', { meridian, ...counts }));
    else if (fit.meridianDeg === ownDeg) log.warn(undefined, coded('zoneFromProvince', { province: area.province, meridian, ...counts }));
    else log.warn(undefined, coded('zoneNeighbour', { province: area.province, meridian, own: meridianText(ownDeg), ...counts }));
    return fit.meridianDeg;
  }
  if (area.province !== null && ownDeg !== null) {
    log.warn(undefined, coded('zoneUnchecked', { province: area.province, meridian: meridianText(ownDeg), ...counts }));
    return ownDeg;
  }
  log.error(undefined, coded('zoneNotFound', counts));
  return null;
}

function meridianOf(
  options: ReadSitesOptions, kinds: CoordKinds, log: IssueLog, xy: () => { easting: number; northing: number }[],
): number | null {
  if (!kinds.xy) return null;
  if (options.centralMeridianDeg !== undefined) return options.centralMeridianDeg;
  const fromProvince = options.province === undefined ? null : centralMeridianOf(options.province);
  if (fromProvince !== null) return fromProvince;
  if (options.province === undefined && options.zoneArea) {
    const points = xy();
    if (points.length > 0) return inferredMeridian(options.zoneArea, points, log);
  }
  log.error(undefined, options.province === undefined
    ? coded('noProvince')
    : coded('unknownProvince', { province: options.province, known: VN2000_PROVINCES.join(', ') }));
  return null;
}

function fileWarnings(mapping: ColumnMapping, options: ReadSitesOptions, log: IssueLog): void {
  const file = options.fileName;
  const missing = (code: CsvIssueCode, params: Record<string, number> = {}) => log.warn(undefined, coded(code, { file, ...params }));
  if (mapping.siteId === undefined) missing('noSiteIdColumn');
  if (mapping.height === undefined) missing('noHeightColumn', { m: IMPORT_DEFAULTS.heightM });
  if (mapping.azimuth === undefined) missing('noAzimuthColumn');
  else {
    if (mapping.beamwidth === undefined) missing('noBeamwidthColumn', { deg: IMPORT_DEFAULTS.beamwidthDeg });
    if (mapping.tilt === undefined) missing('noTiltColumn', { deg: IMPORT_DEFAULTS.downtiltDeg });
  }
  if (mapping.tech === undefined) missing('noTechColumn');
  if (mapping.carrier === undefined && !options.carrier) missing('noCarrierColumn');
  if (mapping.power !== undefined) log.warn(undefined, coded('powerUnused'));
}

/**
 * Sites from parsed data rows (header excluded). Every data row ends in a site or sector, or in an error issue;
 * blank lines are skipped and counted.
 */
export function readSitesFromRows(
  headers: readonly string[], rows: readonly CsvRow[], mapping: ColumnMapping, options: ReadSitesOptions,
): CsvSitesResult {
  const log = new IssueLog();
  const kinds = coordKindsOf(mapping, options.crs);
  const coordsMapped = kinds.latLon || kinds.xy;
  const stats: CsvImportStats = { dataRows: 0, blankRows: 0, importedRows: 0, rejectedRows: 0, sites: 0, sectors: 0, mode: 'per-site', xyOrder: null, meridianDeg: null };
  const meridianDeg = meridianOf(options, kinds, log, () => xyPoints(headers, rows, mapping, options.decimalComma ?? false));
  stats.meridianDeg = meridianDeg;
  // without a province an X/Y-only file has nothing to read; a mixed file still reads its lat/lon rows
  const fatal = !coordsMapped || (!kinds.latLon && meridianDeg === null);
  if (!coordsMapped) {
    const need = options.crs === 'wgs84' ? 'w_needLatLon' : options.crs === 'vn2000' ? 'w_needXy' : 'w_needEither';
    const { shown, more } = shortList(headers);
    const listed: IssueParams = more > 0 ? { headersCode: 'w_headersMore', shown, more } : { headers: shown };
    log.error(undefined, coded('noCoordColumns', { file: options.fileName, needCode: need, ...listed }));
  }
  fileWarnings(mapping, options, log);
  const province: ProvinceCheck | undefined = options.zoneArea && {
    area: options.zoneArea, marginKm: options.provinceMarginKm ?? PROVINCE_MARGIN_KM, keptLines: new Set(options.keptLines ?? []),
  };
  const ctx: RowContext = {
    headers, mapping, kinds, meridianDeg, area: province ? undefined : options.areaBBox, decimalComma: options.decimalComma ?? false,
    fileName: options.fileName, log, ...(province ? { province } : {}),
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
    // a cut-off line (or two merged by a stray line end) would read its later columns as blank
    if (row.cells.length < headers.length) {
      log.error(row.line, coded('tooFewColumns', { cells: row.cells.length, headers: headers.length }));
      continue;
    }
    if (row.cells.length > headers.length) {
      log.warn(row.line, coded('extraCells', { cells: row.cells.length, headers: headers.length }));
    }
    const record = readRow(ctx, row, `${options.fileName}:${row.line}`);
    if (record) {
      records.push(record);
      if (record.xyOrder) orders.add(record.xyOrder);
    }
  }
  if (fatal && stats.dataRows > 0) log.error(undefined, coded('rowsNotImported', { n: stats.dataRows }));
  stats.mode = detectRowMode(records, mapping.cellId !== undefined, options.maxRowsApartM);
  const before = log.errors;
  const sites = groupSites(records, stats.mode, log, {
    fallbackCarrier: options.carrier ?? '', idColumn: mapping.siteId, heightColumn: mapping.height, tiltColumn: mapping.tilt,
    ...(options.maxRowsApartM !== undefined ? { maxRowsApartM: options.maxRowsApartM } : {}),
  });
  stats.rejectedRows = fatal ? stats.dataRows : stats.dataRows - records.length + (log.errors - before);
  stats.importedRows = stats.dataRows - stats.rejectedRows;
  stats.sites = sites.length;
  stats.sectors = sites.reduce((n, s) => n + s.sectors.length, 0);
  stats.xyOrder = orders.size === 0 ? null : orders.size > 1 ? 'mixed' : ([...orders][0] ?? null);
  if (stats.xyOrder === 'x-easting') log.warn(undefined, coded('xEasting', { file: options.fileName }));
  if (stats.xyOrder === 'mixed') log.warn(undefined, coded('xyMixed', { file: options.fileName }));
  return { items: sites, issues: log.issues, stats };
}
