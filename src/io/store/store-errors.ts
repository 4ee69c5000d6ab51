/** Turns what browsers throw from storage calls into StoreErrors whose message a user can act on. */
import { StoreError } from './store';
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

/** `action` completes "Could not …", e.g. `save "Đắk Nông 2025"`. */
export function quotaError(action: string, cause?: unknown): StoreError {
  return new StoreError(
    'quota',
    `Could not ${action}: the browser's storage for this site is full. ` +
      'Nothing was changed and your work is still open; export the project to a file, or delete old projects, then save again.',
    { cause },
  );
}

export function unavailableError(reason: string, cause?: unknown): StoreError {
  return new StoreError(
    'unavailable',
    `Projects cannot be saved in this browser (${reason}). This happens in private windows and when site data is blocked. ` +
      'Your work stays open for this session; use Export to keep a copy.',
    { cause },
  );
}

/** A save refused because the stored copy changed since the caller's base revision (another tab saved). */
export function conflictError(name: string, stored: number, base: number): StoreError {
  return new StoreError(
    'conflict',
    `Could not save "${name}": it was changed in another tab or window since this one loaded it ` +
      `(stored revision ${stored}, this tab's ${base}). Nothing was overwritten.`,
  );
}

/** The error to throw for a failed write; `action` as for quotaError. StoreErrors pass through unchanged. */
export function writeError(e: unknown, action: string): StoreError {
  if (e instanceof StoreError) return e;
  if (isQuotaError(e)) return quotaError(action, e);
  if (hasErrorNamed(e, ['DataCloneError'])) {
    return new StoreError('invalid', `Could not ${action}: it contains a value that cannot be stored. Nothing was changed.`, { cause: e });
  }
  if (hasErrorNamed(e, ['InvalidStateError', 'UnknownError'])) {
    return unavailableError('the browser closed its storage', e);
  }
  const detail = errorMessage(e);
  return new StoreError('unavailable', `Could not ${action}: ${detail}. Nothing was changed.`, { cause: e });
}
