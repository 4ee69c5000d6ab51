/** Text of the storage-failure handling (save errors, export offer), Vietnamese and English. */
import type { Lang } from './lang';
import { render, type Params, type Table } from './render';

const vi = {
  exportProject: 'Xuất dự án ra tệp',
  reasonQuota:
    'bộ nhớ của trình duyệt dành cho trang này đã đầy; chưa có gì bị thay đổi. Hãy xuất dự án ra tệp hoặc xóa bớt dự án cũ rồi lưu lại',
  reasonUnavailable:
    'trình duyệt không cho lưu (cửa sổ ẩn danh hoặc dữ liệu trang bị chặn). Hãy xuất dự án ra tệp để giữ một bản',
  reasonNewerVersion: 'dữ liệu đã lưu thuộc một phiên bản PhuSong mới hơn; bản đã lưu không bị thay đổi. Hãy cập nhật PhuSong',
  reasonInvalid: 'dự án chứa dữ liệu không lưu được; chưa có gì bị thay đổi',
  reasonNotFound: 'dự án không còn trong bộ nhớ (có thể đã bị xóa ở một thẻ khác)',
  reasonConflict: 'dự án đã được lưu ở một thẻ hoặc cửa sổ khác sau khi thẻ này mở nó; bản đó không bị ghi đè',
  storageUnavailable: 'Không lưu được dự án trong trình duyệt này: {reason}. Công việc vẫn mở trong phiên này.',
  projectRefused: 'Không mở được {file}: {reason}',
  newerFile:
    'tệp được lưu bởi một phiên bản PhuSong mới hơn (lược đồ {v}; phiên bản này đọc đến lược đồ {max}). Các dự án đã lưu không bị thay đổi; hãy cập nhật PhuSong để mở tệp',
} as const;

export type ReliabilityKey = keyof typeof vi;

const en: Record<ReliabilityKey, string> = {
  exportProject: 'Export project to a file',
  reasonQuota:
    "the browser's storage for this site is full; nothing was changed. Export the project to a file, or delete old projects, then save again",
  reasonUnavailable: 'this browser does not allow saving (private window or blocked site data). Export the project to keep a copy',
  reasonNewerVersion: 'the saved data belongs to a newer PhuSong; it has not been changed. Update PhuSong',
  reasonInvalid: 'the project holds a value that cannot be stored; nothing was changed',
  reasonNotFound: 'the project is no longer stored (it may have been deleted in another tab)',
  reasonConflict: 'the project was saved in another tab or window after this one opened it; that version was not overwritten',
  storageUnavailable: 'Projects cannot be saved in this browser: {reason}. Your work stays open for this session.',
  projectRefused: 'Could not open {file}: {reason}',
  newerFile:
    'the file was saved by a newer PhuSong (schema {v}; this version reads up to schema {max}). The stored projects have not been changed; update PhuSong to open it',
};

export const RELIABILITY_STRINGS: Table<ReliabilityKey> = { vi, en };

export function reliabilityTranslate(lang: Lang, key: ReliabilityKey, params?: Params): string {
  return render(lang, RELIABILITY_STRINGS, key, params);
}
