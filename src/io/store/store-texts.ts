/**
 * Why storage failed, as messages of the `store` table (i18n/store-strings): a full disk, a browser that refuses
 * storage, a save another tab overtook, a project the engine could not compute. `a_*` codes name what was being
 * done ("save "Đắk Nông 2025""), `u_*` why storage is unavailable.
 */
import { message, type Message, type MessageParam } from '../../domain/text/message';

export const STORE_CODES = [
  'quota', 'unavailable', 'conflict', 'unstorable', 'writeFailed', 'newerStore', 'noId', 'notMigrated', 'uncomputable',
  'emptyName', 'notFound', 'unreadable', 'badFeature', 'w_unit', 'w_village',
  'a_save', 'a_rename', 'a_delete', 'a_remember',
  'u_readFailed', 'u_openFailed', 'u_openFailedNamed', 'u_timeout', 'u_timeoutBlocked', 'u_noIndexedDb', 'u_closed',
] as const;

export type StoreCode = (typeof STORE_CODES)[number];

export const storeText = (code: StoreCode, params?: Readonly<Record<string, MessageParam>>): Message => message('store', code, params);

/** What a write was doing, for "Could not {action}: …". */
export const saveAction = (name: string): Message => storeText('a_save', { name });
export const renameAction = (id: string, name: string): Message => storeText('a_rename', { id, name });
export const deleteAction = (id: string): Message => storeText('a_delete', { id });
export const rememberAction = (id: string): Message => storeText('a_remember', { id });
