/** Text about one project open in several tabs (read-only tabs, saves refused as stale), Vietnamese and English. */
import type { Lang } from './lang';
import { render, type Table } from './render';

const vi = {
  readOnlyBanner:
    'Dự án "{name}" đang được sửa ở một thẻ khác. Thẻ này chỉ để xem và tự cập nhật mỗi khi thẻ kia lưu; thay đổi ở đây không được lưu.',
  readOnlyStale: 'Thẻ kia đã lưu một phiên bản mới hơn; thẻ này không tự cập nhật vì có thay đổi chưa lưu.',
  takeOver: 'Sửa ở thẻ này',
  conflictBanner:
    'Không lưu được "{name}": dự án đã được lưu ở một thẻ hoặc cửa sổ khác sau khi thẻ này mở nó. Bản đó không bị ghi đè; các thay đổi của thẻ này vẫn còn trên màn hình nhưng chưa được lưu.',
  reloadStored: 'Tải lại bản đã lưu (bỏ các thay đổi chưa lưu ở thẻ này)',
  keepBoth: 'Giữ cả hai (lưu thẻ này thành bản sao)',
  copySuffix: '(bản sao)',
  copySaved: 'Đã lưu thay đổi của thẻ này thành dự án mới "{name}"; "{original}" giữ nguyên bản đã lưu ở thẻ kia.',
  reloadedStored: 'Đã tải lại "{name}" như được lưu ở thẻ kia.',
  saveStateReadOnly: 'Chỉ xem (đang sửa ở thẻ khác)',
  saveStateConflict: 'Chưa lưu: xung đột với thẻ khác',
} as const;

export type TabSyncKey = keyof typeof vi;

const en: Record<TabSyncKey, string> = {
  readOnlyBanner:
    '"{name}" is being edited in another tab. This tab is read-only and follows each save of the other tab; changes made here are not saved.',
  readOnlyStale: 'The other tab saved a newer version; this tab does not follow it because it has unsaved changes.',
  takeOver: 'Edit in this tab',
  conflictBanner:
    'Could not save "{name}": it was saved in another tab or window after this one opened it. That version was not overwritten; this tab\'s changes are still on screen but not saved.',
  reloadStored: 'Reload the stored version (drops this tab\'s unsaved changes)',
  keepBoth: 'Keep both (save this tab as a copy)',
  copySuffix: '(copy)',
  copySaved: 'Saved this tab\'s changes as a new project "{name}"; "{original}" keeps the version saved in the other tab.',
  reloadedStored: 'Reloaded "{name}" as saved in the other tab.',
  saveStateReadOnly: 'Read-only (being edited in another tab)',
  saveStateConflict: 'Not saved: conflict with another tab',
};

export const TAB_SYNC_STRINGS: Table<TabSyncKey> = { vi, en };

export function tabSyncText(lang: Lang, key: TabSyncKey, vars: Record<string, string | number> = {}): string {
  return render(lang, TAB_SYNC_STRINGS, key, vars);
}
