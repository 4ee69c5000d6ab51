/**
 * Problems of the land-cover readers (GeoJSON polygons, classified GeoTIFF) as a code plus parameters; `file`
 * names the file. The texts, Vietnamese and English, are in i18n/land-cover-strings.ts.
 */
import type { ImportIssue } from '../../domain/model/types';
import type { TextParams } from '../coded-text';

export const LAND_COVER_ISSUE_CODES = [
  'lc-unreadable',
  'lc-no-class',
  'lc-unknown-class',
  'lc-not-polygon',
  'lc-empty',
  'lc-unknown-format',
  'lc-too-large',
  'lc-tiff-unreadable',
  'lc-tiff-bands',
  'lc-tiff-too-many-samples',
  'lc-tiff-unknown-crs',
  'lc-tiff-no-georef',
  'lc-tiff-float',
  'lc-tiff-too-many-values',
  'lc-tiff-unknown-codes',
  'lc-tiff-unknown-values',
  'lc-tiff-no-class',
  'lc-outside-area',
] as const;

export type LandCoverIssueCode = (typeof LAND_COVER_ISSUE_CODES)[number];

export interface LandCoverIssue {
  severity: 'error' | 'warning';
  code: LandCoverIssueCode;
  params: TextParams;
  /** For 'lc-unreadable': the GeoJSON reader's own issue (rendered as the {detail}). */
  cause?: ImportIssue;
}

export const landCoverIssue = (severity: LandCoverIssue['severity'], file: string, code: LandCoverIssueCode, params: TextParams = {}): LandCoverIssue =>
  ({ severity, code, params: { file, ...params } });
