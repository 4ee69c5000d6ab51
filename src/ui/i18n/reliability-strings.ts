/** Text of the storage-failure handling (save errors, export offer), Vietnamese and English. */
import { useAppState } from '../context';
import type { Lang } from './strings';

const vi = {
  exportProject: 'Xuất dự án ra tệp',
  reasonQuota:
    'bộ nhớ của trình duyệt dành cho trang này đã đầy; chưa có gì bị thay đổi. Hãy xuất dự án ra tệp hoặc xóa bớt dự án cũ rồi lưu lại',
  reasonUnavailable:
    'trình duyệt không cho lưu (cửa sổ ẩn danh hoặc dữ liệu trang bị chặn). Hãy xuất dự án ra tệp để giữ một bản',
  reasonNewerVersion: 'dữ liệu đã lưu thuộc một phiên bản PhuSong mới hơn; bản đã lưu không bị thay đổi. Hãy cập nhật PhuSong',
  reasonInvalid: 'dự án chứa dữ liệu không lưu được; chưa có gì bị thay đổi',
  reasonNotFound: 'dự án không còn trong bộ nhớ (có thể đã bị xóa ở một thẻ khác)',
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
};

export const RELIABILITY_STRINGS: Record<Lang, Record<ReliabilityKey, string>> = { vi, en };

export function reliabilityTranslate(lang: Lang, key: ReliabilityKey): string {
  return RELIABILITY_STRINGS[lang][key];
}

export function useReliabilityT(): (key: ReliabilityKey) => string {
  const lang = useAppState((s) => s.lang);
  return (key) => reliabilityTranslate(lang, key);
}
