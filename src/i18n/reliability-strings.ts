/** Text of the storage-failure handling (save errors, export offer), Vietnamese and English. */
import type { Lang } from './lang';
import { render, type Params, type Table } from './render';

const vi = {
  exportProject: 'Xuất dự án ra tệp',
  projectRefused: 'Không mở được {file}: {reason}',
  newerFile:
    'tệp được lưu bởi một phiên bản PhuSong mới hơn (lược đồ {v}; phiên bản này đọc đến lược đồ {max}). Các dự án đã lưu không bị thay đổi; hãy cập nhật PhuSong để mở tệp',
} as const;

export type ReliabilityKey = keyof typeof vi;

const en: Record<ReliabilityKey, string> = {
  exportProject: 'Export project to a file',
  projectRefused: 'Could not open {file}: {reason}',
  newerFile:
    'the file was saved by a newer PhuSong (schema {v}; this version reads up to schema {max}). The stored projects have not been changed; update PhuSong to open it',
};

export const RELIABILITY_STRINGS: Table<ReliabilityKey> = { vi, en };

export function reliabilityTranslate(lang: Lang, key: ReliabilityKey, params?: Params): string {
  return render(lang, RELIABILITY_STRINGS, key, params);
}
