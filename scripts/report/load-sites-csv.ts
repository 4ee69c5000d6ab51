import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ReportingUnit, Site } from '../../src/domain/model/types';
import { issueReason } from '../../src/i18n/import-strings';
import { importSitesCsv, parseMappingProfile, zoneAreaOf, type CsvRowIssue, type MappingProfile } from '../../src/io/csv';
import { ReportArgError } from './args';

/** Mainland Vietnam and its islands: without boundaries to check against, CSV points well outside are flagged as likely typos. */
const VIETNAM_BBOX = [102.1, 8.1, 109.5, 23.4] as const;

/** A fatal input problem: message on stderr, exit code 2. */
export class ReportInputError extends ReportArgError {}

export function readBytes(path: string, flag: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new ReportInputError(`${path} (${flag}): cannot read file: ${code}`);
  }
}

export function readMappingProfile(path: string): MappingProfile {
  const text = new TextDecoder().decode(readBytes(path, '--mapping'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ReportInputError(`${path} (--mapping): invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const profile = parseMappingProfile(json);
  if (typeof profile === 'string') throw new ReportInputError(`${path} (--mapping): ${profile}`);
  return profile;
}

/** The boundaries the report runs on: a VN-2000 file without a profile's province has its zone inferred from them. */
export interface SitesArea {
  units: readonly ReportingUnit[];
  name: string;
}

/** Sites of a carrier CSV, with the automatic column guesses or the profile's mapping. */
export function loadSitesCsv(path: string, profile: MappingProfile | null, area?: SitesArea): { items: Site[]; issues: CsvRowIssue[] } {
  const zoneArea = area ? zoneAreaOf(area.units, area.name) : undefined;
  const imported = importSitesCsv(readBytes(path, '--sites'), {
    fileName: basename(path),
    areaBBox: VIETNAM_BBOX,
    ...(profile ? { profile } : {}),
    ...(zoneArea ? { zoneArea } : {}),
  });
  const { items, issues } = imported.result;
  if (items.length === 0) {
    const first = issues.find((i) => i.severity === 'error' && i.line === undefined) ?? issues.find((i) => i.severity === 'error');
    const reason = first ? issueReason('en', first) : 'no data rows';
    const found = imported.headers.length > 0 ? `; columns found: ${imported.headers.join(', ')}` : '';
    throw new ReportInputError(`${path} (--sites): no valid sites in the file (${reason})${found}`);
  }
  return { items, issues };
}
