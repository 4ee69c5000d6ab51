import { render, type Table } from './render';
import type { Lang } from './lang';

/** How notices put messages together (an issue line, a headline and its addendum), Vietnamese and English. */
const vi = {
  issueAt: '{mark} {where}: {reason}',
  issue: '{mark} {reason}',
  joined: '{first} · {second}',
};

const en: Record<keyof typeof vi, string> = {
  issueAt: '{mark} {where}: {reason}',
  issue: '{mark} {reason}',
  joined: '{first} · {second}',
};

export type NoticeKey = keyof typeof vi;
export const NOTICE_STRINGS: Table<NoticeKey> = { vi, en };

export function noticeText(lang: Lang, key: NoticeKey, params?: Record<string, string | number>): string {
  return render(lang, NOTICE_STRINGS, key, params);
}
