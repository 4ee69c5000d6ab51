/**
 * File-level problems of the layer readers (shapefile, KML, GeoJSON files) as a code plus parameters, like the CSV
 * importer's: io never words them; the texts, Vietnamese and English (the CLI's language), are in
 * i18n/layer-issue-strings, with placeholders as in coded-text.
 * Problems inside one feature (its geometry, its properties) are codes of the same table (feature-issue-texts).
 */
import type { ImportIssue } from '../domain/model/types';
import type { Coded, TextParams } from './coded-text';
import { FEATURE_ISSUE_CODES } from './feature-issue-texts';

export const FILE_ISSUE_CODES = [
  'notZip',
  'unzipFailed',
  'zipEntryTooBig',
  'zipTotalTooBig',
  'zipRatioTooHigh',
  'noShp',
  'noShpFound',
  'zipProblem',
  'manyShapefiles',
  'noDbf',
  'dbfTooShort',
  'dbfBrokenHeader',
  'dbfTruncated',
  'dbfBad',
  'dbfUnreadable',
  'dbfGarbledCpg',
  'dbfGarbledNoCpg',
  'prjVn2000Projection',
  'prjNoMeridian',
  'prjNotUnderstood',
  'prjBad',
  'noPrj',
  'prjVn2000Shift',
  'shpUnreadable',
  'shpDbfCounts',
  'fileEmpty',
  'notXml',
  'notKmz',
  'kmzProblem',
  'kmzNoKml',
  'xmlNoRoot',
  'xmlMalformed',
  'notKml',
  'xmlProblem',
  'kmlReadAsSites',
  'jsonInvalid',
  'jsonInvalidAt',
  'w_endOfFile',
  'jsonNonFinite',
  'crsDeclared',
  'noFeaturesArray',
  'notGeoJsonType',
  'notGeoJsonTop',
  'noFeatures',
  'cannotTell',
] as const;

export const LAYER_ISSUE_CODES = [...FILE_ISSUE_CODES, ...FEATURE_ISSUE_CODES] as const;

export type FileIssueCode = (typeof FILE_ISSUE_CODES)[number];
export type LayerIssueCode = (typeof LAYER_ISSUE_CODES)[number];
export type LayerIssueParams = TextParams;

export type LayerText = Coded<LayerIssueCode>;

export const layerText = (code: LayerIssueCode, params: LayerIssueParams = {}): LayerText => ({ code, params });

/**
 * `outer` with `inner` nested as its {problem}: the inner code's parameters join the outer's (their names differ
 * by construction: an inner text never uses the outer's label or file).
 */
export function withProblem(outer: LayerIssueCode, params: LayerIssueParams, inner: LayerText): LayerText {
  return nested(outer, params, { problem: inner });
}

/**
 * `code` whose placeholders named in `slots` take those texts: each slot's parameters join the others' (the
 * templates are written so that their names differ) and `{slot}` renders the slot's code.
 */
export function nested(code: LayerIssueCode, params: LayerIssueParams, slots: Readonly<Record<string, LayerText>>): LayerText {
  const merged: Record<string, string | number> = {};
  for (const [slot, inner] of Object.entries(slots)) Object.assign(merged, inner.params, { [`${slot}Code`]: inner.code });
  return layerText(code, { ...merged, ...params });
}

export function layerIssue(severity: ImportIssue['severity'], text: LayerText): ImportIssue {
  return { severity, layerCode: text.code, params: text.params };
}
