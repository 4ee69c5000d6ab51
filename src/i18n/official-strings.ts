/**
 * The official page furniture's texts (header block, annex line, data date, place and date, signature) and the
 * Vietnamese administrative date form of Nghị định 30/2020/NĐ-CP: "ngày 03 tháng 12 năm 2026", a day below 10
 * and the months 1 and 2 written with a leading zero; English "3 December 2026".
 */
import { isoDateParts } from '../domain/print/official-texts';
import { render, type Table } from './render';
import type { Lang } from './lang';

const vi = {
  officialFields: 'Khối thể thức văn bản',
  parentBody: 'Cơ quan chủ quản',
  parentBodyHint: 'VD: UBND TỈNH LÂM ĐỒNG',
  body: 'Cơ quan ban hành bản đồ',
  bodyHint: 'VD: SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  reportRef: 'Kèm theo Báo cáo số',
  reportRefHint: 'VD: 125/BC-SKHCN ngày 28/11/2026',
  dataDate: 'Số liệu đến ngày',
  place: 'Địa danh',
  placeHint: 'VD: Lâm Đồng',
  signTitle: 'Chức danh người ký',
  signTitleHint: 'VD: GIÁM ĐỐC',
  signName: 'Họ tên người ký',
  annexLine: '(Kèm theo Báo cáo số {ref})',
  dataDateLine: 'Số liệu đến {date}',
  dateLong: 'ngày {day} tháng {month} năm {year}',
  placeDate: '{place}, {date}',
};

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  officialFields: 'Official document block',
  parentBody: 'Parent body',
  parentBodyHint: 'e.g. UBND TỈNH LÂM ĐỒNG',
  body: 'Issuing body',
  bodyHint: 'e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  reportRef: 'Annex to report no.',
  reportRefHint: 'e.g. 125/BC-SKHCN of 28/11/2026',
  dataDate: 'Data as of',
  place: 'Place',
  placeHint: 'e.g. Lâm Đồng',
  signTitle: 'Signer\'s title',
  signTitleHint: 'e.g. DIRECTOR',
  signName: 'Signer\'s name',
  annexLine: '(Annex to report no. {ref})',
  dataDateLine: 'Data as of {date}',
  dateLong: '{day} {month} {year}',
  placeDate: '{place}, {date}',
};

export type OfficialStringKey = Key;
export const OFFICIAL_STRINGS: Table<Key> = { vi, en };

export function officialT(lang: Lang, key: Key, params?: Record<string, string | number>): string {
  return render(lang, OFFICIAL_STRINGS, key, params);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-03" → "ngày 03 tháng 12 năm 2026" / "3 December 2026"; anything that is not an ISO date as given. */
export function longDate(lang: Lang, iso: string): string {
  const d = isoDateParts(iso);
  if (!d) return iso.trim();
  if (lang === 'en') return officialT(lang, 'dateLong', { day: d.day, month: MONTHS_EN[d.month - 1] ?? '', year: d.year });
  const two = (n: number): string => String(n).padStart(2, '0');
  return officialT(lang, 'dateLong', { day: two(d.day), month: d.month <= 2 ? two(d.month) : String(d.month), year: d.year });
}

/** "Lâm Đồng, ngày 03 tháng 12 năm 2026"; without a place, the date alone with its first letter capitalised. */
export function placeDate(lang: Lang, place: string, iso: string): string {
  const date = longDate(lang, iso);
  if (!date) return '';
  const where = place.replace(/\s+/gu, ' ').trim();
  return where ? officialT(lang, 'placeDate', { place: where, date }) : date.charAt(0).toUpperCase() + date.slice(1);
}
