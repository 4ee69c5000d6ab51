/**
 * The page furniture of a Vietnamese official document that a printed map carries: the issuing body under its
 * parent (top left), the report it is annexed to, the date its figures run to, place and date (top right) and an
 * optional signature block (bottom right). Saved with the project; every field may be empty.
 */
export interface OfficialTexts {
  /** The issuing body's parent, e.g. "UBND TỈNH LÂM ĐỒNG". */
  parentBody: string;
  /** The issuing body, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (bold, underlined by a short rule). */
  body: string;
  /** What follows "Kèm theo Báo cáo số", e.g. "125/BC-SKHCN ngày 28/11/2026". */
  reportRef: string;
  /** ISO date the figures run to ("Số liệu đến ngày …"); empty: no such line. */
  dataDate: string;
  /** Place of the place-and-date line, e.g. "Lâm Đồng"; the date is the page's print date. */
  place: string;
  /** Signature block: the signer's title (e.g. "GIÁM ĐỐC") and name; both empty: no block. */
  signTitle: string;
  signName: string;
}

export type OfficialTextKey = keyof OfficialTexts;

export const OFFICIAL_TEXT_KEYS: readonly OfficialTextKey[] = ['parentBody', 'body', 'reportRef', 'dataDate', 'place', 'signTitle', 'signName'];

/** Longest each field takes; the long-texts page test prints these lengths and checks nothing is cut. */
export const OFFICIAL_TEXT_MAX: Readonly<Record<OfficialTextKey, number>> = {
  parentBody: 80, body: 100, reportRef: 120, dataDate: 10, place: 60, signTitle: 80, signName: 60,
};

export const EMPTY_OFFICIAL_TEXTS: OfficialTexts = { parentBody: '', body: '', reportRef: '', dataDate: '', place: '', signTitle: '', signName: '' };

/** The fields of `raw` that are strings, each cut to its limit; the rest empty (a project saved before them, or a patch). */
export function officialTextsFrom(raw: Readonly<Partial<Record<OfficialTextKey, unknown>>> | undefined, base: OfficialTexts = EMPTY_OFFICIAL_TEXTS): OfficialTexts {
  const out = { ...base };
  for (const key of OFFICIAL_TEXT_KEYS) {
    const value = raw?.[key];
    if (typeof value === 'string') out[key] = [...value].slice(0, OFFICIAL_TEXT_MAX[key]).join('');
  }
  return out;
}

/** The parts of an ISO date ("2026-12-03"), or null when it is not one. */
export function isoDateParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}
