/** Storage failures and refused project files as messages, rendered in the interface language when shown. */
import { errorAsMessage, message, type Message } from '../domain/text/message';
import { CURRENT_SCHEMA_VERSION, isStoreError, type ProjectFileRefusal } from '../io/store';
import type { Lang } from '../i18n/strings';
import { renderMessage } from '../i18n/messages';

/** A storage failure (or the warning that storage would not open) as a message: the store's own, coded, text. */
export function storageErrorMessage(e: unknown): Message {
  if (isStoreError(e)) return e.text;
  if (e instanceof Error && isStoreError(e.cause)) return e.cause.text;
  return errorAsMessage(e);
}

/** The refusal of a project file from a newer PhuSong as a message; null for other refusals. */
export function newerProjectMessage(refusal: ProjectFileRefusal, fileName: string): Message | null {
  if (refusal.newerSchema === undefined) return null;
  const reason = message('reliability', 'newerFile', { v: refusal.newerSchema, max: CURRENT_SCHEMA_VERSION });
  return message('reliability', 'projectRefused', { file: fileName, reason });
}

/** The same in the interface language; null for other refusals. */
export function newerProjectText(refusal: ProjectFileRefusal, fileName: string, lang: Lang): string | null {
  const m = newerProjectMessage(refusal, fileName);
  return m ? renderMessage(lang, m) : null;
}
