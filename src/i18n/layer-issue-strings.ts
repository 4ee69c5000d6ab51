import type { ImportIssue } from '../domain/model/types';
import { renderCodedText } from '../io/coded-text';
import type { FileIssueCode, LayerIssueCode, LayerText } from '../io/layer-issues';
import { FEATURE_TEXT_EN, FEATURE_TEXT_VI } from './feature-issue-strings';
import type { Lang } from './lang';

/** The layer readers' file-level problems in English (the CLI's language), code for code (see io/layer-issues). */
const FILE_TEXT_EN: Readonly<Record<FileIssueCode, string>> = {
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
};

/** The layer readers' file-level problems in Vietnamese, code for code. */
const FILE_TEXT_VI: Readonly<Record<FileIssueCode, string>> = {
  notZip: 'không phải tệp nén zip (shapefile phải được tải lên thành một tệp .zip chứa .shp, .dbf, .prj)',
  unzipFailed: 'không giải nén được: {detail}',
  zipEntryTooBig: 'chứa {entry}, giải nén ra hơn {limit} (tệp zip chỉ {zipSize}); bị từ chối vì có thể là bom zip',
  zipTotalTooBig: 'giải nén ra tổng cộng hơn {limit} (tệp zip chỉ {zipSize}); bị từ chối vì có thể là bom zip',
  zipRatioTooHigh: 'chứa {entry}, giải nén ra hơn {inflated} từ {compressed} (gấp hơn {ratio} lần); bị từ chối vì có thể là bom zip',
  noShp: 'không chứa tệp .shp nào',
  noShpFound: 'không chứa tệp .shp nào (chỉ có {names})',
  zipProblem: '{file} {problem}',
  manyShapefiles: '{file} chứa {count} shapefile; đã đọc {first} và bỏ qua {rest}',
  noDbf: '{label}: không có tệp .dbf nên các đối tượng không có thuộc tính (tên, mã, dân số)',
  dbfTooShort: 'quá ngắn ({bytes} byte) để là tệp dBase',
  dbfBrokenHeader: 'có phần đầu hỏng (phần đầu {header} byte, bản ghi {record} byte)',
  dbfTruncated: 'bị cắt cụt: phần đầu ghi {records} bản ghi {record} byte nhưng tệp chỉ có {bytes} byte',
  dbfBad: '{label}: tệp .dbf {problem}; không đọc thuộc tính',
  dbfUnreadable: '{label}: không đọc được tệp .dbf ({detail}); không đọc thuộc tính',
  dbfGarbledCpg: '{label}: một phần chữ trong .dbf không hợp lệ theo "{cpg}" (từ tệp .cpg); chữ tiếng Việt có thể hiện thành "\uFFFD". Thêm tệp .cpg ghi đúng bảng mã (vd. 1258 hoặc UTF-8)',
  dbfGarbledNoCpg: '{label}: một phần chữ trong .dbf không hợp lệ theo UTF-8 (không có tệp .cpg); chữ tiếng Việt có thể hiện thành "\uFFFD". Thêm tệp .cpg ghi đúng bảng mã (vd. 1258 hoặc UTF-8)',
  prjVn2000Projection: 'VN-2000 với phép chiếu "{projection}" chưa được hỗ trợ (chỉ Transverse Mercator / UTM)',
  prjNoMeridian: 'tệp .prj VN-2000 không có Central_Meridian (kinh tuyến trục)',
  prjNotUnderstood: 'không hiểu được phép chiếu ({detail})',
  prjBad: '{label}: tệp .prj {problem}',
  noPrj: '{label}: không có tệp .prj; tọa độ được coi là kinh độ/vĩ độ WGS84',
  prjVn2000Shift: '{label}: tệp .prj VN-2000 không có TOWGS84; đã áp dụng phép chuyển VN-2000 → WGS84 chính thức (Quyết định 05/2007/QĐ-BTNMT)',
  shpUnreadable: '{label}: không đọc được tệp .shp ({detail})',
  shpDbfCounts: '{label}: tệp .shp có {shapes} hình nhưng .dbf có {records} bản ghi; thuộc tính được ghép theo thứ tự',
  fileEmpty: '{file}: tệp rỗng',
  notXml: 'không đọc được {file} dưới dạng XML: {detail}',
  notKmz: '{file} không phải tệp KMZ (zip)',
  kmzProblem: '{file} {problem}',
  kmzNoKml: '{file} không chứa tài liệu .kml nào',
  xmlNoRoot: 'không có phần tử gốc',
  xmlMalformed: 'không phải XML hợp lệ: {detail}',
  notKml: 'không phải KML: phần tử gốc là <{root}>, cần <kml>',
  xmlProblem: '{file} {problem}',
  kmlReadAsSites: '{file}: {detected}; đã đọc thành trạm BTS (chọn loại lớp khác nếu đây là thôn, bon)',
  jsonInvalid: '{file}: JSON không hợp lệ: {detail}',
  jsonInvalidAt: '{file}: JSON không hợp lệ ở dòng {line}, cột {column} (vị trí {offset}): cần {expected}, gặp {found}',
  w_endOfFile: 'cuối tệp',
  jsonNonFinite: '{file}: có NaN/Infinity, JSON không cho phép; các đối tượng dùng chúng bị loại',
  crsDeclared: '{file}: khai báo hệ tọa độ {crs}; chỉ đọc kinh độ/vĩ độ WGS84 nên tọa độ phẳng sẽ bị loại vì ngoài phạm vi',
  noFeaturesArray: '{file}: FeatureCollection không có mảng "features"',
  notGeoJsonType: '{file}: không phải GeoJSON: kiểu cấp cao nhất là {type}; cần FeatureCollection, Feature hoặc một hình học',
  notGeoJsonTop: '{file}: không phải GeoJSON: cấp cao nhất là {value}',
  noFeatures: '{file}: không có đối tượng nào',
  cannotTell: '{file}: không xác định được đây là lớp dữ liệu gì: {detected}',
};

