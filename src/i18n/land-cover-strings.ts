/** The land-cover (clutter) layer's messages, Vietnamese and English: readers' issues, the import, the layer panel. */
import type { LandCoverIssue } from '../io/land-cover/land-cover-issues';
import type { Lang } from './lang';
import { layerIssueReason } from './layer-issue-strings';
import { render, type Params, type Table } from './render';

const vi = {
  'lc-unreadable': 'không đọc được {file} dạng GeoJSON: {detail}',
  'lc-no-class': '{file}, đối tượng {feature}: không có thuộc tính lớp phủ ({keys}); bỏ qua',
  'lc-unknown-class': '{file}, đối tượng {feature}: lớp phủ "{value}" không rõ (các lớp: {classes}); bỏ qua',
  'lc-not-polygon': '{file}, đối tượng {feature}: không phải vùng (polygon); bỏ qua',
  'lc-empty': '{file} không có vùng lớp phủ nào dùng được trong khu vực',
  'lc-unknown-format': '{file} không phải lớp phủ mặt đất (GeoJSON vùng có thuộc tính lớp, hoặc GeoTIFF phân loại)',
  'lc-too-large': '{file} nặng {size}, vượt giới hạn {limit} của một tệp lớp phủ; tệp không được đọc',
  'lc-tiff-unreadable': 'không đọc được {file} dạng GeoTIFF: {detail}',
  'lc-tiff-bands': '{file} có {bands} kênh; GeoTIFF phân loại chỉ có một kênh',
  'lc-tiff-too-many-samples': '{file} có {width} × {height} điểm ảnh, vượt giới hạn {limit} triệu điểm; tệp không được đọc',
  'lc-tiff-unknown-crs': '{file} dùng hệ tọa độ EPSG:{epsg}, chưa được hỗ trợ (hỗ trợ WGS84, UTM, VN-2000)',
  'lc-tiff-no-georef': '{file} không có tham chiếu địa lý hướng bắc (điểm gốc và kích thước điểm ảnh)',
  'lc-tiff-float': '{file} không phải ảnh phân loại: giá trị dạng số thực ({type}); cần mã lớp số nguyên',
  'lc-tiff-too-many-values': '{file} không phải ảnh phân loại: có {count} giá trị khác nhau (tối đa {limit} mã lớp)',
  'lc-tiff-unknown-codes': '{file}: các giá trị {values} không theo chú giải nào đã biết (ESA WorldCover, Dynamic World, mã PhuSong 1–8)',
  'lc-tiff-unknown-values': '{file}: giá trị {values} không có trong chú giải {legend}; các ô đó để là chưa rõ',
  'lc-tiff-no-class': '{file}: trong khu vực không ô nào có lớp theo chú giải {legend}',
  'lc-outside-area': '{file} không chồng lên vùng quy hoạch',
  lcDone: 'Đã nhập lớp phủ mặt đất từ {file}: ô {cell} m, {known}% diện tích có lớp. Vùng phủ đã tính lại (nhiễu địa vật của mỗi trạm theo mặt đất nơi đặt trạm).',
  lcNothing: 'Không nhập được lớp phủ mặt đất từ {file}; dự án giữ nguyên.',
  lcReading: 'Đang đọc lớp phủ mặt đất…',
  lcBusy: 'Đang xử lý lớp phủ mặt đất…',
  lcImportButton: 'Nhập lớp phủ mặt đất…',
  lcImportHint: 'GeoJSON vùng có thuộc tính lớp (class), hoặc GeoTIFF phân loại (ESA WorldCover, Dynamic World, mã PhuSong 1–8)',
  lcDialogTitle: 'Lớp phủ mặt đất: {file}',
  lcLegend: 'Chú giải giá trị ảnh',
  lcLegendGuessed: 'đoán từ các giá trị có trong tệp: {values}',
  lcCommit: 'Nhập (thay lớp phủ hiện có)',
  lcCancel: 'Hủy',
  lcInfo: 'Lớp phủ mặt đất: {sources}, ô {cell} m',
  lcGenerated: 'tạo sinh cho bản demo, không phải số liệu khảo sát',
  lcNone: 'Chưa có lớp phủ mặt đất: mỗi trạm lấy loại địa vật của xã nơi đặt trạm',
  lcShow: 'Lớp phủ mặt đất (bản đồ)',
  lcClass: 'Lớp',
  lcArea: 'km²',
  lcUnknownArea: 'chưa rõ: {km2} km²',
  'class-dense-urban': 'Đô thị dày đặc',
  'class-urban': 'Đô thị',
  'class-suburban': 'Ven đô',
  'class-village': 'Làng, thôn',
  'class-cropland': 'Đất trồng trọt, vườn cây',
  'class-forest': 'Rừng',
  'class-open': 'Đất trống, cỏ',
  'class-water': 'Mặt nước',
  'legend-worldcover': 'ESA WorldCover 10 m (mã 10–100)',
  'legend-dynamic-world': 'Dynamic World (nhãn 0–8)',
  'legend-phusong': 'Mã PhuSong 1–8 (theo thứ tự lớp)',
} as const;

