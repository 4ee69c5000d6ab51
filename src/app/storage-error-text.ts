/** Storage failures and refused project files in the interface language (the store's own messages are English). */
import { errorAsMessage, message, type Message } from '../domain/text/message';
import { fillTemplate } from '../io/coded-text';
import { CodedStoreError, CURRENT_SCHEMA_VERSION, isStoreError, type ProjectFileRefusal, type StoreErrorKind } from '../io/store';
import type { Lang } from '../i18n/strings';
import { reliabilityTranslate, type ReliabilityKey } from '../i18n/reliability-strings';

const REASON: Record<StoreErrorKind, ReliabilityKey> = {
  quota: 'reasonQuota',
  unavailable: 'reasonUnavailable',
  'newer-version': 'reasonNewerVersion',
  invalid: 'reasonInvalid',
  'not-found': 'reasonNotFound',
  conflict: 'reasonConflict',
};

const fill = (text: string, vars: Record<string, string | number>) => fillTemplate(text, vars);

/** In Vietnamese, a StoreError becomes an Error carrying the translated reason; anything else passes through. */
export function localizedStorageError(e: unknown, lang: Lang): unknown {
  if (lang === 'en' || !isStoreError(e)) return e;
  return new Error(reliabilityTranslate(lang, REASON[e.kind]), { cause: e });
}

/** A storage failure as a message: the store's own sentence in English, its kind's translated reason in Vietnamese. */
export function storageErrorMessage(e: unknown): Message {
  // a StoreError already put in Vietnamese (localizedStorageError) is said from its cause, so it follows a switch
  if (!isStoreError(e) && e instanceof Error && isStoreError(e.cause)) return storageErrorMessage(e.cause);
  if (!isStoreError(e)) return errorAsMessage(e);
  if (e instanceof CodedStoreError) return message('projectFile', e.text.code, e.text.params);
  return message('notice', 'storeError', { reason: message('reliability', REASON[e.kind]), storeMessage: e.message });
}

/** The refusal of a project file from a newer PhuSong as a message; null for other refusals. */
export function newerProjectMessage(refusal: ProjectFileRefusal, fileName: string): Message | null {
  if (refusal.newerSchema === undefined) return null;
  const reason = message('reliability', 'newerFile', { v: refusal.newerSchema, max: CURRENT_SCHEMA_VERSION });
  return message('reliability', 'projectRefused', { file: fileName, reason });
}

/** The warning shown when storage would not open at start-up, as a message: the store's own sentence in English, else translated. */
export function storageWarningMessage(e: unknown): Message {
  if (!isStoreError(e)) return errorAsMessage(e);
  return message('notice', 'storageProblem', { reason: message('reliability', REASON[e.kind]), storeMessage: e.message });
}

/** The warning shown when storage would not open at start-up: the store's own sentence in English, else translated. */
export function storageWarningText(e: unknown, lang: Lang): string {
  if (lang === 'en') return e instanceof Error ? e.message : String(e);
  const reason = isStoreError(e) ? reliabilityTranslate(lang, REASON[e.kind]) : e instanceof Error ? e.message : String(e);
  return fill(reliabilityTranslate(lang, 'storageUnavailable'), { reason });
}

/** The refusal of a project file from a newer PhuSong, in the interface language; null for other refusals. */
export function newerProjectText(refusal: ProjectFileRefusal, fileName: string, lang: Lang): string | null {
  if (refusal.newerSchema === undefined) return null;
  const reason = fill(reliabilityTranslate(lang, 'newerFile'), { v: refusal.newerSchema, max: CURRENT_SCHEMA_VERSION });
  return fill(reliabilityTranslate(lang, 'projectRefused'), { file: fileName, reason });
}
