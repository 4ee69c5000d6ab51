/** Why storage failed (io/store/store-texts), Vietnamese and English: each names what was being done and what is still safe. */
import type { StoreCode } from '../io/store/store-texts';
import type { Table } from './render';

const vi: Record<StoreCode, string> = {
  quota:
    'bộ nhớ của trình duyệt dành cho trang này đã đầy nên không {action} được; chưa có gì bị thay đổi và công việc vẫn mở. ' +
    'Hãy xuất dự án ra tệp hoặc xóa bớt dự án cũ rồi lưu lại',
  unavailable:
    'Không lưu được dự án trong trình duyệt này ({reason}): trình duyệt không cho lưu (cửa sổ ẩn danh hoặc dữ liệu trang bị chặn). ' +
    'Hãy xuất dự án ra tệp để giữ một bản. Công việc vẫn mở trong phiên này.',
  conflict:
    'Không lưu được “{name}”: dự án đã được lưu ở một thẻ hoặc cửa sổ khác sau khi thẻ này mở nó ' +
    '(bản đã lưu là lần lưu {stored}, thẻ này đang ở lần {base}). Bản đó không bị ghi đè.',
  unstorable: 'Không {action} được: dự án chứa một giá trị không lưu được. Chưa có gì bị thay đổi.',
  writeFailed: 'Không {action} được: {detail}. Chưa có gì bị thay đổi.',
  newerStore:
    'Các dự án lưu trong trình duyệt này được ghi bởi một phiên bản PhuSong mới hơn; phiên bản này không mở được. ' +
    'Hãy cập nhật PhuSong (tải lại trang); các dự án đã lưu không bị thay đổi.',
  noId: 'Không lưu được “{name}”: dự án không có mã.',
  notMigrated: 'Không lưu được “{name}”: lược đồ {from} phải được chuyển lên {to} trước.',
  uncomputable: 'Không lưu được “{name}”: {problem}. Chưa có gì bị thay đổi.',
  emptyName: 'Không đổi được tên dự án {id} thành tên rỗng.',
  notFound: 'Không có dự án đã lưu nào có mã {id}; có thể nó đã bị xóa ở một thẻ khác.',
  unreadable: 'không đọc lại được bản đã lưu nào của dự án từ bộ nhớ của trình duyệt',
  badFeature: '{feature} {problem}',
  w_unit: 'đơn vị {id}',
  w_village: 'thôn {id}',
  a_save: 'lưu “{name}”',
  a_rename: 'đổi tên dự án {id} thành “{name}”',
  a_delete: 'xóa dự án {id}',
  a_remember: 'ghi nhớ dự án {id} là dự án mở gần nhất',
  u_readFailed: 'đọc các dự án đã lưu thất bại',
  u_openFailed: 'không mở được bộ nhớ',
  u_openFailedNamed: 'không mở được bộ nhớ: {name}',
  u_timeout: 'bộ nhớ không trả lời trong {time}',
  u_timeoutBlocked: 'bộ nhớ không trả lời trong {time}; một thẻ PhuSong khác đang chặn nó',
  u_noIndexedDb: 'trình duyệt không có IndexedDB',
  u_closed: 'trình duyệt đã đóng bộ nhớ',
};

const en: Record<StoreCode, string> = {
  quota:
    "Could not {action}: the browser's storage for this site is full. " +
    'Nothing was changed and your work is still open; export the project to a file, or delete old projects, then save again.',
  unavailable:
    'Projects cannot be saved in this browser ({reason}). This happens in private windows and when site data is blocked. ' +
    'Your work stays open for this session; use Export to keep a copy.',
  conflict:
    'Could not save "{name}": it was changed in another tab or window since this one loaded it ' +
    "(stored revision {stored}, this tab's {base}). Nothing was overwritten.",
  unstorable: 'Could not {action}: it contains a value that cannot be stored. Nothing was changed.',
  writeFailed: 'Could not {action}: {detail}. Nothing was changed.',
  newerStore:
    'The projects saved in this browser were written by a newer PhuSong; this version cannot open them. ' +
    'Update PhuSong (reload the page); the saved projects have not been changed.',
  noId: 'Could not save "{name}": it has no id.',
  notMigrated: 'Could not save "{name}": schema {from} must be migrated to {to} first.',
  uncomputable: 'Could not save "{name}": {problem}. Nothing was changed.',
  emptyName: 'Project {id} cannot be renamed to an empty name.',
  notFound: 'No saved project has id {id}; it may have been deleted in another tab.',
  unreadable: 'none of its saves could be read back from the browser’s storage',
  badFeature: '{feature} {problem}',
  w_unit: 'unit {id}',
  w_village: 'village {id}',
  a_save: 'save "{name}"',
  a_rename: 'rename project {id} to "{name}"',
  a_delete: 'delete project {id}',
  a_remember: 'remember project {id} as last opened',
  u_readFailed: 'reading saved projects failed',
  u_openFailed: 'storage could not be opened',
  u_openFailedNamed: 'storage could not be opened: {name}',
  u_timeout: 'storage did not answer within {time}',
  u_timeoutBlocked: 'storage did not answer within {time}; another PhuSong tab is blocking it',
  u_noIndexedDb: 'IndexedDB is not available',
  u_closed: 'the browser closed its storage',
};

export const STORE_STRINGS: Table<StoreCode> = { vi, en };
