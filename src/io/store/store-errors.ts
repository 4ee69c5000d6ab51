/** Turns what browsers throw from storage calls into StoreErrors whose message a user can act on. */
import type { Message } from '../../domain/text/message';
import { StoreError } from './store';
import { storeText } from './store-texts';
import { errorMessage } from '../../domain/text/error-message';

function errorName(e: unknown): string {
  if (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException)) return e.name;
  if (typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string') return e.name;
  return '';
}

/** Walks `cause` too: idb and transaction aborts often wrap the request's own error. */
function hasErrorNamed(e: unknown, names: readonly string[], depth = 0): boolean {
  if (depth > 4 || e === null || e === undefined) return false;
  if (names.includes(errorName(e))) return true;
  const cause = typeof e === 'object' && 'cause' in e ? e.cause : undefined;
  return hasErrorNamed(cause, names, depth + 1);
}

export function isQuotaError(e: unknown): boolean {
  // Old Firefox reported a full disk as NS_ERROR_DOM_QUOTA_REACHED.
  return hasErrorNamed(e, ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
}

/** `action` is what was being done (store-texts `saveAction`…). */
export function quotaError(action: Message, cause?: unknown): StoreError {
  return new StoreError('quota', storeText('quota', { action }), { cause });
}

/** `reason` is a `u_*` code of store-texts saying why storage is unavailable. */
export function unavailableError(reason: Message, cause?: unknown): StoreError {
  return new StoreError('unavailable', storeText('unavailable', { reason }), { cause });
}

/** A save refused because the stored copy changed since the caller's base revision (another tab saved). */
export function conflictError(name: string, stored: number, base: number): StoreError {
  return new StoreError('conflict', storeText('conflict', { name, stored, base }));
}

/** The error to throw for a failed write; `action` as for quotaError. StoreErrors pass through unchanged. */
export function writeError(e: unknown, action: Message): StoreError {
  if (e instanceof StoreError) return e;
  if (isQuotaError(e)) return quotaError(action, e);
  if (hasErrorNamed(e, ['DataCloneError'])) return new StoreError('invalid', storeText('unstorable', { action }), { cause: e });
  if (hasErrorNamed(e, ['InvalidStateError', 'UnknownError'])) return unavailableError(storeText('u_closed'), e);
  return new StoreError('unavailable', storeText('writeFailed', { action, detail: errorMessage(e) }), { cause: e });
}
