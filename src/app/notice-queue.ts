/**
 * The app's one notice queue. A notice keeps how to say it (`say`, given a language) as well as the words in the
 * language of the moment: the notices panel renders `say` in the interface language when it draws, and a language
 * switch re-renders the stored words, so a notice left open follows the switch.
 */
import type { Lang } from '../i18n/lang';
import type { AppState, Notice, NoticeAction } from './state';
import type { Store } from './store';

/** A text given directly (as thrown, or already in a language) or how to say it in either language. */
export type Localized<T> = T | ((lang: Lang) => T);

const MAX_NOTICES = 5;

const inLang = <T>(value: Localized<T>, lang: Lang): T => (typeof value === 'function' ? (value as (l: Lang) => T)(lang) : value);

/** Notice words in `lang`: the text, the detail lines and each action's label. */
export function noticeIn(n: Notice, lang: Lang): { text: string; details: string[]; labels: string[] } {
  const said = n.say?.(lang);
  return {
    text: said?.text ?? n.text,
    details: said?.details ?? n.details,
    labels: (n.actions ?? []).map((a) => a.labelIn?.(lang) ?? a.label),
  };
}

function rerendered(n: Notice, lang: Lang): Notice {
  const { text, details } = noticeIn(n, lang);
  const actions = n.actions?.map((a) => (a.labelIn ? { ...a, label: a.labelIn(lang) } : a));
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

/** Posts a notice on the app's one queue (ids counted in the state); returns its id. */
export function postNotice(
  store: Store<AppState>, level: Notice['level'], text: Localized<string>, details: Localized<string[]> = [], actions?: NoticeAction[],
): number {
  const lang = store.get().lang;
  const localized = typeof text === 'function' || typeof details === 'function';
  const say = localized ? (l: Lang) => ({ text: inLang(text, l), details: inLang(details, l) }) : undefined;
  const id = store.get().lastNoticeId + 1;
  const notice: Notice = {
    id, level, text: inLang(text, lang), details: inLang(details, lang),
    ...(say ? { say } : {}), ...(actions && actions.length > 0 ? { actions } : {}),
  };
  store.set((s) => ({ lastNoticeId: id, notices: [...s.notices, notice].slice(-MAX_NOTICES) }));
  return id;
}

export function dismissNotice(store: Store<AppState>, id: number): void {
  store.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
