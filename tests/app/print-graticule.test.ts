/**
 * The graticule printed on the map page and read back with pdftotext -bbox: meridian labels centred on their
 * meridian along the top of the frame, parallel labels level with their parallel along the left, in degrees and
 * minutes in the page's language, all inside the frame and over no other word (north arrow, scale bar, ratio).
 */
import { describe, expect, it } from 'vitest';
import { mapPixelSize, type RenderedMap } from '../../src/app/print-map';
import { mapPageSpec, pageLayout } from '../../src/app/print-page';
import { lngLatToBox, metresPerPixel } from '../../src/domain/print';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { bboxPages, demoPrintContext, testFonts, type Word } from '../helpers/print-context';

const MM = 72 / 25.4;
const fonts = testFonts();
const ONE_PIXEL_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const bounds: [number, number, number, number] = [107.05, 11.72, 108.31, 12.81];

const overlap = (a: Word, b: Word): boolean => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;

describe('print: latitude and longitude ticks at the map frame', () => {
  for (const [paper, orientation, lang] of [['A4', 'portrait', 'vi'], ['A3', 'landscape', 'en']] as const) {
    it(`${paper} ${orientation}, ${lang}: labels at their meridians and parallels, inside the frame, over no other word`, () => {
      const ctx = { ...demoPrintContext(lang, { paper, orientation }), measure: pdfTextMeasure(fonts) };
      const layout = pageLayout(ctx);
      const { widthPx, heightPx } = mapPixelSize(layout.map.w, layout.map.h);
      const map: RenderedMap = { dataUrl: ONE_PIXEL_PNG, widthPx, heightPx, zoom: 9.3, centre: [107.68, 12.27], bounds, metresPerPx: metresPerPixel(12.27, 9.3) };
      const [page] = bboxPages(writePdf([mapPageSpec(ctx, layout, map)], { fonts }));
      const words = page?.words ?? [];
      const [e, n] = lang === 'vi' ? ['Đ', 'B'] : ['E', 'N'];
      const parse = (w: Word, hemi: string): number | null => {
        const m = new RegExp(`^(\\d+)°(\\d{2})′${hemi}$`, 'u').exec(w.text);
        return m ? Number(m[1]) + Number(m[2]) / 60 : null;
      };
      const lons = words.flatMap((w) => (parse(w, e) === null ? [] : [{ w, lon: parse(w, e) ?? 0 }]));
      const lats = words.flatMap((w) => (parse(w, n) === null ? [] : [{ w, lat: parse(w, n) ?? 0 }]));
      expect(lons.length, 'meridian labels').toBeGreaterThanOrEqual(3);
      expect(lats.length, 'parallel labels').toBeGreaterThanOrEqual(2);
      const m = layout.map;
      for (const { w, lon } of lons) {
        const x = lngLatToBox(lon, 12, bounds, m)[0];
        expect(Math.abs((w.x0 + w.x1) / 2 / MM - x), `${w.text} centred on its meridian`).toBeLessThan(0.5);
        expect(w.y0 / MM, `${w.text} along the top`).toBeLessThan(m.y + 8);
      }
      for (const { w, lat } of lats) {
        const y = lngLatToBox(107.5, lat, bounds, m)[1];
        expect(Math.abs((w.y0 + w.y1) / 2 / MM - y), `${w.text} level with its parallel`).toBeLessThan(1);
        expect(w.x0 / MM, `${w.text} along the left`).toBeLessThan(m.x + 5);
      }
      for (const { w } of [...lons, ...lats]) {
        expect(w.x0 / MM).toBeGreaterThan(m.x);
        expect(w.x1 / MM).toBeLessThan(m.x + m.w);
        expect(w.y0 / MM).toBeGreaterThan(m.y);
        expect(w.y1 / MM).toBeLessThan(m.y + m.h);
      }
      const clashes: string[] = [];
      words.forEach((a, i) => words.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push(`${a.text} / ${b.text}`)));
      expect(clashes, 'words drawn over each other').toEqual([]);
    });
  }

  it('is left off when the option is off', () => {
    const ctx = demoPrintContext('vi', { graticule: false });
    const layout = pageLayout(ctx);
    const map: RenderedMap = { dataUrl: ONE_PIXEL_PNG, widthPx: 100, heightPx: 100, zoom: 9.3, centre: [107.68, 12.27], bounds, metresPerPx: 100 };
    expect(mapPageSpec(ctx, layout, map).graticule).toBeUndefined();
    expect(mapPageSpec({ ...ctx, settings: { ...ctx.settings, graticule: true } }, layout, map).graticule?.texts.length).toBeGreaterThan(3);
  });
});
