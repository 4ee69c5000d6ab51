/** Long print jobs: the map page PDF (with the commune table), the atlas, and the short report. */
import { atlasOrder, atlasPlan, atlasTitle, printExtentBBox, type AtlasSort } from '../domain/print';
import type { ReportingUnit } from '../domain/model/types';
import type { PdfFontSet, PdfPageSpec, PdfTableSpec, PdfTextMeasure } from '../io/pdf';
import { zipFiles } from '../io/zip/write-zip';
import { printT } from '../i18n/print-strings';
import { communeTableSpec, footerOf, mapPageSpec, pageLayout, printMapView, provinceName, titleOf, type PrintContext } from './print-page';
import { mapPixelSize, type PrintMap, type RenderedMap } from './print-map';
import { indicatorsTable, unitFacts } from './print-tables';
import { scenarioSites } from './scenarios';
import { Cancelled } from './print-actions';
import { unitsBBox } from '../domain/boundaries';
import { tidySpaces } from '../domain/text/tidy-spaces';

export type Progress = (label: string, done: number, total: number) => void;

/** The PDF writer (jsPDF and the font loader) is fetched on the first export, not at start-up. */
const pdfWriter = () => import('../io/pdf');

let fonts: Promise<PdfFontSet> | null = null;

/** Noto Sans (Vietnamese) loaded once. */
export function pdfFonts(): Promise<PdfFontSet> {
  fonts ??= pdfWriter().then((pdf) => pdf.loadNotoSans()).catch((e: unknown) => {
    fonts = null;
    throw e;
  });
  return fonts;
}

/** The PDF font's text metrics, for laying out the preview as the PDF will be (loads the writer on first use). */
export async function pdfMeasure(): Promise<PdfTextMeasure> {
  const [pdf, loaded] = await Promise.all([pdfWriter(), pdfFonts()]);
  return pdf.pdfTextMeasure(loaded);
}

/** The context with the PDF font's metrics, so long titles and footers get the lines they need. */
export async function measuredContext(ctx: PrintContext): Promise<PrintContext> {
  return ctx.measure ? ctx : { ...ctx, measure: (await pdfWriter()).pdfTextMeasure(await pdfFonts()) };
}

/** The page's map at 150 dpi fitted to the chosen extent (the province when the chosen unit is not in the set). */
export async function renderPageMap(ctx: PrintContext, printMap: PrintMap): Promise<RenderedMap> {
  const layout = pageLayout(ctx);
  const { widthPx, heightPx } = mapPixelSize(layout.map.w, layout.map.h);
  const units = ctx.report.dataset.units;
  const aspect = layout.map.w / layout.map.h;
  const bbox = printExtentBBox(ctx.settings.extent, units, aspect) ?? printExtentBBox({ kind: 'province' }, units, aspect);
  return printMap.render(printMapView(ctx, scenarioSites(ctx.app)), widthPx, heightPx, { bbox: bbox ?? unitsBBox(units) });
}

export async function mapPdf(plain: PrintContext, printMap: PrintMap, progress: Progress, rendered?: RenderedMap): Promise<Uint8Array> {
  const ctx = await measuredContext(plain);
  const t = (k: Parameters<typeof printT>[1]) => printT(ctx.app.lang, k);
  progress(t('renderingMap'), 0, 2);
  const layout = pageLayout(ctx);
  const size = mapPixelSize(layout.map.w, layout.map.h);
  // A preview map rendered for another layout (before the font metrics were known) would be stretched.
  const fits = rendered && rendered.widthPx === size.widthPx && rendered.heightPx === size.heightPx;
  const map = fits ? rendered : await renderPageMap(ctx, printMap);
  progress(t('writingPdf'), 1, 2);
  const pages: PdfPageSpec[] = [mapPageSpec(ctx, layout, map), communeTableSpec(ctx)];
  const bytes = (await pdfWriter()).writePdf(pages, { fonts: await pdfFonts(), title: titleOf(ctx), author: tidySpaces(ctx.app.officialTexts.body), subject: provinceName(ctx.app) });
  progress(t('writingPdf'), 2, 2);
  return bytes;
}

/** How the atlas is made: page order, title template (empty: "name — province"), an index page first, one file per page. */
export interface AtlasChoices {
  sort: AtlasSort;
  titleTemplate: string;
  cover: boolean;
  perPage: boolean;
}

export const DEFAULT_ATLAS_CHOICES: AtlasChoices = { sort: 'name', titleTemplate: '', cover: false, perPage: false };

/** A file the atlas hands to the browser: the one PDF, or a zip of one PDF per page. */
export interface AtlasFile {
  bytes: Uint8Array;
  zip: boolean;
}

/** The units' titles as the atlas prints them. */
export function atlasTitles(ctx: PrintContext, units: readonly ReportingUnit[], template: string): Map<string, string> {
  const province = provinceName(ctx.app);
  return new Map(units.map((u) => [u.code, template.trim() ? atlasTitle(template, { name: u.name, type: u.type, district: u.district, code: u.code, province }) : `${tidySpaces(u.name)} — ${province}`]));
}

