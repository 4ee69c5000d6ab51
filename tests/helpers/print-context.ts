/** A PrintContext on the demo province (figures computed once), and the PDF fonts read from node_modules. */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageLayout, type PrintContext } from '../../src/app/print-page';
import { mapPixelSize, type RenderedMap } from '../../src/app/print-map';
import { metresPerPixel, printExtentBBox } from '../../src/domain/print';
import { defaultPrintSettings, type PrintSettings } from '../../src/app/print-settings';
import { DEMO_PROJECT_NAME } from '../../src/app/project-actions';
import { INITIAL_STATE } from '../../src/app/state';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type CoverageFigures } from '../../src/domain/coverage';
import type { Dataset } from '../../src/domain/model/types';
import { generateDemoDataset } from '../../src/domain/demo';
import type { Lang } from '../../src/i18n/lang';
import { notoSansFiles, notoSansFontSet, type PdfFontSet } from '../../src/io/pdf';
import { deriveLayers } from '../../src/worker/derived-layers';

const FONT_DIR = new URL('../../node_modules/@fontsource/noto-sans/files/', import.meta.url);
const font = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FONT_DIR)));

export function testFonts(): PdfFontSet {
  const regular = notoSansFiles(400);
  const bold = notoSansFiles(700);
  return notoSansFontSet(
    { latin: font(regular.latin), vietnamese: font(regular.vietnamese) },
    { latin: font(bold.latin), vietnamese: font(bold.vietnamese) },
  );
}

let demo: { dataset: ReturnType<typeof generateDemoDataset>; figures: ReturnType<CoverageModel['figures']> } | null = null;

function demoFigures(): NonNullable<typeof demo> {
  if (demo) return demo;
  const dataset = generateDemoDataset();
  demo = { dataset, figures: new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G', '5G'] }).figures() };
  return demo;
}

/** The demo project as the app opens it (default project and scenario names), in `lang`. */
export function demoPrintContext(lang: Lang, settings: Partial<PrintSettings> = {}): PrintContext {
  const { dataset, figures } = demoFigures();
  return printContextOn(lang, dataset, figures, settings);
}

/** A print context on a dataset and its figures, as the demo project. */
export function printContextOn(lang: Lang, dataset: Dataset, figures: CoverageFigures, settings: Partial<PrintSettings> = {}): PrintContext {
  const app = { ...INITIAL_STATE, lang, dataset, figures, project: { id: 'p1', name: DEMO_PROJECT_NAME, createdAt: '2026-01-01T00:00:00Z' } };
  const layers = { ...INITIAL_STATE.layers, villages: true };
  return {
    app,
    settings: { ...defaultPrintSettings(layers), date: '2026-12-03', ...settings },
    report: { dataset, derived: deriveLayers(dataset), figures, boundary: { name: '', date: '' } },
  };
}

/** pdftotext of the whole file (poppler), pages separated by form feeds. */
export function pdfToText(pdf: Uint8Array, args: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-pdf-'));
  const path = join(dir, 'page.pdf');
  writeFileSync(path, pdf);
  return execFileSync('/usr/bin/pdftotext', [...args, path, '-']).toString();
}

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** Each page's words with their boxes (pdftotext -bbox), in points from the top-left corner. */
export function bboxPages(pdf: Uint8Array): Page[] {
  const html = pdfToText(pdf, ['-bbox']);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...(p[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]),
      text: (w[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
    })),
  }));
}

const ONE_PIXEL_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The map a print context's page would render, as a one-pixel image over its extent (no WebGL in Node). */
export function renderedOn(ctx: PrintContext): RenderedMap {
  const layout = pageLayout(ctx);
  const bounds = printExtentBBox(ctx.settings.extent, ctx.report.dataset.units, layout.map.w / layout.map.h);
  if (!bounds) throw new Error('no extent');
  const { widthPx, heightPx } = mapPixelSize(layout.map.w, layout.map.h);
  const centre: [number, number] = [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
  const zoom = Math.log2((360 / (bounds[2] - bounds[0])) * (widthPx / 512));
  return { dataUrl: ONE_PIXEL_PNG, widthPx, heightPx, zoom, centre, bounds, metresPerPx: metresPerPixel(centre[1], zoom) };
}
