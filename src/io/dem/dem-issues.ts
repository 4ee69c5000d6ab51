/**
 * Problems of the elevation (DEM) readers and the resampler as a code plus parameters, like the layer readers'
 * (layer-issues): `file` names the file or tile, and the English text comes from DEM_ISSUE_TEXT_EN.
 */
import { renderCodedText, type TextParams } from '../coded-text';

export const DEM_ISSUE_TEXT_EN = {
  'dem-too-large': '{file} is {size}, over the {limit} an elevation file may be; it was not read',
  'dem-too-many-samples': '{file} holds {width} × {height} samples, over the {limit} million one elevation file may hold; it was not read',
  'dem-hgt-size': '{file} is not an SRTM tile: expected {expected} bytes (1201² or 3601² samples), got {got} bytes',
  'dem-hgt-name': '{file}: the name does not give the tile\'s south-west corner (like N12E107.hgt), so the tile cannot be placed',
  'dem-zip-no-hgt': '{file} holds no .hgt tile',
  'dem-zip': '{file} cannot be unzipped: {detail}',
  'dem-unknown-format': '{file} is not an elevation file (.hgt, .hgt.zip, .zip of .hgt, .tif/.tiff)',
  'dem-tiff-unreadable': '{file} cannot be read as a GeoTIFF: {detail}',
  'dem-tiff-bands': '{file} has {bands} bands; an elevation GeoTIFF has one',
  'dem-tiff-sample-type': '{file} stores samples as {type}; only int16, uint16 and float32 are read',
  'dem-tiff-no-georef': '{file} has no north-up georeferencing (tie point and pixel scale)',
  'dem-unknown-crs': '{file} uses the coordinate system EPSG:{epsg}, which is not known here (WGS84, UTM, VN-2000 are)',
  'dem-outside-area': '{file} lies outside the planning area (it covers {west}…{east}°E, {south}…{north}°N)',
  'dem-tiles-disagree': '{file} and {other} differ by {meanM} m on average where they overlap',
  'dem-missing': '{percent}% of the area has no elevation ({voidPercent}% in voids of the tiles)',
} as const;

export type DemIssueCode = keyof typeof DEM_ISSUE_TEXT_EN;

export interface DemIssue {
  severity: 'error' | 'warning';
  file: string;
  code: DemIssueCode;
  params: TextParams;
}

export const demIssue = (severity: DemIssue['severity'], file: string, code: DemIssueCode, params: TextParams = {}): DemIssue =>
  ({ severity, file, code, params: { file, ...params } });

export const demIssueEn = (issue: DemIssue): string => renderCodedText(DEM_ISSUE_TEXT_EN, issue.code, issue.params);
