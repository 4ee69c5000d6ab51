/**
 * Names on the printed map: drawn as vector text placed around the site symbols, the map image rendered without
 * its own labels, the unit a page is about named first, village names only when asked, and the names in the PDF.
 */
import { describe, expect, it } from 'vitest';
import { mapPageSpec, pageLayout, printMapView } from '../../src/app/print-page';
import { scenarioSites } from '../../src/app/scenarios';
import { lngLatToBox, type Box } from '../../src/domain/print';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { demoPrintContext, pdfToText, testFonts, renderedOn } from '../helpers/print-context';

const fonts = testFonts();
const measure = pdfTextMeasure(fonts);
const inside = (x: number, y: number, b: Box): boolean => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;

describe('print: names on the map', () => {
  it('places names clear of every site symbol, inside the map, and writes them as text in the PDF', () => {
    const ctx = { ...demoPrintContext('vi', { paper: 'A3', orientation: 'landscape' }), measure };
    const layout = pageLayout(ctx);
    const map = renderedOn(ctx);
    const spec = mapPageSpec(ctx, layout, map);
    const labels = spec.labels ?? [];
    expect(labels.length).toBeGreaterThan(5);
    const sites = scenarioSites(ctx.app).map((s) => lngLatToBox(s.lon, s.lat, map.bounds, layout.map));
    for (const l of labels) {
      expect(sites.some(([x, y]) => inside(x, y, l.box))).toBe(false);
      expect(l.box.x).toBeGreaterThanOrEqual(layout.map.x);
      expect(l.box.x + l.box.w).toBeLessThanOrEqual(layout.map.x + layout.map.w);
    }
    const text = pdfToText(writePdf([spec], { fonts }), ['-f', '1', '-l', '1']).replace(/\s+/g, ' ');
    for (const l of labels) expect(text).toContain(l.text);
  });

  it('renders the map image without its screen labels', () => {
    const ctx = demoPrintContext('vi');
    expect(ctx.settings.layers.labels).toBe(true);
    expect(printMapView(ctx, []).layers.labels).toBe(false);
  });

  it('names the page\'s own commune first, and villages only when asked', () => {
    const base = demoPrintContext('vi');
    const unit = base.report.dataset.units[20];
    if (!unit) throw new Error('demo too small');
    const layers = { ...base.settings.layers, villages: true };
    const ctx = { ...demoPrintContext('vi', { extent: { kind: 'unit', code: unit.code }, layers }), measure };
    const layout = pageLayout(ctx);
    const map = renderedOn(ctx);
    const plain = mapPageSpec(ctx, layout, map, { focusCode: unit.code }).labels ?? [];
    expect(plain.map((l) => l.text)).toContain(unit.name.replace(/\s+/g, ' ').trim());
    const villageNames = new Set(ctx.report.dataset.villages.map((v) => v.name));
    expect(plain.some((l) => villageNames.has(l.text))).toBe(false);
    const named = { ...ctx, settings: { ...ctx.settings, villageNames: true } };
    const withVillages = mapPageSpec(named, layout, map, { focusCode: unit.code }).labels ?? [];
    expect(withVillages.some((l) => villageNames.has(l.text))).toBe(true);
  });
});
