/**
 * The greyscale-safe print palette: each colour turned to grey (Rec. 601 luma) lies 25 or more of 255 from its
 * neighbours within its set (the coverage classes in order and against the bare land, carriers, technologies,
 * fibre layings, roads, villages), in the legend and as the coverage layer draws it; and the printed PDF, rendered
 * in grey by pdftoppm as a photocopier would, keeps every legend swatch apart from its set's neighbours.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legendItems, type LegendInput } from '../../src/app/print-legend';
import { mapPageSpec, pageLayout } from '../../src/app/print-page';
import { levelClassesFor, type Palette } from '../../src/domain/display/coverage-palette';
import { recolourImage } from '../../src/domain/display/recolour-image';
import { TECHNOLOGIES } from '../../src/domain/model/types';
import { legendLayout } from '../../src/domain/print';
import { hexToRgb } from '../../src/io/pdf/draw-text-item';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { KNOWN_CARRIERS, mapColours } from '../../src/map/colours';
import { demoPrintContext, testFonts } from '../helpers/print-context';

const LAND = [247, 245, 238] as const;
const luma = (c: readonly number[]): number => 0.299 * (c[0] ?? 0) + 0.587 * (c[1] ?? 0) + 0.114 * (c[2] ?? 0);
/** A colour at `alpha` over the land fill. */
const over = (c: readonly number[], alpha = (c[3] ?? 255) / 255): number[] => [0, 1, 2].map((i) => (c[i] ?? 0) * alpha + (LAND[i] ?? 0) * (1 - alpha));

/** The smallest luma gap between neighbours once sorted (every pair's gap is at least this). */
function minGap(greys: readonly number[]): number {
  const sorted = [...greys].sort((a, b) => a - b);
  return Math.min(...sorted.slice(1).map((g, i) => g - (sorted[i] ?? 0)));
}

function sets(palette: Palette): Record<string, number[]> {
  const c = mapColours(palette);
  const coverage = levelClassesFor('4G', palette).map((k) => k.rgba);
  return {
    'coverage classes and land (legend)': [...coverage.map((k) => luma(over(k))), luma(LAND)],
    // The coverage layer is drawn at 85 % opacity over the land.
    'coverage classes and land (map)': [...coverage.map((k) => luma(over(k, ((k[3] ?? 255) / 255) * 0.85))), luma(LAND)],
    carriers: [...KNOWN_CARRIERS, 'Gtel'].map((name) => luma(over(c.carrier(name)))),
    technologies: TECHNOLOGIES.map((t) => luma(over(c.tech[t]))),
    layings: (['aerial', 'underground', 'duct'] as const).map((l) => luma(over(c.laying[l]))),
    roads: [luma(over(c.road.main)), luma(over(c.road.minor)), luma(LAND)],
    villages: [luma(over(c.villageLegend.covered)), luma(over(c.villageLegend.uncovered))],
  };
}

describe('print: a greyscale-safe palette', () => {
  it('every set\'s greys lie at least 25 of 255 apart', () => {
    for (const [name, greys] of Object.entries(sets('greyscale'))) expect(minGap(greys), name).toBeGreaterThanOrEqual(25);
  });

  it('the screen\'s colours do not (Viettel red and VNPT blue photocopy alike), so the option is needed', () => {
    expect(minGap(sets('colour').carriers ?? [])).toBeLessThan(25);
  });

  it('the coverage image is recoloured class for class; cells of no class stay clear', () => {
    const from = levelClassesFor('3G');
    const to = levelClassesFor('3G', 'greyscale');
    const rgba = new Uint8ClampedArray([...from[0]!.rgba, 0, 0, 0, 0, ...from[3]!.rgba]);
    const out = recolourImage({ width: 3, height: 1, rgba, bounds: [0, 0, 1, 1] }, from, to);
    expect([...out.rgba]).toEqual([...to[0]!.rgba, 0, 0, 0, 0, ...to[3]!.rgba]);
    expect([...rgba.slice(0, 4)], 'the screen image untouched').toEqual([...from[0]!.rgba]);
  });

  it('the printed PDF in grey (pdftoppm -gray) keeps each legend set\'s swatches 25 apart', () => {
    const fonts = testFonts();
    const base = demoPrintContext('vi', { paper: 'A4', orientation: 'landscape', palette: 'greyscale' });
    const ctx = { ...base, app: { ...base.app, thresholdDbm: -140 }, measure: pdfTextMeasure(fonts) };
    const layout = pageLayout(ctx);
    const spec = mapPageSpec(ctx, layout, null);
    const dir = mkdtempSync(join(tmpdir(), 'phusong-grey-'));
    writeFileSync(join(dir, 'page.pdf'), writePdf([spec], { fonts }));
    const dpi = 100;
    execFileSync('/usr/bin/pdftoppm', ['-gray', '-r', String(dpi), '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
    const pgm = readFileSync(join(dir, 'page.pgm'));
    const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!head) throw new Error('not a PGM');
    const width = Number(head[1]);
    const offset = head[0].length;
    const entries = legendLayout(layout.legend, layout.legendRowMm, spec.legend.length, Boolean(spec.legendTitle)).entries;
    const grey = (i: number): number => {
      const s = entries[i]?.swatch;
      if (!s) throw new Error(`no swatch ${i}`);
      const px = (mm: number) => Math.round((mm / 25.4) * dpi);
      return pgm[offset + px(s.y + s.h / 2) * width + px(s.x + s.w / 2)] ?? -1;
    };
    const input: LegendInput = { lang: 'vi', layers: ctx.settings.layers, tech: '4G', thresholdDbm: -140, siteColour: 'carrier', roads: true, palette: 'greyscale' };
    const items = legendItems(input);
    expect(items.map((x) => x.colour)).toEqual(spec.legend.map((x) => x.colour));
    const indexOf = (pred: (label: string) => boolean): number[] => items.flatMap((x, i) => (pred(x.label) ? [i] : []));
    const groups = {
      coverage: indexOf((l) => l.startsWith('4G RSRP')),
      carriers: indexOf((l) => KNOWN_CARRIERS.some((c) => l.endsWith(c))),
      layings: indexOf((l) => /^Cáp|^Cống/u.test(l)),
      villages: indexOf((l) => l.startsWith('Thôn')),
    };
    expect(groups.coverage.length).toBeGreaterThanOrEqual(4);
    expect(groups.carriers).toHaveLength(3);
    expect(groups.layings).toHaveLength(3);
    for (const [name, indices] of Object.entries(groups)) {
      const greys = indices.map(grey);
      // pdftoppm's grey agrees with the luma of the swatch's colour, within rounding.
      indices.forEach((i, j) => expect(Math.abs((greys[j] ?? 0) - luma(hexToRgb(items[i]?.colour ?? ''))), `${name} ${items[i]?.label}`).toBeLessThan(4));
      expect(minGap(name === 'coverage' ? [...greys, grey(items.length - 1)] : greys), name).toBeGreaterThanOrEqual(25);
    }
  });
});
