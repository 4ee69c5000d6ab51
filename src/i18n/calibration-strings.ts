/** The applied calibration, wherever figures are shown (header, commune table, link budget, print), Vietnamese and English. */
import { formatInt, formatNumber } from './format';
import type { Lang } from './lang';
import { render, type Params, type Table } from './render';

const vi = {
  calibratedLine: 'hiệu chỉnh với {n} mẫu đo, RMSE {rmse} dB',
  calTitle: 'Hiệu chỉnh đang áp dụng',
  calSource: 'Từ {file}, áp dụng ngày {date}.',
  calRemove: 'Bỏ hiệu chỉnh',
  calApply: 'Áp dụng hiệu chỉnh',
  calReview: 'Chưa áp dụng. "Áp dụng" đưa các độ lệch trên vào mô hình (một bước hoàn tác được); lớp quá ít mẫu không có độ lệch.',
} as const;

export type CalibrationKey = keyof typeof vi;

const en: Record<CalibrationKey, string> = {
  calibratedLine: 'calibrated with {n} samples, RMSE {rmse} dB',
  calTitle: 'Calibration applied',
  calSource: 'From {file}, applied on {date}.',
  calRemove: 'Remove calibration',
  calApply: 'Apply calibration',
  calReview: 'Not applied yet. "Apply" puts the offsets above into the model (one undoable step); classes with too few samples get no offset.',
};

export const CALIBRATION_STRINGS: Table<CalibrationKey> = { vi, en };

export function calibrationText(lang: Lang, key: CalibrationKey, params?: Params): string {
  return render(lang, CALIBRATION_STRINGS, key, params);
}

/** "calibrated with N samples, RMSE x dB" for an applied calibration. */
export function calibratedLine(lang: Lang, c: { samples: number; heldOutRmseDb: number }): string {
  return calibrationText(lang, 'calibratedLine', { n: formatInt(lang, c.samples), rmse: formatNumber(lang, c.heldOutRmseDb, 1) });
}
