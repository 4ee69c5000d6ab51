/** The map page and the table pages of a print, as page specs for writePdf and the canvas preview. */
import type { CoverageFigures } from '../domain/coverage';
import { techThresholdDbm } from '../domain/coverage/settings';
import { levelClassesFor, type Palette } from '../domain/display/coverage-palette';
import type { CoverageImage } from '../domain/display/coverage-image';
import { recolourImage } from '../domain/display/recolour-image';
import { TECHNOLOGIES, type Dataset } from '../domain/model/types';
import { MAX_TITLE_LINES, fitLines, layoutMapPage, linesNeeded, metresPerMm, niceScaleBar, outlineOnMap, overviewInset, representativeFraction, type MapPageLayout, type ScaleBar } from '../domain/print';
import type { PdfFacts, PdfMapPageSpec, PdfTableSpec, PdfTextItem, PdfTextMeasure } from '../io/pdf';
import type { MapView } from '../map/map-controller';
import { formatSpaced } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { printT } from '../i18n/print-strings';
import type { DerivedLayers } from '../worker/derived-layers';
import { legendItems, legendTitle, type LegendInput } from './print-legend';
import type { RenderedMap } from './print-map';
import type { PrintSettings } from './print-settings';
import { communeTable, outsideSitesNote } from './print-tables';
import { footerLines } from './print-footer';
import { graticuleMarks } from './print-graticule';
import { ONE_LINE_EACH, officialBlock, officialLines, officialWords, type OfficialWords } from './print-official';
import { DEMO_PROJECT_NAME } from './project-actions';
import { activeScenario, scenarioSites } from './scenarios';
import { mapLabels } from './print-labels';
import { mapLines } from './print-map-lines';
import { differenceLines, type FiguresOnSet } from './print-boundary-differences';
import type { AppState } from './state';
import type { BoundarySetLabel } from './boundaries-store';

/** What the print reports on: the app's own figures, or those on the second boundary set. */
export interface ReportSource {
  dataset: Dataset;
  derived: DerivedLayers;
  figures: CoverageFigures;
  boundary: BoundarySetLabel;
  /** The same territory's figures on the other boundary set, when both are known: the page says where they differ. */
  other?: FiguresOnSet | null;
}

export interface PrintContext {
  app: AppState;
  settings: PrintSettings;
  report: ReportSource;
  /** The PDF font's metrics once loaded: long titles and footer lines then get the lines they wrap onto. */
  measure?: PdfTextMeasure | null;
}

/** The scenario as printed: the default names ("Kịch bản 2") in the page's language, any other as written. */
export function scenarioName(app: AppState): string {
  const name = activeScenario(app)?.name ?? '';
  const numbered = /^Kịch bản (\d+)$/u.exec(name.trim());
  return numbered?.[1] ? printT(app.lang, 'scenarioNumbered', { n: numbered[1] }) : name;
}

/** The project (or dataset) name as printed: the demo project's default name in the page's language. */
export function provinceName(app: AppState): string {
  const name = app.project?.name || app.dataset?.meta.name || '';
  return name.startsWith(DEMO_PROJECT_NAME) ? printT(app.lang, 'demoProjectName') + name.slice(DEMO_PROJECT_NAME.length) : name;
}

export function titleOf(ctx: PrintContext): string {
  return ctx.settings.title.trim() || printT(ctx.app.lang, 'defaultTitle', { province: provinceName(ctx.app) });
}

export function subtitleOf(ctx: PrintContext): string {
  return ctx.settings.subtitle.trim() || printT(ctx.app.lang, 'defaultSubtitle', { scenario: scenarioName(ctx.app) });
}

/** The sources line's text: the one typed for the print, or the layers' own. */
export function sourcesOf(ctx: PrintContext): readonly string[] {
  const typed = ctx.settings.sources.trim();
  return typed ? [typed] : ctx.report.dataset.meta.sources;
}

/**
 * The footer's lines. The issuing body is the official block's: the map page's header prints it, so its footer
 * does not; pages without that header (tables) name it in the footer (`withBody`).
 */