export const LAYER_ISSUE_TEXT_VI: Readonly<Record<LayerIssueCode, string>> = { ...FILE_TEXT_VI, ...FEATURE_TEXT_VI };
export const LAYER_ISSUE_TEXT_EN: Readonly<Record<LayerIssueCode, string>> = { ...FILE_TEXT_EN, ...FEATURE_TEXT_EN };

/** A layer reader's coded text in a language (the CLI renders it with 'en'). */
export const layerTextIn = (lang: Lang, t: LayerText): string => renderCodedText(lang === 'vi' ? LAYER_ISSUE_TEXT_VI : LAYER_ISSUE_TEXT_EN, t.code, t.params);

const isLayerCode = (code: string | undefined): code is LayerIssueCode => code !== undefined && Object.hasOwn(LAYER_ISSUE_TEXT_EN, code);

/** A layer reader's issue in the UI's language; an issue without a layer code shows the code it has. */
export function layerIssueReason(lang: Lang, issue: ImportIssue): string {
  const code = issue.layerCode;
  if (!isLayerCode(code)) return code ?? '?';
  return renderCodedText(lang === 'vi' ? LAYER_ISSUE_TEXT_VI : LAYER_ISSUE_TEXT_EN, code, issue.params ?? {});
}

/** Like layerIssueReason, without the "feature N: " frame of a feature's problem (for a list that names the feature). */
export function featureProblemReason(lang: Lang, issue: ImportIssue): string {
  const inner = issue.params?.messageCode;
  if (issue.layerCode !== 'feature' || typeof inner !== 'string' || !isLayerCode(inner)) return layerIssueReason(lang, issue);
  return renderCodedText(lang === 'vi' ? LAYER_ISSUE_TEXT_VI : LAYER_ISSUE_TEXT_EN, inner, issue.params ?? {});
}
