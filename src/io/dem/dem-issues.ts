/**
 * Problems of the elevation (DEM) readers and the resampler as a code plus parameters, like the layer readers'
 * (layer-issues): `file` names the file or tile; the texts, Vietnamese and English, are in i18n/dem-strings.ts.
 */
import type { TextParams } from '../coded-text';

export const DEM_ISSUE_CODES = [
  'dem-too-large',
  'dem-too-many-samples',
  'dem-hgt-size',
  'dem-hgt-name',
  'dem-zip-no-hgt',
  'dem-zip',
  'dem-unknown-format',
  'dem-tiff-unreadable',
  'dem-tiff-bands',
  'dem-tiff-sample-type',
  'dem-tiff-no-georef',
  'dem-unknown-crs',
  'dem-outside-area',
  'dem-tiles-disagree',
  'dem-missing',
] as const;

export type DemIssueCode = (typeof DEM_ISSUE_CODES)[number];

export interface DemIssue {
  severity: 'error' | 'warning';
  file: string;
  code: DemIssueCode;
  params: TextParams;
}

export const demIssue = (severity: DemIssue['severity'], file: string, code: DemIssueCode, params: TextParams = {}): DemIssue =>
  ({ severity, file, code, params: { file, ...params } });

