/** A storage failure's reason in the interface language (the store's own messages are English). */
import { isStoreError, type StoreErrorKind } from '../io/store';
import type { Lang } from '../ui/i18n/strings';
import { reliabilityTranslate, type ReliabilityKey } from '../ui/i18n/reliability-strings';

const REASON: Record<StoreErrorKind, ReliabilityKey> = {
  quota: 'reasonQuota',
  unavailable: 'reasonUnavailable',
  'newer-version': 'reasonNewerVersion',
  invalid: 'reasonInvalid',
  'not-found': 'reasonNotFound',
};

/** In Vietnamese, a StoreError becomes an Error carrying the translated reason; anything else passes through. */
export function localizedStorageError(e: unknown, lang: Lang): unknown {
  if (lang === 'en' || !isStoreError(e)) return e;
  return new Error(reliabilityTranslate(lang, REASON[e.kind]), { cause: e });
}
