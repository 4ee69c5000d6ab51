/** Elevation (DEM) import: the readers' issue codes and the import's own messages, Vietnamese and English. */
import type { DemIssue, DemIssueCode } from '../io/dem/dem-issues';
import type { Lang } from './lang';
import { fillTemplate, MAX_QUOTED_CHARS } from '../io/coded-text';
import { LAYER_ISSUE_TEXT_EN, LAYER_ISSUE_TEXT_VI } from './layer-issue-strings';
import { render, type Params, type Table } from './render';

const vi = {
  'dem-too-large': '{file} nặng {size}, vượt giới hạn {limit} của một tệp độ cao; tệp không được đọc',
  'dem-too-many-samples': '{file} có {width} × {height} điểm, vượt giới hạn {limit} triệu điểm của một tệp độ cao; tệp không được đọc',
  'dem-hgt-size': '{file} không phải ô SRTM: cần {expected} byte (1201² hoặc 3601² điểm), tệp có {got} byte',
  'dem-hgt-name': '{file}: tên tệp không cho biết góc tây nam của ô (dạng N12E107.hgt) nên không đặt được ô lên bản đồ',
  'dem-zip-no-hgt': '{file} không chứa ô .hgt nào',
  'dem-zip': 'không giải nén được {file}: {zip}',
  'dem-unknown-format': '{file} không phải tệp độ cao (.hgt, .hgt.zip, .zip chứa .hgt, .tif/.tiff)',
  'dem-tiff-unreadable': 'không đọc được {file} dạng GeoTIFF: {detail}',
  'dem-tiff-bands': '{file} có {bands} kênh; GeoTIFF độ cao chỉ có một kênh',
  'dem-tiff-sample-type': '{file} lưu giá trị dạng {type}; chỉ đọc được int16, uint16 và float32',
  'dem-tiff-no-georef': '{file} không có tham chiếu địa lý hướng bắc (điểm gốc và kích thước điểm ảnh)',
  'dem-unknown-crs': '{file} dùng hệ tọa độ EPSG:{epsg}, chưa được hỗ trợ (hỗ trợ WGS84, UTM, VN-2000)',
  'dem-outside-area': '{file} nằm ngoài vùng quy hoạch (phủ {west}…{east}°E, {south}…{north}°N)',
  'dem-tiles-disagree': '{file} và {other} lệch nhau trung bình {meanM} m ở phần chồng lấn',
  'dem-missing': '{percent}% diện tích chưa có độ cao ({voidPercent}% là ô trống trong dữ liệu); ở đó không tính suy hao địa hình',
  demDone: 'Đã nhập độ cao từ {files}: ô {cell} m, {covered}% diện tích. Vùng phủ đã tính lại có địa hình.',
  demNothing: 'Không nhập được độ cao từ {files}; dự án giữ nguyên.',
  demReading: 'Đang đọc dữ liệu độ cao…',
} as const;

export type DemStringKey = keyof typeof vi;

const en: Record<DemStringKey, string> = {
  'dem-too-large': '{file} is {size}, over the {limit} an elevation file may be; it was not read',
  'dem-too-many-samples': '{file} holds {width} × {height} samples, over the {limit} million one elevation file may hold; it was not read',
  'dem-hgt-size': '{file} is not an SRTM tile: expected {expected} bytes (1201² or 3601² samples), got {got} bytes',
  'dem-hgt-name': '{file}: the name does not give the tile\'s south-west corner (like N12E107.hgt), so the tile cannot be placed',
  'dem-zip-no-hgt': '{file} holds no .hgt tile',
  'dem-zip': '{file} cannot be unzipped: {zip}',
  'dem-unknown-format': '{file} is not an elevation file (.hgt, .hgt.zip, .zip of .hgt, .tif/.tiff)',
  'dem-tiff-unreadable': '{file} cannot be read as a GeoTIFF: {detail}',
  'dem-tiff-bands': '{file} has {bands} bands; an elevation GeoTIFF has one',
  'dem-tiff-sample-type': '{file} stores samples as {type}; only int16, uint16 and float32 are read',
  'dem-tiff-no-georef': '{file} has no north-up georeferencing (tie point and pixel scale)',
  'dem-unknown-crs': '{file} uses the coordinate system EPSG:{epsg}, which is not known here (WGS84, UTM, VN-2000 are)',
  'dem-outside-area': '{file} lies outside the planning area (it covers {west}…{east}°E, {south}…{north}°N)',
  'dem-tiles-disagree': '{file} and {other} differ by {meanM} m on average where they overlap',
  'dem-missing': '{percent}% of the area has no elevation ({voidPercent}% in voids of the tiles); no terrain loss is computed there',
  demDone: 'Elevation imported from {files}: {cell} m cells, {covered}% of the area. Coverage recomputed with terrain.',
  demNothing: 'No elevation could be imported from {files}; the project is unchanged.',
  demReading: 'Reading elevation data…',
};

export const DEM_STRINGS: Table<DemStringKey> = { vi, en };

export function demText(lang: Lang, key: DemStringKey, params?: Params): string {
  return render(lang, DEM_STRINGS, key, params);
}

/** A code of the layer readers' table that a DEM text nests (`{zip}` from `zipCode`: why a zip was refused). */
export function demNestedText(lang: Lang, code: string): string | undefined {
  const layer = lang === 'vi' ? LAYER_ISSUE_TEXT_VI : LAYER_ISSUE_TEXT_EN;
  return Object.hasOwn(layer, code) ? layer[code as keyof typeof layer] : undefined;
}

/** One reader or resampler issue in the interface language (the CLI renders it with 'en'). */
export function demIssueText(lang: Lang, issue: DemIssue): string {
  const code: DemIssueCode = issue.code;
  return fillTemplate(DEM_STRINGS[lang][code], issue.params, MAX_QUOTED_CHARS, (sub) => demNestedText(lang, sub));
}
