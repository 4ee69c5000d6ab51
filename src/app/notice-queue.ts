/**
 * The app's one notice queue. A notice is stored as what it says, not as words: its text and detail lines are
 * messages (domain/text/message: a table, a code and parameters, plain data), and the words in the language of the
 * moment are rendered from them when the notice is posted and again on every language switch, so a notice left
 * open follows the switch. A thrown text with no code is posted as it is (a `plain` message).
 */
import { plainMessage, type Message } from '../domain/text/message';
import type { Lang } from '../i18n/lang';
import { renderMessage } from '../i18n/messages';
import type { AppState, Notice, NoticeAction } from './state';
import type { Store } from './store';

/** What a notice says: a message, or a text as it is (as thrown, or a figure with no code). */
export type NoticeText = Message | string;

/**
 * Words rendered by a function of the language. Only the engine's warnings are still posted so (their texts are
 * being made codes separately); everything else is a message.
 */
export type Localized<T> = T | ((lang: Lang) => T);

const MAX_NOTICES = 5;

const asMessage = (t: NoticeText): Message => (typeof t === 'string' ? plainMessage(t) : t);

/** Notice words in `lang`: the text, the detail lines and each action's label. */
export function noticeIn(n: Notice, lang: Lang): { text: string; details: string[]; labels: string[] } {
  const said = n.say?.(lang);
  return {
    text: said?.text ?? (n.message ? renderMessage(lang, n.message) : n.text),
    details: said?.details ?? (n.detailMessages ? n.detailMessages.map((m) => renderMessage(lang, m)) : n.details),
    labels: (n.actions ?? []).map((a) => (a.labelMessage ? renderMessage(lang, a.labelMessage) : a.label)),
  };
}

function rerendered(n: Notice, lang: Lang): Notice {
  const { text, details } = noticeIn(n, lang);
  const actions = n.actions?.map((a) => (a.labelMessage ? { ...a, label: renderMessage(lang, a.labelMessage) } : a));
  return { ...n, text, details, ...(actions ? { actions } : {}) };
}

/** Re-renders the open notices' words whenever the interface language changes (once per app store). */
export function followLanguage(store: Store<AppState>): void {
  let lang = store.get().lang;
  store.subscribe(() => {
    const now = store.get().lang;
    if (now === lang) return;
    lang = now;
    store.set((s) => ({ notices: s.notices.map((n) => rerendered(n, now)) }));
  });
}

/** A notice button whose label is a message (rendered in the language of the moment, and again on a switch). */
export function noticeAction(lang: Lang, labelMessage: Message, run: () => void): NoticeAction {
  return { label: renderMessage(lang, labelMessage), labelMessage, run };
}

/**
 * Posts a notice on the app's one queue (ids counted in the state); returns its id. `text` and `details` are
 * messages (or texts as they are); the engine's warnings still come as functions of the language.
 */
export function postNotice(
  store: Store<AppState>, level: Notice['level'], text: NoticeText | ((lang: Lang) => string),
  details: readonly NoticeText[] | ((lang: Lang) => string[]) = [], actions?: NoticeAction[],
): number {
  const lang = store.get().lang;
  const id = store.get().lastNoticeId + 1;
  let said: Pick<Notice, 'message' | 'detailMessages' | 'say'>;
  if (typeof text === 'function' || typeof details === 'function') {
    const inLang = <T>(v: T | ((l: Lang) => T), l: Lang): T => (typeof v === 'function' ? (v as (l: Lang) => T)(l) : v);
    const say = (l: Lang) => ({
      text: inLang<NoticeText>(text, l), details: typeof details === 'function' ? details(l) : details,
    });
    said = { say: (l) => ({ text: renderMessage(l, asMessage(say(l).text)), details: say(l).details.map((d) => renderMessage(l, asMessage(d))) }) };
  } else {
    said = { message: asMessage(text), detailMessages: details.map(asMessage) };
  }
  const draft: Notice = { id, level, text: '', details: [], ...said, ...(actions && actions.length > 0 ? { actions } : {}) };
  const { text: words, details: lines } = noticeIn(draft, lang);
  const notice: Notice = { ...draft, text: words, details: lines };
  store.set((s) => ({ lastNoticeId: id, notices: [...s.notices, notice].slice(-MAX_NOTICES) }));
  return id;
}

export function dismissNotice(store: Store<AppState>, id: number): void {
  store.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
