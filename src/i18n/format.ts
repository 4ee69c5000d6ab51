/** Numbers in the UI's language, for texts rendered from the tables and for the panels. */
import type { Lang } from './lang';

const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

// toLocaleString with options builds a new Intl.NumberFormat at every call; a commune table re-rendered at each
// drag move made thousands of them.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number | null): Intl.NumberFormat {
  const key = `${lang}:${digits ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), digits === null ? { maximumFractionDigits: 0 } : { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

export function formatInt(lang: Lang, n: number): string {
  return numberFormat(lang, null).format(Math.round(n));
}

export function formatPct(lang: Lang, pct: number): string {
  return numberFormat(lang, 1).format(pct) + ' %';
}

export function formatNumber(lang: Lang, n: number, digits = 1): string {
  return numberFormat(lang, digits).format(n);
}

/**
 * A whole number with its thousands grouped by a space ("250 000"), as Vietnamese topographic maps print a
 * scale's denominator and as ISO 80000 does in any language (neither the Vietnamese dot nor the English comma).
 */
export function formatSpaced(n: number): string {
  return String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');
}

/** A duration: "2,4 s" / "2.4 s" from a second up, "180 ms" below, "0,4 ms" under 10 ms. */
export function formatDuration(lang: Lang, ms: number): string {
  if (ms >= 1000) return `${formatNumber(lang, ms / 1000, 1)} s`;
  return `${formatNumber(lang, ms, ms < 10 ? 1 : 0)} ms`;
}
