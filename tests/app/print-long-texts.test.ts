/**
 * The longest texts the page fields take, printed on A4 portrait and read back with pdftotext -bbox: every word
 * is there whole (nothing cut with "…"), inside the paper's margins, and no two words are drawn over each other.
 */
import { describe, expect, it } from 'vitest';
import { communeTableSpec, mapPageSpec, pageLayout, type PrintContext } from '../../src/app/print-page';
import { PRINT_TEXT_MAX } from '../../src/domain/print/print-choices';
import { OFFICIAL_TEXT_MAX } from '../../src/domain/print/official-texts';
import type { Lang } from '../../src/i18n/lang';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { bboxPages, demoPrintContext, testFonts, type Word } from '../helpers/print-context';

const MM = 72 / 25.4;
const fonts = testFonts();

/** Words (numbered, so each is findable) up to exactly `max` characters. */
function longText(stem: string, max: number): string {
  let out = '';
  for (let i = 1; ; i++) {
    const next = `${out}${out ? ' ' : ''}${stem}${i}`;
    if (next.length > max) return out.padEnd(max, 'X');
    out = next;
  }
}

function longContext(lang: Lang): PrintContext {
  const base = demoPrintContext(lang, {
    paper: 'A4', orientation: 'portrait',
    title: longText('BẢN-ĐỒ-HIỆN-TRẠNG-PHỦ-SÓNG', PRINT_TEXT_MAX.title),
    subtitle: longText('Kèm-theo-Báo-cáo-số', PRINT_TEXT_MAX.subtitle),
    sources: longText('Nguồn-dữ-liệu', PRINT_TEXT_MAX.sources),
  });
  const sources = [longText('Nguồn-ranh-giới', 180), `Tổng cục  Thống kê,   Tổng điều tra 2019 ${longText('ghi-chú', 120)}`];
  const dataset = { ...base.report.dataset, meta: { ...base.report.dataset.meta, sources } };
  const officialTexts = {
    parentBody: longText('UBND-TỈNH', OFFICIAL_TEXT_MAX.parentBody), body: longText('SỞ-KHOA-HỌC-VÀ-CÔNG-NGHỆ', OFFICIAL_TEXT_MAX.body),
    reportRef: longText('125/BC-SKHCN', OFFICIAL_TEXT_MAX.reportRef), dataDate: '2026-11-30', place: longText('Lâm-Đồng', OFFICIAL_TEXT_MAX.place),
    signTitle: longText('KT.-GIÁM-ĐỐC', OFFICIAL_TEXT_MAX.signTitle), signName: longText('Nguyễn-Văn-Aaaaaa', OFFICIAL_TEXT_MAX.signName),
  };
  return { ...base, app: { ...base.app, officialTexts }, report: { ...base.report, dataset, boundary: { name: longText('Bộ-ranh-giới', 100), date: '2025-07-01' } }, measure: pdfTextMeasure(fonts) };
}

/** Footer parts are joined with "; " and ", "; the annex line is in brackets. */
const bare = (word: string): string => word.replace(/[;,)]$/u, '').replace(/^\(/u, '');

function expectWordsInOrder(words: readonly string[], text: string): void {
  let at = 0;
  for (const w of text.split(/\s+/).filter(Boolean).map(bare)) {
    const i = words.indexOf(w, at);
    expect(i, `"${w}" printed whole`).toBeGreaterThanOrEqual(0);
    at = i + 1;
  }
}

const overlap = (a: Word, b: Word): boolean => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;

describe('print: the longest texts on A4 portrait are wrapped or shrunk, never cut', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: title, subtitle, footer and table header printed whole, inside the margins, not over each other`, () => {
      const ctx = longContext(lang);
      const layout = pageLayout(ctx);
      expect(layout.title.h).toBeGreaterThan(pageLayout({ ...ctx, settings: { ...ctx.settings, title: 'Ngắn' } }).title.h * 2.5);
      const map = mapPageSpec(ctx, layout, null);
      const pages = bboxPages(writePdf([map, communeTableSpec(ctx)], { fonts }));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) {
        expect(page.width).toBeCloseTo(210 * MM, 0);
        for (const w of page.words) {
          expect(w.text, 'no word cut with an ellipsis').not.toMatch(/.…$/u);
          expect(w.x0, `"${w.text}" inside the left margin`).toBeGreaterThanOrEqual(9 * MM);
          expect(w.x1, `"${w.text}" inside the right margin`).toBeLessThanOrEqual(page.width - 9 * MM);
          expect(w.y1, `"${w.text}" above the bottom margin`).toBeLessThanOrEqual(page.height - 9 * MM);
        }
        const clashes: string[] = [];
        page.words.forEach((a, i) => page.words.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push(`${a.text} / ${b.text}`)));
        expect(clashes, 'words drawn over each other').toEqual([]);
      }
      const [first, table] = pages;
      const words = first?.words.map((w) => bare(w.text)) ?? [];
      expectWordsInOrder(words, ctx.settings.title);
      expectWordsInOrder(words, ctx.settings.subtitle);
      expectWordsInOrder(words, ctx.settings.sources);
      for (const key of ['parentBody', 'body', 'reportRef', 'place', 'signTitle', 'signName'] as const) expectWordsInOrder(words, ctx.app.officialTexts[key]);
      expectWordsInOrder(words, ctx.report.boundary.name);
      // The title: three centred lines at most.
      const titleWords = first?.words.filter((w) => w.text.startsWith('BẢN-ĐỒ')) ?? [];
      const lines = new Map<number, Word[]>();
      for (const w of titleWords) lines.set(Math.round(w.y1), [...(lines.get(Math.round(w.y1)) ?? []), w]);
      expect(lines.size).toBeGreaterThan(1);
      expect(lines.size).toBeLessThanOrEqual(3);
      for (const line of lines.values()) {
        const mid = (Math.min(...line.map((w) => w.x0)) + Math.max(...line.map((w) => w.x1))) / 2;
        expect(Math.abs(mid - (first?.width ?? 0) / 2)).toBeLessThan(2);
      }
      // Every column header, whole (a wrapped header's words are read out line by line across the columns).
      const tableWords = table?.words.map((w) => w.text) ?? [];
      for (const w of communeTableSpec(ctx).header.join(' ').split(/\s+/)) expect(tableWords).toContain(w);
    });
  }
});
