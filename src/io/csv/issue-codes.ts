/**
 * Every problem the CSV readers report is a code plus parameters; these are the English texts (the CLI's language
 * and the `reason` of each issue). The app renders the same codes in Vietnamese or English through import-strings.
 * A placeholder {name} takes `params.name`, or, when `params.nameCode` is set, the text of that code (words such as
 * "latitude" and nested reasons are codes too, so they translate with the rest).
 */
import { renderCodedText, type Coded, type TextParams } from '../coded-text';

export const ISSUE_TEXT_EN = {
  // words used inside other texts
  w_latitude: 'latitude',
  w_longitude: 'longitude',
  w_latlon: 'latitude/longitude',
  w_xy: 'X/Y',
  w_beamwidth: 'beamwidth',
  w_tilt: 'tilt',
  w_needLatLon: 'latitude and longitude',
  w_needXy: 'X and Y',
  w_needEither: 'latitude and longitude or X and Y',
  w_swapped: 'latitude and longitude look swapped',
  w_lonSign: 'longitude has the wrong sign',
  w_latSign: 'latitude has the wrong sign',
  w_headersMore: '{shown} … and {more} more',
  // reading one coordinate (degrees or DMS)
  c_empty: 'empty',
  c_parts: '{count} numbers; expected degrees, minutes, seconds',
  c_notNumber: '"{part}" is not a number',
  c_decimals: 'only the last of degrees/minutes/seconds may have decimals',
  c_sign: 'minutes and seconds cannot carry a sign',
  c_minutes: 'minutes {min} must be under 60',
  c_seconds: 'seconds {sec} must be under 60',
  c_hemisphere: 'hemisphere {hemi} does not belong to a {axis}',
  c_negativeHemisphere: 'negative value with hemisphere {hemi}',
  c_notFinite: 'not a finite number',
  c_range: '{value} is outside ±{limit}',
  // the file
  fileEmpty: '{file} is empty (0 bytes)',
  utf16NoBom: '{file}: no byte order mark; read as {encoding} from its NUL bytes',
  notUtf8: '{file} is not valid UTF-8; read it as Windows-1258 (Vietnamese). Check the names; save as UTF-8 to be sure',
  mojibake: '{file} looks garbled ("{sample}"): UTF-8 text was once opened as Windows-1252 and saved again; Vietnamese names will read wrong. Re-export from the source',
  headerSkipped: 'line above the header skipped: "{text}"',
  noDataRows: '{file}: only a header row, no data rows to import',
  csvSyntax: 'CSV syntax: {detail}; check quotes on this record',
  noProvince: 'VN-2000 coordinates need the province (its zone central meridian); none given',
  unknownProvince: 'province "{province}" is not in the VN-2000 meridian table ({known})',
  noCoordColumns: '{file}: no {need} columns found in the header ({headers}); choose them in the column mapping',
  noSiteIdColumn: '{file}: no site id column; ids come from the name or the line number',
  noHeightColumn: '{file}: no height column; every site assumed {m} m',
  noAzimuthColumn: '{file}: no azimuth column; every site taken as one omnidirectional antenna',
  noBeamwidthColumn: '{file}: no beamwidth column; sectors assumed {deg}° wide',
  noTiltColumn: '{file}: no tilt column; sectors assumed {deg}° downtilt',
  noTechColumn: '{file}: no technology column; radios assumed 4G unless a band names them',
  noCarrierColumn: '{file}: no carrier column and no carrier given; carrier left blank',
  powerUnused: 'power column is checked but not used: coverage uses the link budget preset',
  rowsNotImported: '{n} data rows not imported',
  xEasting: '{file}: X holds eastings and Y northings (GIS order, not the surveying X = northing)',
  xyMixed: '{file}: some rows give X as northing, others as easting; each row was read by its values',
  // one row
  extraCells: '{cells} cells but {headers} headers; extra cells ignored (a decimal comma in a comma-separated file?)',
  siteIdBlank: 'site id is blank; used "{id}"',
  rowRejected: '{reason}; row not imported',
  latMissing: 'latitude is missing',
  lonMissing: 'longitude is missing',
  looksProjected: '{n} looks like projected metres, not degrees; import as VN-2000 X/Y with the province',
  coordBad: '{axis}: {why}',
  xMissing: 'X is missing',
  yMissing: 'Y is missing',
  xNotNumber: 'X is not a number',
  yNotNumber: 'Y is not a number',
  notVn2000: 'X {x}, Y {y} are not VN-2000 metres in Vietnam (northing 850000-2700000, easting 150000-850000)',
  rowNeedsProvince: 'VN-2000 X/Y need the province (its zone central meridian); choose it in the column mapping',
  noPosition: 'no position: latitude/longitude and X/Y are all blank',
  pairsDisagree: 'latitude/longitude ({lat}, {lon}) and X/Y ({xyLat}, {xyLon}) are {m} m apart',
  pairUnreadable: '{pair} unreadable ({reason}); used {used}',
  swappedApplied: 'latitude {value} is impossible; read the pair as swapped (lat {lat}, lon {lon})',
  outsideFix: '{lat}, {lon} is ~{km} km outside the area; {why}: {fixLat}, {fixLon} would be inside',
  outsideCheck: '{lat}, {lon} is ~{km} km outside the area; check the coordinates',
  outsideCheckXy: '{lat}, {lon} is ~{km} km outside the area; check X/Y and the province',
  heightBad: 'antenna height must be a number of metres above ground (0-{max}); row not imported',
  heightBlank: 'height is blank; assumed {m} m',
  azimuthBad: 'azimuth "{token}" is not a bearing in degrees; row not imported',
  azimuthBlank: 'azimuth is blank; taken as an omnidirectional antenna',
  numberRange: '{field} "{token}" is not a number in {min}..{max}; ignored',
  beamwidthBlank: 'beamwidth is blank; assumed {deg}°',
  tiltBlank: 'tilt is blank; assumed {deg}°',
  techUnknown: 'technology {list} is not 2G/3G/4G/5G; ignored',
  bandUnknown: 'band {list} is not a frequency; ignored',
  bandRange: 'band {band} MHz is outside 300-7200 MHz; ignored',
  bandNoTech: 'no technology for band {bands} MHz; assumed 4G',
  bandFitsNone: 'band {band} MHz fits none of the technologies {techs}; ignored',
  techBlank: 'technology is blank; assumed 4G',
  powerBad: 'power is not a number; ignored',
  powerOffsetBad: 'power offset "{value}" is not a number of dB in {min}..{max}; used 0 dB',
  proposedBad: 'proposed "{value}" is not yes/no (true, false, có, không); taken as an existing site',
  // rows of one site
  siteApart: 'site {site} is {m} m from its row on line {first}; used line {first}\'s position',
  heightsDiffer: 'site {site} rows give heights {min}-{max} m; used {max} m',
  repeatMerged: 'site {site} repeats line {first} exactly; merged',
  duplicateConflict: 'site {site} is already on line {first} with different values ({diff}); row not imported',
} as const;

export type CsvIssueCode = keyof typeof ISSUE_TEXT_EN;
export type IssueParams = TextParams;

export type CodedText = Coded<CsvIssueCode>;

export const coded = (code: CsvIssueCode, params: IssueParams = {}): CodedText => ({ code, params });

/** The text of a code in a language's table; unknown placeholders stay visible rather than vanish. */
export const renderIssueText = (table: Readonly<Record<CsvIssueCode, string>>, code: CsvIssueCode, params: IssueParams): string =>
  renderCodedText(table, code, params);

export const issueTextEn = (c: CodedText): string => renderIssueText(ISSUE_TEXT_EN, c.code, c.params);