/** The index page: one row per map page with its district and page number (the index's own pages counted). */
async function atlasIndex(ctx: PrintContext, units: readonly ReportingUnit[], titles: ReadonlyMap<string, string>): Promise<PdfTableSpec> {
  const lang = ctx.app.lang;
  const t = (k: Parameters<typeof printT>[1]) => printT(lang, k);
  const table = (first: number): PdfTableSpec => ({
    kind: 'table', paper: ctx.settings.paper, orientation: ctx.settings.orientation,
    title: printT(lang, 'atlasIndexTitle', { title: titleOf(ctx) }),
    header: [t('rowNo'), t('atlasIndexPage'), t('district'), t('atlasIndexPageNo')],
    rows: units.map((u, i) => [String(i + 1), titles.get(u.code) ?? u.name, tidySpaces(u.district), String(first + i)]),
    columnWidths: [1, 8, 4, 1.5], align: ['right', 'left', 'left', 'right'],
    footer: footerOf(ctx, true).slice(0, 2),
  });
  const pdf = await pdfWriter();
  const measure = ctx.measure ?? pdf.pdfTextMeasure(await pdfFonts());
  return table(pdf.tablePageCount(table(1), measure) + 1);
}

/**
 * One page per chosen unit, zoomed to it and outlined (the rest dimmed), with villages, sites, coverage, its figures
 * table and the province inset locating it; in the chosen order, under the chosen titles, after an index if asked.
 */
export async function atlasPdf(plain: PrintContext, codes: readonly string[], printMap: PrintMap, progress: Progress, signal: AbortSignal, choices: AtlasChoices = DEFAULT_ATLAS_CHOICES): Promise<AtlasFile> {
  const ctx = await measuredContext(plain);
  const lang = ctx.app.lang;
  const layers = { ...ctx.settings.layers, villages: true, sites: true, coverage: true, units: true };
  const atlasCtx: PrintContext = { ...ctx, settings: { ...ctx.settings, layers } };
  const figures = new Map(ctx.report.figures.units.map((u) => [u.code, u]));
  const sample = ctx.report.figures.units[0];
  const layout = pageLayout(atlasCtx, sample ? unitFacts(lang, sample).rows.length + 1 : 0);
  const chosen = new Set(codes);
  const coverage = new Map(ctx.report.figures.units.map((u) => [u.code, u.pctArea[ctx.app.coverageTech]]));
  const units = atlasOrder(ctx.report.dataset.units.filter((u) => chosen.has(u.code)), choices.sort, coverage);
  const titles = atlasTitles(ctx, units, choices.titleTemplate);
  const plan = atlasPlan(units, { mapWidthMm: layout.map.w, mapHeightMm: layout.map.h });
  const view = printMapView(atlasCtx, scenarioSites(ctx.app), layers);
  const pages: PdfPageSpec[] = [];
  for (const [i, p] of plan.entries()) {
    if (signal.aborted) throw new Cancelled();
    progress(printT(lang, 'atlasPage', { n: i + 1, total: plan.length, name: p.name }), i, plan.length + 1);
    const { widthPx, heightPx } = mapPixelSize(layout.map.w, layout.map.h);
    const zoom = p.zoom + Math.log2(widthPx / p.pixelWidth);
    const map = await printMap.render(view, widthPx, heightPx, { centre: p.centre, zoom });
    const f = figures.get(p.code);
    pages.push(mapPageSpec(atlasCtx, layout, map, { title: titles.get(p.code) ?? p.name, facts: f ? unitFacts(lang, f) : undefined, focusCode: p.code }));
  }
  if (signal.aborted) throw new Cancelled();
  progress(printT(lang, 'writingPdf'), plan.length, plan.length + 1);
  const pdf = await pdfWriter();
  const options = { fonts: await pdfFonts(), title: titleOf(ctx), author: tidySpaces(ctx.app.officialTexts.body) };
  const planned = units.filter((u) => plan.some((p) => p.code === u.code));
  const index = choices.cover ? [await atlasIndex(ctx, planned, titles)] : [];
  if (!choices.perPage) return { bytes: pdf.writePdf([...index, ...pages], options), zip: false };
  const width = String(pages.length).length;
  const files = [
    ...index.map((spec) => ({ name: `00-${atlasFileStem(printT(lang, 'atlasIndexFile'))}.pdf`, bytes: pdf.writePdf([spec], options) })),
    ...pages.map((spec, i) => ({ name: `${String(i + 1).padStart(width, '0')}-${atlasFileStem(plan[i]?.name ?? '')}.pdf`, bytes: pdf.writePdf([spec], { ...options, title: spec.kind === 'map' ? spec.title : options.title }) })),
  ];
  return { bytes: zipFiles(files), zip: true };
}

/** A name as a file name: letters without their marks, digits and dashes. */
export function atlasFileStem(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[đĐ]/gu, 'd').replace(/[^A-Za-z0-9]+/gu, '-').replace(/^-|-$/gu, '').toLowerCase() || 'trang';
}

/** Province indicators, then the commune table. */
export async function reportPdf(plain: PrintContext): Promise<Uint8Array> {
  const ctx = await measuredContext(plain);
  const lang = ctx.app.lang;
  const ind = indicatorsTable(lang, ctx.report.figures);
  const communes = communeTableSpec(ctx, 'A4', 'landscape');
  const pages: PdfPageSpec[] = [
    {
      kind: 'table', paper: 'A4', orientation: 'landscape', title: printT(lang, 'reportTitle', { province: provinceName(ctx.app) }),
      header: ind.header, rows: ind.rows, columnWidths: ind.widths, align: ind.align, footer: communes.footer, sizePt: 10,
    },
    communes,
  ];
  return (await pdfWriter()).writePdf(pages, { fonts: await pdfFonts(), title: printT(lang, 'reportTitle', { province: provinceName(ctx.app) }), author: tidySpaces(ctx.app.officialTexts.body) });
}
