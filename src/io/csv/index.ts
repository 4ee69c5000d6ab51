export { CSV_ENCODING_CHOICES, decodeCsvBytes, type CsvEncodingChoice, type DecodedText, type TextEncodingName } from './decode';
export { sniffCsv, findHeaderRow, type CsvDelimiter, type SniffedCsv } from './sniff';
export { parseCsvNumber } from './numbers';
export { guessMapping, headerKey, SITE_FIELDS, type ColumnMapping, type SiteField } from './mapping';
export { parseMappingProfile, type CsvCrs, type MappingProfile } from './mapping-profile';
export { parseCsvRows, parseCsvRowsChunked, type CsvRow } from './parse-rows';
export { readSitesFromRows, type CsvImportStats, type CsvSitesResult, type ReadSitesOptions } from './read-sites';
export type { CsvFix, CsvRowIssue } from './row-issue';
export type { BBox } from './location';
export {
  importSitesCsv, importSitesCsvStreaming, type ImportSitesCsvOptions, type SitesCsvImport, type StreamingOptions,
} from './import-sites-csv';
export { importReportCsv, issuesToCsv, type SiteDiffRow } from './issues-csv';
export { csvCell, toCsv, type CsvValue } from './write-csv';
export { PROVINCE_MARGIN_KM } from './province-check';
export { fitVn2000Zone, meridianText, zoneAreaOf, zoneCandidates, type ZoneArea, type ZoneFit } from './vn2000-zone';
