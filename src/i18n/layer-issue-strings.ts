import type { ImportIssue } from '../domain/model/types';
import { LAYER_ISSUE_TEXT_EN, renderLayerText, type LayerIssueCode } from '../io/layer-issues';
import { FEATURE_TEXT_VI } from './feature-issue-strings';
import type { Lang } from './lang';

/** The layer readers' file-level problems in Vietnamese, code for code (see io/layer-issues). */
const FILE_TEXT_VI = {
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

const isLayerCode = (code: string | undefined): code is LayerIssueCode => code !== undefined && Object.hasOwn(LAYER_ISSUE_TEXT_EN, code);

/** A layer reader's issue in the UI's language; issues without a layer code keep their (English) text. */
export function layerIssueReason(lang: Lang, issue: ImportIssue): string {
  const code = issue.layerCode;
  if (!isLayerCode(code)) return issue.reason;
  return renderLayerText(lang === 'vi' ? LAYER_ISSUE_TEXT_VI : LAYER_ISSUE_TEXT_EN, code, issue.params ?? {});
}

/** Like layerIssueReason, without the "feature N: " frame of a feature's problem (for a list that names the feature). */
export function featureProblemReason(lang: Lang, issue: ImportIssue): string {
  const inner = issue.params?.messageCode;
  if (issue.layerCode !== 'feature' || typeof inner !== 'string' || !isLayerCode(inner)) return layerIssueReason(lang, issue);
  return renderLayerText(lang === 'vi' ? LAYER_ISSUE_TEXT_VI : LAYER_ISSUE_TEXT_EN, inner, issue.params ?? {});
}
