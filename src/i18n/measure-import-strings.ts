/** The measurement import's dialog and notices, Vietnamese and English (the reader's issues: measure-strings.ts). */
import type { Lang } from './lang';
import { render, type Params, type Table } from './render';

const vi = {
  measTitle: 'Mẫu đo: {file}',
  measSummary: 'Đọc {rows} dòng: giữ {samples} mẫu đo, bỏ {rejected} dòng.',
  measMapping: 'Cột được nhận',
  measField: 'Trường',
  measColumn: 'Cột trong tệp',
  measNotMapped: '—',
  fieldlat: 'Vĩ độ',
  fieldlon: 'Kinh độ',
  fieldx: 'X (VN-2000)',
  fieldy: 'Y (VN-2000)',
  fieldlevel: 'Mức thu (dBm)',
  fieldtech: 'Công nghệ',
  fieldcarrier: 'Nhà mạng',
  fieldsite: 'Trạm phục vụ',
  fieldroute: 'Tuyến đo',
  fieldtime: 'Thời gian',
  measRefused: 'Không nhập được mẫu đo từ {file}; dự án giữ nguyên.',
  measCommit: 'Nhập {n} mẫu đo',
  measDone: 'Đã nhập {samples} mẫu đo từ {file} ({rejected} dòng bị bỏ).',
  measReadFailed: 'Không đọc được {file}: {reason}',
  measLayerFailed: 'Không vẽ được lớp mẫu đo: {reason}',
  measLayer: 'Mẫu đo: {file} ({samples} mẫu)',
  measViewLevel: 'Mức thu đo được (trung bình mỗi ô)',
  measViewDifference: 'Đo − dự báo (trung bình mỗi ô)',
  measLegendDiff: 'Đo − dự báo, dB ({tech})',
  measDiffAbove: '≥ +{db} dB (mạnh hơn dự báo)',
  measDiffBetween: '{from} … {to} dB',
  measDiffBelow: '< {db} dB (yếu hơn dự báo)',
  measLegendBelow: 'dưới {dbm} dBm',
  measCells: '{cells} ô có mẫu đo, {compared} ô có dự báo để so sánh',
} as const;

export type MeasureImportKey = keyof typeof vi;

const en: Record<MeasureImportKey, string> = {
  measTitle: 'Measurements: {file}',
  measSummary: '{rows} rows read: {samples} samples kept, {rejected} rows left out.',
  measMapping: 'Columns recognised',
  measField: 'Field',
  measColumn: 'Column in the file',
  measNotMapped: '—',
  fieldlat: 'Latitude',
  fieldlon: 'Longitude',
  fieldx: 'X (VN-2000)',
  fieldy: 'Y (VN-2000)',
  fieldlevel: 'Level (dBm)',
  fieldtech: 'Technology',
  fieldcarrier: 'Carrier',
  fieldsite: 'Serving site',
  fieldroute: 'Route',
  fieldtime: 'Time',
  measRefused: 'No measurements imported from {file}; the project is unchanged.',
  measCommit: 'Import {n} samples',
  measDone: 'Imported {samples} measured samples from {file} ({rejected} rows left out).',
  measReadFailed: 'Could not read {file}: {reason}',
  measLayerFailed: 'Could not draw the measurement layer: {reason}',
  measLayer: 'Measurements: {file} ({samples} samples)',
  measViewLevel: 'Measured level (mean per cell)',
  measViewDifference: 'Measured − predicted (mean per cell)',
  measLegendDiff: 'Measured − predicted, dB ({tech})',
  measDiffAbove: '≥ +{db} dB (stronger than predicted)',
  measDiffBetween: '{from} … {to} dB',
  measDiffBelow: '< {db} dB (weaker than predicted)',
  measLegendBelow: 'below {dbm} dBm',
  measCells: '{cells} cells with samples, {compared} with a prediction to compare',
};

export const MEASURE_IMPORT_STRINGS: Table<MeasureImportKey> = { vi, en };

export function measureImportText(lang: Lang, key: MeasureImportKey, params?: Params): string {
  return render(lang, MEASURE_IMPORT_STRINGS, key, params);
}