export function footerOf(ctx: PrintContext, withBody = false): string[] {
  return [...footerLines({
    lang: ctx.app.lang, date: ctx.settings.date, sources: sourcesOf(ctx), issuingBody: withBody ? ctx.app.officialTexts.body : '',
    boundarySet: ctx.report.boundary, scenario: scenarioName(ctx.app), synthetic: ctx.report.dataset.meta.synthetic,
    calibration: ctx.app.calibration,
  }), ...differencesOf(ctx)];
}

/** Where the page's figures differ on the other boundary set, with by how much and why (none without it). */
export function differencesOf(ctx: PrintContext): string[] {
  const other = ctx.report.other;
  return other ? differenceLines(ctx.app.lang, ctx.report, other, ctx.app.coverageTech) : [];
}

export function officialWordsOf(ctx: PrintContext): OfficialWords {
  return officialWords(ctx.app.lang, ctx.app.officialTexts, ctx.settings.date);
}

export function legendInput(ctx: PrintContext): LegendInput {
  const { app } = ctx;
  const roads = app.layers.roads && (ctx.report.dataset.roads?.length ?? 0) > 0;
  return { lang: app.lang, layers: ctx.settings.layers, tech: app.coverageTech, thresholdDbm: techThresholdDbm(app, app.coverageTech), siteColour: app.siteColour, roads, palette: ctx.settings.palette };
}

/** The footer as printed: each line wrapped to the footer's width (up to three lines each) when metrics are known. */
function printedFooter(ctx: PrintContext, layout: Pick<MapPageLayout, 'footer' | 'fontPt'>): string[] {
  const measure = ctx.measure;
  if (!measure) return footerOf(ctx);
  return footerOf(ctx).flatMap((line) => fitLines(line, layout.footer.w, MAX_TITLE_LINES, (s) => measure(s, layout.fontPt.footer)).lines);
}

/** `factRows`: rows of an atlas page's figures table, its title included (0: none). */
export function pageLayout(ctx: PrintContext, factRows = 0): MapPageLayout {
  const base = { paper: ctx.settings.paper, orientation: ctx.settings.orientation, legendItems: legendItems(legendInput(ctx)).length + 1, factRows };
  const first = layoutMapPage({ ...base, official: ONE_LINE_EACH });
  const measure = ctx.measure;
  const lines = (text: string, pt: number, bold: boolean): number =>
    measure ? linesNeeded(text, first.title.w, MAX_TITLE_LINES, (s) => measure(s, pt, bold)) : 1;
  return layoutMapPage({
    ...base, footerLines: printedFooter(ctx, first).length, official: officialLines(officialWordsOf(ctx), first, measure),
    titleLines: lines(titleOf(ctx), first.fontPt.title, true), subtitleLines: lines(subtitleOf(ctx), first.fontPt.subtitle, false),
  });
}

/** The unit's rings on the page for a map rendered over `map.bounds` into the layout's map box. */
export function focusOn(ctx: PrintContext, code: string, layout: MapPageLayout, map: Pick<RenderedMap, 'bounds'>): [number, number][][] {
  const unit = ctx.report.dataset.units.find((u) => u.code === code);
  return unit ? outlineOnMap(unit.geometry, map.bounds, layout.map) : [];
}

/** The coverage images in the print's palette (the worker paints them in the screen's colours). */
function printedImages(images: AppState['images'], palette: Palette): AppState['images'] {
  if (palette === 'colour') return images;
  const out: AppState['images'] = {};
  for (const tech of TECHNOLOGIES) {
    const image = images[tech];
    if (!image) continue;
    const grey = GREY_IMAGES.get(image) ?? recolourImage(image, levelClassesFor(tech), levelClassesFor(tech, palette));
    GREY_IMAGES.set(image, grey);
    out[tech] = grey;
  }
  return out;
}

/** Each screen image recoloured once (the preview re-renders on every settings change). */
const GREY_IMAGES = new WeakMap<CoverageImage, CoverageImage>();

/**
 * The state the print map shows: the report's units and figures, the printed layers, nothing selected. Names
 * (mapLabels), outlines, roads and fibre (mapLines) are drawn over the image as vectors, so the image has none.
 */
