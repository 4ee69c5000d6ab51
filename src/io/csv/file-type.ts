import type { Site } from '../../domain/model/types';
import { sitesToCsv } from '../export/layers-csv';
import { SITES_CSV_FORMAT } from '../file-formats';
import { contentBytes, type FileType } from '../file-type';
import { importSitesCsv, type ImportSitesCsvOptions, type SitesCsvImport } from './import-sites-csv';

/** A carrier's site table (CSV, TSV or text); any file that looks like nothing else is tried as one. */
export const sitesCsvFile = {
  ...SITES_CSV_FORMAT,
  read: (content, fileName, options) => importSitesCsv(contentBytes(content), { ...options, fileName }),
  write: (sites) => sitesToCsv(sites),
} satisfies FileType<'csv', Omit<ImportSitesCsvOptions, 'fileName'>, SitesCsvImport, readonly Site[]>;
