/** Text shown while a part of the app fetched on first use (print view, import dialogs, side tabs) loads, or when it cannot. */
import type { Lang } from './lang';
import { render, type Table } from './render';

const vi = {
  partLoading: 'Đang tải…',
  partFailed: 'Không tải được phần này của ứng dụng ({part}). Kiểm tra kết nối rồi tải lại trang: dự án đã lưu trong trình duyệt sẽ được mở lại.',
  partReload: 'Tải lại trang',
  partPrint: 'in bản đồ',
  partImport: 'nhập dữ liệu',
  partTab: 'thẻ bên phải',
} as const;

export type LazyPartKey = keyof typeof vi;

const en: Record<LazyPartKey, string> = {
  partLoading: 'Loading…',
  partFailed: 'This part of the app ({part}) could not be loaded. Check the connection, then reload the page: the project saved in this browser opens again.',
  partReload: 'Reload the page',
  partPrint: 'printing',
  partImport: 'data import',
  partTab: 'side tab',
};

export const LAZY_PART_STRINGS: Table<LazyPartKey> = { vi, en };

export function lazyPartText(lang: Lang, key: LazyPartKey, params?: Record<string, string | number>): string {
  return render(lang, LAZY_PART_STRINGS, key, params);
}