export type LandCoverStringKey = keyof typeof vi;

const en: Record<LandCoverStringKey, string> = {
  'lc-unreadable': '{file} cannot be read as GeoJSON: {detail}',
  'lc-no-class': '{file}, feature {feature}: no land-cover class property ({keys}); skipped',
  'lc-unknown-class': '{file}, feature {feature}: unknown land-cover class "{value}" (classes: {classes}); skipped',
  'lc-not-polygon': '{file}, feature {feature}: not a polygon; skipped',
  'lc-empty': '{file} has no usable land-cover polygon in the area',
  'lc-unknown-format': '{file} is not a land-cover layer (GeoJSON polygons with a class property, or a classified GeoTIFF)',
  'lc-too-large': '{file} is {size}, over the {limit} a land-cover file may be; it was not read',
  'lc-tiff-unreadable': '{file} cannot be read as a GeoTIFF: {detail}',
  'lc-tiff-bands': '{file} has {bands} bands; a classified GeoTIFF has one',
  'lc-tiff-too-many-samples': '{file} holds {width} × {height} pixels, over the {limit} million one file may hold; it was not read',
  'lc-tiff-unknown-crs': '{file} uses the coordinate system EPSG:{epsg}, which is not known here (WGS84, UTM, VN-2000 are)',
  'lc-tiff-no-georef': '{file} has no north-up georeferencing (tie point and pixel scale)',
  'lc-tiff-float': '{file} is not a classified raster: its values are real numbers ({type}); class codes are whole numbers',
  'lc-tiff-too-many-values': '{file} is not a classified raster: it holds {count} distinct values (at most {limit} class codes)',
  'lc-tiff-unknown-codes': '{file}: the values {values} follow no known legend (ESA WorldCover, Dynamic World, PhuSong codes 1–8)',
  'lc-tiff-unknown-values': '{file}: the values {values} are not in the {legend} legend; those cells are left unknown',
  'lc-tiff-no-class': '{file}: no cell of the area has a class in the {legend} legend',
  'lc-outside-area': '{file} does not overlap the planning area',
  lcDone: 'Land cover imported from {file}: {cell} m cells, {known}% of the area classed. Coverage recomputed (each site\'s clutter from the ground it stands on).',
  lcNothing: 'No land cover could be imported from {file}; the project is unchanged.',
  lcReading: 'Reading land cover…',
  lcBusy: 'Working on the land cover…',
  lcImportButton: 'Import land cover…',
  lcImportHint: 'GeoJSON polygons with a class property, or a classified GeoTIFF (ESA WorldCover, Dynamic World, PhuSong codes 1–8)',
  lcDialogTitle: 'Land cover: {file}',
  lcLegend: 'Legend of the raster values',
  lcLegendGuessed: 'guessed from the values in the file: {values}',
  lcCommit: 'Import (replaces the land cover)',
  lcCancel: 'Cancel',
  lcInfo: 'Land cover: {sources}, {cell} m cells',
  lcGenerated: 'generated for the demo, not surveyed',
  lcNone: 'No land cover: each site takes the clutter of its commune',
  lcShow: 'Land cover (map)',
  lcClass: 'Class',
  lcArea: 'km²',
  lcUnknownArea: 'unknown: {km2} km²',
  'class-dense-urban': 'Dense urban',
  'class-urban': 'Urban',
  'class-suburban': 'Suburban',
  'class-village': 'Village',
  'class-cropland': 'Cropland, plantation',
  'class-forest': 'Forest',
  'class-open': 'Open, grass, bare',
  'class-water': 'Water',
  'legend-worldcover': 'ESA WorldCover 10 m (codes 10–100)',
  'legend-dynamic-world': 'Dynamic World (labels 0–8)',
  'legend-phusong': 'PhuSong codes 1–8 (class order)',
};

export const LAND_COVER_STRINGS: Table<LandCoverStringKey> = { vi, en };

export function landCoverText(lang: Lang, key: LandCoverStringKey, params?: Params): string {
  return render(lang, LAND_COVER_STRINGS, key, params);
}

/** The text key of a legend named by its id in an issue's `legend` parameter, or null for another value. */
export function legendKey(legend: unknown): LandCoverStringKey | null {
  const key = `legend-${String(legend)}`;
  return typeof legend === 'string' && Object.hasOwn(vi, key) ? (key as LandCoverStringKey) : null;
}

export function landCoverIssueText(lang: Lang, issue: LandCoverIssue): string {
  const detail = issue.cause ? layerIssueReason(lang, issue.cause) : '';
  const legend = legendKey(issue.params.legend);
  return render(lang, LAND_COVER_STRINGS, issue.code, { detail, ...issue.params, ...(legend ? { legend: landCoverText(lang, legend) } : {}) });
}