export function printMapView(ctx: PrintContext, sites: MapView['sites'], layers = ctx.settings.layers): MapView {
  const { app, report } = ctx;
  return {
    dataset: report.dataset, derived: report.derived, figures: report.figures, images: printedImages(app.images, ctx.settings.palette), palette: ctx.settings.palette, layers: { ...layers, labels: false, roads: false, fibre: false, basemap: false, terrain: false, landCover: false },
    coverageTech: app.coverageTech, siteColour: app.siteColour, selection: { kind: 'none' }, basemapUrl: '', tool: 'select',
    highlight: null, sites, compareImage: null,
  };
}

/** A true scale bar for the printed map: ground metres per mm of paper at the map's centre latitude. */
export function scaleBarFor(layout: MapPageLayout, map: Pick<RenderedMap, 'metresPerPx' | 'widthPx'>): ScaleBar | null {
  return niceScaleBar(metresPerMm(map.metresPerPx, map.widthPx, layout.map.w), layout.scaleBar.w * 0.7);
}

/** The ratio scale of the same page scale as the bar: "Tỷ lệ 1:253 000" (3 significant digits, grouped by spaces). */
export function ratioScaleFor(lang: Lang, layout: MapPageLayout, map: Pick<RenderedMap, 'metresPerPx' | 'widthPx'>): string | undefined {
  const perMm = metresPerMm(map.metresPerPx, map.widthPx, layout.map.w);
  return perMm > 0 && Number.isFinite(perMm) ? printT(lang, 'ratioScale', { n: formatSpaced(representativeFraction(perMm)) }) : undefined;
}

export interface MapPageExtra {
  title?: string;
  subtitle?: string;
  texts?: PdfTextItem[];
  facts?: PdfFacts;
}

/** The map page; a one-commune extent outlines that commune and dims the rest. */
export function mapPageSpec(ctx: PrintContext, layout: MapPageLayout, map: RenderedMap | null, extra: MapPageExtra & { focusCode?: string } = {}): PdfMapPageSpec {
  const legend = legendInput(ctx);
  const extent = ctx.settings.extent;
  const focusCode = extra.focusCode ?? (extent.kind === 'unit' ? extent.code : undefined);
  const focus = map && focusCode !== undefined ? focusOn(ctx, focusCode, layout, map) : undefined;
  const graticule = map && ctx.settings.graticule ? graticuleMarks(ctx.app.lang, layout, map.bounds, ctx.measure) : undefined;
  const overview = map ? overviewInset(ctx.report.dataset.units, map.bounds, layout.map, { pad: layout.scaleBar.x - layout.map.x, belowArrow: layout.northArrow.y + layout.northArrow.h, focus }) ?? undefined : undefined;
  const furniture = [...(graticule?.texts.map((t) => t.box) ?? []), ...(overview ? [overview.frame] : [])];
  const labels = map ? mapLabels({ settings: ctx.settings, report: ctx.report, measure: ctx.measure, layout, map, sites: scenarioSites(ctx.app), furniture, focusCode }) : undefined;
  return {
    kind: 'map', layout, title: extra.title ?? titleOf(ctx), subtitle: extra.subtitle ?? subtitleOf(ctx), image: map?.dataUrl,
    legendTitle: legendTitle(legend), legend: legendItems(legend), scaleBar: map ? scaleBarFor(layout, map) : null, ratioScale: map ? ratioScaleFor(ctx.app.lang, layout, map) : undefined, northArrow: true,
    footer: printedFooter(ctx, layout), texts: extra.texts, facts: extra.facts,
    official: officialBlock(officialWordsOf(ctx), layout, ctx.measure),
    graticule, focus, overview, labels,
    lines: map ? mapLines(ctx, layout, map, { units: ctx.settings.layers.units, fibre: ctx.settings.layers.fibre, roads: ctx.app.layers.roads }) : undefined,
  };
}

export function communeTableSpec(ctx: PrintContext, paper = ctx.settings.paper, orientation = ctx.settings.orientation): PdfTableSpec {
  const table = communeTable(ctx.app.lang, ctx.report.figures);
  return {
    kind: 'table', paper, orientation, title: `${printT(ctx.app.lang, 'communeTable')} — ${provinceName(ctx.app)}`,
    header: table.header, rows: table.rows, columnWidths: table.widths, align: table.align,
    footer: [...footerOf(ctx, true).slice(0, 2), outsideSitesNote(ctx.app.lang, ctx.report.figures) ?? '', ...differencesOf(ctx)].filter(Boolean),
  };
}
