/**
 * The overview inset: on a page showing one commune the province is drawn in a small frame at the map's lower
 * right with the printed extent outlined, as vectors (the page holds one image, the map), clear of the legend,
 * the scale bar and its ratio, the north arrow, the graticule labels and the signature, on A4 portrait and A3
 * landscape in both languages with the longest official texts; a whole-province page has none.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapPixelSize, type RenderedMap } from '../../src/app/print-map';
import { mapPageSpec, pageLayout, type PrintContext } from '../../src/app/print-page';
import { OFFICIAL_TEXT_MAX } from '../../src/domain/print/official-texts';
import { metresPerPixel, printExtentBBox, ratioScaleX, type Box } from '../../src/domain/print';
import type { Lang } from '../../src/i18n/lang';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { demoPrintContext, testFonts } from '../helpers/print-context';
import { decodePng } from '../e2e/pixels';

const fonts = testFonts();
const measure = pdfTextMeasure(fonts);
const ONE_PIXEL_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const long = (stem: string, max: number): string => `${stem} `.repeat(60).slice(0, max).trim();
/** Share of the frame over the rings, from a 40 × 40 grid of points (even-odd). */
function hiddenShare(frame: Box, rings: readonly (readonly [number, number])[][]): number {
  let n = 0;
  for (let i = 0; i < 40; i++) {
    for (let j = 0; j < 40; j++) {
      const x = frame.x + ((i + 0.5) / 40) * frame.w;
      const y = frame.y + ((j + 0.5) / 40) * frame.h;
      let odd = false;
      for (const ring of rings) {
        for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
          const [xa, ya] = ring[a] ?? [0, 0];
          const [xb, yb] = ring[b] ?? [0, 0];
          if (ya > y !== yb > y && x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) odd = !odd;
        }
      }
      if (odd) n++;
    }
  }
  return n / 1600;
}
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function context(lang: Lang, paper: 'A4' | 'A3', orientation: 'portrait' | 'landscape', extent: PrintContext['settings']['extent']): PrintContext {
  const base = demoPrintContext(lang, { paper, orientation, extent });
  const officialTexts = {
    parentBody: long('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', OFFICIAL_TEXT_MAX.parentBody), body: long('SỞ KHOA HỌC VÀ CÔNG NGHỆ', OFFICIAL_TEXT_MAX.body),
    reportRef: '125/BC-SKHCN', dataDate: '2026-11-30', place: 'Lâm Đồng',
    signTitle: long('KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC', OFFICIAL_TEXT_MAX.signTitle), signName: long('Nguyễn Thị Thanh Hương', OFFICIAL_TEXT_MAX.signName),
  };
  return { ...base, app: { ...base.app, officialTexts }, measure };
}

