/**
 * File-level problems of the layer readers (shapefile, KML, GeoJSON files) as a code plus parameters, like the CSV
 * importer's: `reason` keeps the English text (the CLI's language, and what tests match), and the app renders the
 * code in Vietnamese or English (i18n/layer-issue-strings), with placeholders as in coded-text.
 * Problems inside one feature (its geometry, its properties) are codes of the same table (feature-issue-texts).
 */
import type { ImportIssue } from '../domain/model/types';
import { renderCodedText, type Coded, type TextParams } from './coded-text';
import { FEATURE_TEXT_EN } from './feature-issue-texts';

const FILE_TEXT_EN = {
  // shapefile zip
  notZip: 'is not a zip archive (a shapefile must be uploaded as one .zip holding .shp, .dbf, .prj)',
  unzipFailed: 'cannot be unzipped: {detail}',
  zipEntryTooBig: 'holds {entry}, which inflates to more than {limit} (the zip is {zipSize}); refused as a likely zip bomb',
  zipTotalTooBig: 'inflates to more than {limit} in all (the zip is {zipSize}); refused as a likely zip bomb',
  zipRatioTooHigh: 'holds {entry}, which inflates to over {inflated} from {compressed} (more than {ratio} times); refused as a likely zip bomb',
  noShp: 'holds no .shp file',
  noShpFound: 'holds no .shp file (found {names})',
  zipProblem: '{file} {problem}',
  manyShapefiles: '{file} holds {count} shapefiles; read {first} and ignored {rest}',
  noDbf: '{label}: no .dbf file, so the features have no attributes (names, codes, population)',
  dbfTooShort: 'is too short ({bytes} bytes) to be a dBase file',
  dbfBrokenHeader: 'has a broken header (header {header} bytes, record {record} bytes)',
  dbfTruncated: 'is truncated: header promises {records} records of {record} bytes but the file has {bytes} bytes',
  dbfBad: '{label}: .dbf {problem}; attributes were not read',
  dbfUnreadable: '{label}: .dbf cannot be read ({detail}); attributes were not read',
  dbfGarbledCpg: '{label}: some .dbf text is not valid as "{cpg}" (from the .cpg); Vietnamese letters may show as "\uFFFD". Add a .cpg naming the code page (e.g. 1258 or UTF-8)',
  dbfGarbledNoCpg: '{label}: some .dbf text is not valid as UTF-8 (there is no .cpg); Vietnamese letters may show as "\uFFFD". Add a .cpg naming the code page (e.g. 1258 or UTF-8)',
  prjVn2000Projection: 'VN-2000 with projection "{projection}" is not supported (only Transverse Mercator / UTM)',
  prjNoMeridian: 'VN-2000 .prj has no Central_Meridian',
  prjNotUnderstood: 'projection is not understood ({detail})',
  prjBad: '{label}: .prj {problem}',
  noPrj: '{label}: no .prj file; coordinates are taken as WGS84 longitude/latitude',
  prjVn2000Shift: '{label}: VN-2000 .prj without TOWGS84; applied the official VN-2000 → WGS84 shift (Decision 05/2007/QĐ-BTNMT)',
  shpUnreadable: '{label}: .shp cannot be read ({detail})',
  shpDbfCounts: '{label}: .shp has {shapes} shapes but .dbf has {records} records; attributes were matched in order',
  // KML / KMZ
  fileEmpty: '{file}: file is empty',
  notXml: '{file} cannot be read as XML: {detail}',
  notKmz: '{file} is not a KMZ (zip) archive',
  kmzProblem: '{file} {problem}',
  kmzNoKml: '{file} holds no .kml document',
  xmlNoRoot: 'has no root element',
  xmlMalformed: 'is not well-formed XML: {detail}',
  notKml: 'is not KML: its root element is <{root}>, expected <kml>',
  xmlProblem: '{file} {problem}',
  kmlReadAsSites: '{file}: {detected}; read as sites (choose another layer kind if these are villages)',
  // GeoJSON files
  jsonInvalid: '{file}: invalid JSON: {detail}',
  jsonInvalidAt: '{file}: invalid JSON at line {line}, column {column} (position {offset}): expected {expected}, found {found}',
  w_endOfFile: 'end of file',
  jsonNonFinite: '{file}: contains NaN/Infinity, which JSON does not allow; features using them are rejected',
  crsDeclared: '{file}: declares crs {crs}; only WGS84 longitude/latitude is read, so projected coordinates will be rejected as out of range',
  noFeaturesArray: '{file}: FeatureCollection has no "features" array',
  notGeoJsonType: '{file}: not GeoJSON: top-level type is {type}; expected FeatureCollection, Feature or a geometry',
  notGeoJsonTop: '{file}: not GeoJSON: top level is {value}',
  noFeatures: '{file}: contains no features',
  cannotTell: '{file}: cannot tell what layer this is: {detected}',
} as const;

export const LAYER_ISSUE_TEXT_EN = { ...FILE_TEXT_EN, ...FEATURE_TEXT_EN } as const;

export type LayerIssueCode = keyof typeof LAYER_ISSUE_TEXT_EN;
export type LayerIssueParams = TextParams;

export type LayerText = Coded<LayerIssueCode>;

export const layerText = (code: LayerIssueCode, params: LayerIssueParams = {}): LayerText => ({ code, params });

/** The text of a code in a language's table; unknown placeholders stay visible rather than vanish. */
export const renderLayerText = (table: Readonly<Record<LayerIssueCode, string>>, code: LayerIssueCode, params: LayerIssueParams): string =>
  renderCodedText(table, code, params);

export const layerTextEn = (t: LayerText): string => renderLayerText(LAYER_ISSUE_TEXT_EN, t.code, t.params);

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
  return { severity, reason: layerTextEn(text), layerCode: text.code, params: text.params };
}
