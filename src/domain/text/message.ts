/**
 * A user text before it is shown: a code of one of the interface tables (src/i18n, named by `table`) with its
 * parameters. It is plain data (no closure, no rendered words), so it can be stored in the app state, posted from a
 * worker and rendered in whatever language the interface has when it is shown (i18n/messages `renderMessage`).
 * A parameter may itself be a message (a reason inside "Could not read {file}: {reason}"), rendered in the same
 * language. The table `plain` holds no codes: its `code` is a text with no code (a library's thrown message),
 * shown as it is in every language.
 */
export type MessageTable =
  | 'app' | 'import' | 'notice' | 'reliability' | 'unusable' | 'tabSync' | 'print' | 'rules' | 'layer' | 'csv' | 'projectFile' | 'geometry' | 'dem' | 'landCover'
  | 'validation' | 'store' | 'grid' | 'measure' | 'format' | 'plain';

export type MessageParam = string | number | Message;

export interface Message {
  readonly table: MessageTable;
  readonly code: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

export const message = (table: MessageTable, code: string, params?: Readonly<Record<string, MessageParam>>): Message =>
  params ? { table, code, params } : { table, code };

/** A whole number written in the language's digit grouping ("1.234.567" in Vietnamese, "1,234,567" in English). */
export const intMessage = (n: number): Message => ({ table: 'format', code: 'int', params: { n } });

/** A text with no code, shown as it is in every language. */
export const plainMessage = (text: string): Message => ({ table: 'plain', code: text });

export function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && typeof (v as { table?: unknown }).table === 'string' && typeof (v as { code?: unknown }).code === 'string';
}

/**
 * An error that says what went wrong as a message, so the interface can show it in its language; `message` is
 * the English (or the code) for logs. Across the worker boundary `coded` travels with the error (worker/coded-throw).
 */
export class CodedError extends Error {
  readonly coded: Message;

  constructor(coded: Message, english = coded.code) {
    super(english);
    this.name = 'CodedError';
    this.coded = coded;
  }
}

/** What an error says as a message: its code when it carries one (also after a worker hop), else its text. */
export function errorAsMessage(e: unknown): Message {
  const coded = typeof e === 'object' && e !== null ? (e as { coded?: unknown }).coded : undefined;
  if (isMessage(coded)) return coded;
  return plainMessage(e instanceof Error ? e.message : String(e));
}
