/**
 * Commune and district outlines, roads and fibre on the printed map are vector paths over the map image (the image
 * is rendered without them): checked in the page spec and in the PDF rendered by pdftoppm at two resolutions.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapPageSpec, pageLayout, printMapView } from '../../src/app/print-page';
import type { Box } from '../../src/domain/print';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { UNIT_OUTLINE } from '../../src/map/style';
import { demoPrintContext, testFonts, renderedOn } from '../helpers/print-context';

const fonts = testFonts();
const measure = pdfTextMeasure(fonts);
/** Pixels of exactly `hex` inside `box` (mm) of page 1 rendered at `dpi` without anti-aliasing. */
function pixelsOf(pdf: Uint8Array, dpi: number, box: Box, hex: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-lines-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  execFileSync('/usr/bin/pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-aa', 'no', '-aaVector', 'no', join(dir, 'p.pdf'), join(dir, 'p')]);
  const ppm = readFileSync(join(dir, 'p.ppm'));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header?.[1] || !header[2]) throw new Error('not a PPM');
  const w = Number(header[1]);
  const start = header[0].length;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const k = dpi / 25.4;
  let n = 0;
  for (let y = Math.ceil(box.y * k) + 2; y < Math.floor((box.y + box.h) * k) - 2; y++) {
    for (let x = Math.ceil(box.x * k) + 2; x < Math.floor((box.x + box.w) * k) - 2; x++) {
      const o = start + (y * w + x) * 3;
      if (ppm[o] === r && ppm[o + 1] === g && ppm[o + 2] === b) n++;
    }
  }
  return n;
}

describe('print: outlines, roads and fibre as vectors', () => {
  it('renders the map image without them and puts them on the page, clipped to the map box', () => {
    const ctx = { ...demoPrintContext('vi', { layers: { ...demoPrintContext('vi').settings.layers, fibre: true, units: true } }), measure };
    const view = printMapView(ctx, []);
    expect(view.layers.roads).toBe(false);
    expect(view.layers.fibre).toBe(false);
    const layout = pageLayout(ctx);
    const spec = mapPageSpec(ctx, layout, renderedOn(ctx));
    const lines = spec.lines ?? [];
    const outlines = lines.find((g) => g.colour === UNIT_OUTLINE.colour);
    expect(outlines?.paths.length).toBeGreaterThanOrEqual(ctx.report.dataset.units.length);
    expect(lines.some((g) => g.dashMm !== undefined), 'aerial cable dashed').toBe(true);
    // Every vertex is near the map box (the PDF clips at the frame): nothing far outside bloats the file.
    for (const g of lines) for (const path of g.paths) for (const [x, y] of path) {
      expect(x).toBeGreaterThan(layout.map.x - 200);
      expect(y).toBeGreaterThan(layout.map.y - 200);
    }
  });

  it('draws the commune outlines as PDF paths that stay thin and sharp at 150 and 600 dpi', () => {
    const ctx = { ...demoPrintContext('vi'), measure };
    const layout = pageLayout(ctx);
    const pdf = writePdf([mapPageSpec(ctx, layout, renderedOn(ctx))], { fonts });
    const at150 = pixelsOf(pdf, 150, layout.map, UNIT_OUTLINE.colour);
    const at600 = pixelsOf(pdf, 600, layout.map, UNIT_OUTLINE.colour);
    expect(at150).toBeGreaterThan(1000);
    // A vector line 4× longer and 4× wider in pixels: about 16× the pixels (an image's line would only be resampled).
    expect(at600 / at150).toBeGreaterThan(6);
  });
});