function renderedOn(ctx: PrintContext): RenderedMap {
  const layout = pageLayout(ctx);
  const bounds = printExtentBBox(ctx.settings.extent, ctx.report.dataset.units, layout.map.w / layout.map.h);
  if (!bounds) throw new Error('no extent');
  const { widthPx, heightPx } = mapPixelSize(layout.map.w, layout.map.h);
  const centre: [number, number] = [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
  const zoom = Math.log2((360 / (bounds[2] - bounds[0])) * (widthPx / 256));
  return { dataUrl: ONE_PIXEL_PNG, widthPx, heightPx, zoom, centre, bounds, metresPerPx: metresPerPixel(centre[1], zoom) };
}

describe('print: the overview inset', () => {
  const unit = demoPrintContext('vi').report.dataset.units[20];
  if (!unit) throw new Error('demo too small');
  for (const [paper, orientation, lang] of [['A4', 'portrait', 'vi'], ['A3', 'landscape', 'en'], ['A4', 'portrait', 'en'], ['A3', 'landscape', 'vi']] as const) {
    it(`${paper} ${orientation} ${lang}: one commune's page has the province inset, its extent marked, clear of the page's furniture`, () => {
      const ctx = context(lang, paper, orientation, { kind: 'unit', code: unit.code });
      const layout = pageLayout(ctx);
      const map = renderedOn(ctx);
      const spec = mapPageSpec(ctx, layout, map);
      const inset = spec.overview;
      if (!inset) throw new Error('no inset');
      const { frame, extent } = inset;
      const m = layout.map;
      expect(frame.x).toBeGreaterThan(m.x + m.w / 2);
      expect(frame.x + frame.w).toBeLessThanOrEqual(m.x + m.w);
      expect(frame.y + frame.h).toBeLessThanOrEqual(m.y + m.h);
      expect(frame.w * frame.h).toBeLessThan(0.12 * m.w * m.h);
      expect(inset.units.length).toBeGreaterThanOrEqual(ctx.report.dataset.units.length);
      // The commune is a small part of the province: its mark is inside the frame and much smaller.
      expect(extent.x).toBeGreaterThanOrEqual(frame.x);
      expect(extent.x + extent.w).toBeLessThanOrEqual(frame.x + frame.w + 1e-9);
      expect(extent.w * extent.h).toBeLessThan(0.25 * frame.w * frame.h);
      const bar = spec.scaleBar;
      if (!bar || !spec.ratioScale) throw new Error('no scale bar');
      const pt = layout.fontPt.legend;
      const ratioRight = ratioScaleX(layout.scaleBar, Math.min(bar.width, layout.scaleBar.w * 0.8), measure(bar.label, pt)) + measure(spec.ratioScale, pt);
      const furniture: [string, Box | null][] = [
        ['legend', layout.legend], ['scale bar and ratio', { ...layout.scaleBar, w: ratioRight - layout.scaleBar.x + 2 }], ['north arrow', layout.northArrow],
        ['signature', layout.signature], ['footer', layout.footer], ...(spec.graticule?.texts ?? []).map((t): [string, Box] => [`graticule ${t.text}`, t.box]),
      ];
      for (const [name, box] of furniture) if (box) expect(overlaps(frame, box), `inset over the ${name}`).toBe(false);
    });
  }

  it('hides little of the page\'s commune: over every demo commune, high under the north arrow where low would hide more', () => {
    const units = demoPrintContext('vi').report.dataset.units;
    const shares: number[] = [];
    const lows: number[] = [];
    let high = 0;
    for (const [paper, orientation] of [['A4', 'portrait'], ['A3', 'landscape']] as const) {
      for (const u of units) {
        const ctx = context('vi', paper, orientation, { kind: 'unit', code: u.code });
        const layout = pageLayout(ctx);
        const spec = mapPageSpec(ctx, layout, renderedOn(ctx));
        const frame = spec.overview?.frame;
        if (!frame || !spec.focus) throw new Error(`no inset or focus for ${u.code}`);
        for (const box of [layout.northArrow, layout.scaleBar, layout.legend, ...(spec.graticule?.texts ?? []).map((t) => t.box)]) expect(overlaps(frame, box), `${u.code}: inset over the page's furniture`).toBe(false);
        const low = { ...frame, y: layout.map.y + layout.map.h - (layout.scaleBar.x - layout.map.x) - frame.h };
        const share = hiddenShare(frame, spec.focus);
        if (frame.y < low.y) high++;
        expect(share, `${u.code}: no more than low at the corner would`).toBeLessThanOrEqual(hiddenShare(low, spec.focus) + 0.02);
        shares.push(share);
        lows.push(hiddenShare(low, spec.focus));
      }
    }
    // Always low at the corner: up to 46 % of the frame over the commune on 8 of 142 pages; now at most a quarter.
    expect(high, 'some pages take the place under the north arrow').toBeGreaterThan(0);
    expect(Math.max(...shares)).toBeLessThan(0.25);
    expect(shares.filter((s) => s > 0.05).length).toBeLessThan(lows.filter((s) => s > 0.05).length);
  });

  it('a whole-province page has no inset', () => {
    const ctx = context('vi', 'A4', 'portrait', { kind: 'province' });
    expect(mapPageSpec(ctx, pageLayout(ctx), renderedOn(ctx)).overview).toBeUndefined();
  });

  it('is drawn as vectors: the page holds one image (the map), the inset\'s grey units and the extent\'s colour are on the rendered page', () => {
    const ctx = context('vi', 'A4', 'portrait', { kind: 'unit', code: unit.code });
    const layout = pageLayout(ctx);
    const spec = mapPageSpec(ctx, layout, renderedOn(ctx));
    const dir = mkdtempSync(join(tmpdir(), 'phusong-inset-'));
    const pdf = join(dir, 'page.pdf');
    writeFileSync(pdf, writePdf([spec], { fonts }));
    const images = execFileSync('/usr/bin/pdfimages', ['-list', pdf]).toString().trim().split('\n').slice(2).filter((row) => row.trim().split(/\s+/)[2] === 'image');
    expect(images).toHaveLength(1);
    const dpi = 100;
    execFileSync('/usr/bin/pdftoppm', ['-r', String(dpi), '-png', '-singlefile', pdf, join(dir, 'page')]);
    const img = decodePng(readFileSync(join(dir, 'page.png')));
    const px = dpi / 25.4;
    const frame = spec.overview?.frame;
    if (!frame) throw new Error('no inset');
    let grey = 0;
    let mark = 0;
    for (let y = Math.ceil(frame.y * px); y < (frame.y + frame.h) * px; y++) {
      for (let x = Math.ceil(frame.x * px); x < (frame.x + frame.w) * px; x++) {
        const i = (y * img.width + x) * 4;
        const [r, g, b] = [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
        if (Math.abs(r - 0xdc) < 6 && Math.abs(g - 0xdc) < 6 && Math.abs(b - 0xdc) < 6) grey++;
        if (r > 150 && g < 80 && b > 50 && b < 130) mark++;
      }
    }
    const cells = frame.w * frame.h * px * px;
    expect(grey / cells, 'the province filled grey').toBeGreaterThan(0.3);
    expect(mark, 'the extent outlined').toBeGreaterThan(10);
  });
});
