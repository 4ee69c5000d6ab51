/**
 * The official document block printed on a map page and read back with pdftotext -bbox: the parent body and the
 * bold issuing body centred together at the top left, place and date in the administrative form at the top
 * right, the annex line and the data date under the title, the signature block at the bottom right, on A4
 * portrait and A3 landscape in both languages.
 */
import { describe, expect, it } from 'vitest';
import { mapPageSpec, pageLayout, type PrintContext } from '../../src/app/print-page';
import type { Orientation, Paper } from '../../src/domain/print';
import type { Lang } from '../../src/i18n/lang';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { bboxPages, demoPrintContext, testFonts, type Page, type Word } from '../helpers/print-context';

const MM = 72 / 25.4;
const fonts = testFonts();

const TEXTS = {
  parentBody: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
  body: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  reportRef: '125/BC-SKHCN ngày 28/11/2026',
  dataDate: '2026-11-30',
  place: 'Lâm Đồng',
  signTitle: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
  signName: 'Nguyễn Thị Thanh Hương',
};

function context(lang: Lang, paper: Paper, orientation: Orientation): PrintContext {
  const base = demoPrintContext(lang, { paper, orientation, date: '2026-12-03' });
  return { ...base, app: { ...base.app, officialTexts: TEXTS }, measure: pdfTextMeasure(fonts) };
}

/** The page's words making up `text` in order, consecutive (each line's words left to right). */
function find(page: Page, text: string): Word[] {
  const want = text.split(/\s+/u);
  for (let i = 0; i + want.length <= page.words.length; i++) {
    if (want.every((w, j) => page.words[i + j]?.text === w)) return page.words.slice(i, i + want.length);
  }
  throw new Error(`"${text}" not on the page: ${page.words.map((w) => w.text).join(' ')}`);
}

const box = (words: Word[]) => ({ x0: Math.min(...words.map((w) => w.x0)), x1: Math.max(...words.map((w) => w.x1)), y0: Math.min(...words.map((w) => w.y0)), y1: Math.max(...words.map((w) => w.y1)) });
const mid = (b: { x0: number; x1: number }) => (b.x0 + b.x1) / 2;

const DATE_LINE = { vi: 'Lâm Đồng, ngày 03 tháng 12 năm 2026', en: 'Lâm Đồng, 3 December 2026' } as const;
const DATA_LINE = { vi: 'Số liệu đến ngày 30 tháng 11 năm 2026', en: 'Data as of 30 November 2026' } as const;
const ANNEX_LINE = { vi: '(Kèm theo Báo cáo số 125/BC-SKHCN ngày 28/11/2026)', en: '(Annex to report no. 125/BC-SKHCN ngày 28/11/2026)' } as const;

describe('print: the official document block', () => {
  for (const [paper, orientation] of [['A4', 'portrait'], ['A3', 'landscape']] as const) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${paper} ${orientation}, ${lang}: header top left, place and date top right, annex and data date under the title, signature bottom right`, () => {
        const ctx = context(lang, paper, orientation);
        const layout = pageLayout(ctx);
        const [page] = bboxPages(writePdf([mapPageSpec(ctx, layout, null)], { fonts }));
        if (!page) throw new Error('no page');
        const half = page.width / 2;
        const parent = box(find(page, TEXTS.parentBody));
        const body = box(find(page, TEXTS.body));
        expect(parent.x1, 'header block in the left half').toBeLessThan(half);
        expect(body.x1).toBeLessThan(half);
        expect(body.y0, 'the body under its parent').toBeGreaterThan(parent.y1 - 1);
        expect(Math.abs(mid(parent) - mid(body)), 'parent and body centred on one axis').toBeLessThan(1);
        expect(parent.y0, 'at the top margin').toBeLessThan(14 * MM);
        const date = box(find(page, DATE_LINE[lang]));
        expect(date.x0, 'place and date in the right half').toBeGreaterThan(half);
        expect(Math.abs(date.y0 - parent.y0)).toBeLessThan(2);
        const title = box(page.words.filter((w) => w.y0 > body.y1 && w.y1 < body.y1 + 40 * MM && /^(Bản|Coverage)$/u.test(w.text)));
        const annex = box(find(page, ANNEX_LINE[lang]));
        const data = box(find(page, DATA_LINE[lang]));
        expect(title.y0, 'the title under the header block').toBeGreaterThan(body.y1);
        expect(annex.y0, 'the annex line under the title').toBeGreaterThan(title.y1);
        expect(data.y0, 'the data date under the annex line').toBeGreaterThan(annex.y1 - 0.5);
        expect(Math.abs(mid(annex) - half), 'annex line centred').toBeLessThan(2);
        const signTitle = box(find(page, TEXTS.signTitle));
        const signName = box(find(page, TEXTS.signName));
        expect(signTitle.x0, 'signature in the right half').toBeGreaterThan(half);
        expect(signName.y0 - signTitle.y1, 'room to sign between title and name').toBeGreaterThan(12 * MM);
        expect(Math.abs(mid(signTitle) - mid(signName))).toBeLessThan(1);
        const footerTop = layout.footer.y * MM;
        expect(signName.y1, 'signature above the footer').toBeLessThan(footerTop);
        expect(signName.y0, 'signature in the lower part of the page').toBeGreaterThan(page.height * 0.6);
        expect(layout.map.y * MM, 'the map starts under the notes').toBeGreaterThan(data.y1);
      });
    }
  }

  it('an empty block takes no room: the page is laid out as without it', () => {
    const ctx = context('vi', 'A4', 'portrait');
    const bare = { ...ctx, app: { ...ctx.app, officialTexts: { ...TEXTS, parentBody: '', body: '', reportRef: '', dataDate: '', place: '', signTitle: '', signName: '' } } };
    const full = pageLayout(ctx);
    const empty = pageLayout(bare);
    expect(empty.header).toBeNull();
    expect(empty.signature).toBeNull();
    expect(empty.title.y).toBe(10);
    expect(empty.map.h).toBeGreaterThan(full.map.h + 20);
    expect(mapPageSpec(bare, empty, null).official?.texts).toEqual([]);
  });
});
