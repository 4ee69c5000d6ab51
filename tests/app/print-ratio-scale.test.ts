/**
 * The ratio scale printed beside the scale bar, read back from the PDF with pdftotext -bbox: its denominator is
 * the bar's own ground metres per mm of paper (× 1000, to 3 significant digits), grouped by spaces, and it sits on
 * the bar's line to the right of its length label, inside the map frame.
 */
import { describe, expect, it } from 'vitest';
import { mapPixelSize, type RenderedMap } from '../../src/app/print-map';
import { mapPageSpec, pageLayout } from '../../src/app/print-page';
import { metresPerPixel, type Orientation, type Paper } from '../../src/domain/print';
import { formatSpaced } from '../../src/i18n/format';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { bboxPages, demoPrintContext, testFonts } from '../helpers/print-context';

const MM = 72 / 25.4;
const fonts = testFonts();
const ONE_PIXEL_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('print: the ratio scale beside the bar', () => {
  it('groups the denominator\'s thousands with spaces', () => {
    expect(formatSpaced(250_000)).toBe('250 000');
    expect(formatSpaced(1_234_567)).toBe('1 234 567');
    expect(formatSpaced(999)).toBe('999');
  });

  for (const [paper, orientation, lang, zoom] of [['A4', 'portrait', 'vi', 9.3], ['A3', 'landscape', 'en', 10.1]] as const) {
    it(`${paper} ${orientation}, ${lang}: the same page scale as the bar, on its line, right of its label`, () => {
      const ctx = { ...demoPrintContext(lang, { paper: paper as Paper, orientation: orientation as Orientation }), measure: pdfTextMeasure(fonts) };
      const layout = pageLayout(ctx);
      const { widthPx, heightPx } = mapPixelSize(layout.map.w, layout.map.h);
      const map: RenderedMap = { dataUrl: ONE_PIXEL_PNG, widthPx, heightPx, zoom, centre: [107.6, 12.2], bounds: [107, 11.7, 108.2, 12.7], metresPerPx: metresPerPixel(12.2, zoom) };
      const spec = mapPageSpec(ctx, layout, map);
      const bar = spec.scaleBar;
      if (!bar) throw new Error('no scale bar');
      const [page] = bboxPages(writePdf([spec], { fonts }));
      const words = page?.words ?? [];
      const at = words.findIndex((w) => /^1:\d+$/u.test(w.text));
      expect(at, 'a "1:…" word on the page').toBeGreaterThan(0);
      const label = words[at - 1];
      expect(label?.text).toBe(lang === 'vi' ? 'lệ' : 'Scale');
      // The denominator's groups of three follow as words of their own.
      const groups = [words[at]?.text.slice(2) ?? ''];
      for (let i = at + 1; /^\d{3}$/u.test(words[i]?.text ?? ''); i++) groups.push(words[i]?.text ?? '');
      const denominator = Number(groups.join(''));
      const barMetresPerMm = bar.lengthM / bar.width;
      expect(Math.abs(denominator / (barMetresPerMm * 1000) - 1), `1:${denominator} against the bar's ${barMetresPerMm.toFixed(2)} m/mm`).toBeLessThan(0.005);
      expect(spec.ratioScale).toBe(`${lang === 'vi' ? 'Tỷ lệ' : 'Scale'} 1:${formatSpaced(denominator)}`);
      const barLabel = words.find((w) => w.text === bar.label.split(' ')[0] && Math.abs(w.y1 - (layout.scaleBar.y + layout.scaleBar.h) * MM) < 4 * MM);
      const first = words[at - (lang === 'vi' ? 2 : 1)];
      if (!barLabel || !first) throw new Error('bar label or ratio not found');
      expect(first.x0, 'the ratio right of the bar\'s length label').toBeGreaterThan(barLabel.x1);
      expect(first.y0, 'on the bar\'s line, below its labels').toBeGreaterThan(barLabel.y0);
      const last = words[at + groups.length - 1];
      expect(last?.x1 ?? Infinity, 'inside the map frame').toBeLessThan((layout.map.x + layout.map.w) * MM);
      expect(first.y1).toBeLessThan((layout.map.y + layout.map.h) * MM);
    });
  }
});
