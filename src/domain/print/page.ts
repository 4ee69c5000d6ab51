/**
 * Print page geometry in millimetres, origin at the page's top-left corner (as jsPDF places things).
 * A map page: title and subtitle on top, the map below them, the legend beside it (landscape) or under it
 * (portrait), the scale bar and north arrow drawn over the map's lower-left and upper-right corners, and the
 * footer lines at the bottom.
 */
import { lineHeightMm } from './wrap-text';

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export const PAPER_MM: Readonly<Record<Paper, { short: number; long: number }>> = {
  A4: { short: 210, long: 297 },
  A3: { short: 297, long: 420 },
};

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageSize {
  widthMm: number;
  heightMm: number;
}

export function pageSize(paper: Paper, orientation: Orientation): PageSize {
  const { short, long } = PAPER_MM[paper];
  return orientation === 'portrait' ? { widthMm: short, heightMm: long } : { widthMm: long, heightMm: short };
}

export interface MapPageOptions {
  paper: Paper;
  orientation: Orientation;
  /** Default 10 mm on every side. */
  marginMm?: number;
  /** Legend entries to make room for (default 6). */
  legendItems?: number;
  /** Footer lines to make room for (default 3). */
  footerLines?: number;
  /** Rows of a small figures table (atlas pages) under the legend, its title row included; default 0 (none). */
  factRows?: number;
  /** Lines the title and the subtitle wrap onto (default 1 each, at most 3). */
  titleLines?: number;
  subtitleLines?: number;
  /** The official document block's lines (0 or absent: none of it). */
  official?: OfficialLines;
}

/** Lines of each part of the official block; a part with 0 lines takes no room. */
export interface OfficialLines {
  /** Header block, top left: the parent body's lines plus the body's. */
  header: number;
  /** Place and date, top right. */
  placeDate: number;
  /** Under the subtitle: the annex line and the data date. */
  notes: number;
  /** Signature block, bottom right: the title's lines plus the name's. */
  signature: number;
}

/** Longest a title or subtitle wraps; longer ones shrink to fit these lines. */
export const MAX_TITLE_LINES = 3;

export interface MapPageLayout {
  page: PageSize;
  /** Suggested font sizes, points. */
  fontPt: { title: number; subtitle: number; legend: number; footer: number; official: number };
  /** The official block's boxes, each null when its part has no lines. */
  header: Box | null;
  placeDate: Box | null;
  notes: Box | null;
  signature: Box | null;
  title: Box;
  subtitle: Box;
  map: Box;
  legend: Box;
  /** Height of one legend row, mm. */
  legendRowMm: number;
  scaleBar: Box;
  northArrow: Box;
  footer: Box;
  /** Height of one footer line, mm. */
  footerLineMm: number;
  /** The figures table's box (rows of legendRowMm), or null when none was asked for. */
  facts: Box | null;
}

const GAP_MM = 3;
/** Room under the header block for the rule under the body, and above the signer's name for the signature. */
export const HEADER_RULE_GAP_MM = 2.5;
export const SIGNING_SPACE_MM = 16;

export function layoutMapPage(options: MapPageOptions): MapPageLayout {
  const page = pageSize(options.paper, options.orientation);
  const m = options.marginMm ?? 10;
  // A3 is A4 scaled by √2: text grows with it so a reduced A3 print reads like the A4 one.
  const k = options.paper === 'A3' ? Math.SQRT2 : 1;
  const fontPt = { title: 16 * k, subtitle: 11 * k, legend: 8 * k, footer: 7 * k, official: 9.5 * k };
  const lineMm = lineHeightMm;
  const lines = (n: number | undefined): number => Math.min(MAX_TITLE_LINES, Math.max(1, Math.round(n ?? 1)));
  const inner = { x: m, y: m, w: page.widthMm - 2 * m, h: page.heightMm - 2 * m };
  const off = options.official;
  const offLine = lineMm(fontPt.official);
  const count = (n: number | undefined): number => Math.max(0, Math.round(n ?? 0));
  // The header block and the place and date share the top band, each on a little under half the width.
  const bandW = Math.min(inner.w * 0.46, 110 * k);
  const header: Box | null = count(off?.header) > 0 ? { x: inner.x, y: inner.y, w: bandW, h: offLine * count(off?.header) } : null;
  const placeDate: Box | null = count(off?.placeDate) > 0 ? { x: inner.x + inner.w - bandW, y: inner.y, w: bandW, h: offLine * count(off?.placeDate) } : null;
  const bandH = Math.max(header ? header.h + HEADER_RULE_GAP_MM : 0, placeDate?.h ?? 0);
  const titleY = inner.y + (bandH > 0 ? bandH + GAP_MM : 0);
  const title: Box = { x: inner.x, y: titleY, w: inner.w, h: lineMm(fontPt.title) * lines(options.titleLines) };
  const subtitle: Box = { x: inner.x, y: title.y + title.h, w: inner.w, h: lineMm(fontPt.subtitle) * lines(options.subtitleLines) };
  const notes: Box | null = count(off?.notes) > 0 ? { x: inner.x, y: subtitle.y + subtitle.h, w: inner.w, h: offLine * count(off?.notes) } : null;
  const footerLineMm = lineMm(fontPt.footer);
  const footerH = footerLineMm * (options.footerLines ?? 3);
  const footer: Box = { x: inner.x, y: inner.y + inner.h - footerH, w: inner.w, h: footerH };
  const top = (notes ? notes.y + notes.h : subtitle.y + subtitle.h) + GAP_MM;
  const signH = count(off?.signature) > 0 ? offLine * count(off?.signature) + SIGNING_SPACE_MM * k : 0;
  const signW = Math.min(inner.w * 0.4, 80 * k);
  const signature: Box | null = signH > 0 ? { x: inner.x + inner.w - signW, y: footer.y - GAP_MM - signH, w: signW, h: signH } : null;
  const bottom = footer.y - GAP_MM;
  const legendRowMm = lineMm(fontPt.legend) * 1.2;
  const rows = Math.max(1, options.legendItems ?? 6);
  const factRows = Math.max(0, options.factRows ?? 0);
  // Landscape: the signature closes the legend column when the column has room for it; otherwise (and in
  // portrait) it takes a band of its own above the footer, the map giving up that height.
  const columnNeed = legendRowMm * (rows + 1) + (factRows > 0 ? GAP_MM + legendRowMm * factRows : 0) + GAP_MM + signH;
  const inColumn = options.orientation === 'landscape' && signature !== null && columnNeed <= bottom - top;
  const signBand = signature && !inColumn ? signature.h + GAP_MM : 0;
  const sideBottom = signature && inColumn ? signature.y - GAP_MM : bottom;
  let map: Box;
  let legend: Box;
  let facts: Box | null = null;
  if (options.orientation === 'landscape') {
    const legendW = Math.min(70 * k, inner.w * 0.3);
    map = { x: inner.x, y: top, w: inner.w - legendW - GAP_MM, h: bottom - top - signBand };
    legend = { x: map.x + map.w + GAP_MM, y: top, w: legendW, h: Math.max(0, Math.min(sideBottom - top, legendRowMm * (rows + 1))) };
    const factsY = legend.y + legend.h + GAP_MM;
    if (factRows > 0) facts = { x: legend.x, y: factsY, w: legendW, h: Math.max(0, Math.min(sideBottom - factsY, legendRowMm * factRows)) };
    // In its column, or in the band under the map's right end (the legend column runs down beside it).
    if (signature) Object.assign(signature, inColumn ? { x: legend.x, w: legendW } : { x: map.x + map.w - signature.w });
  } else {
    // Two legend columns under the map, the figures table (if any) under the legend.
    const legendH = legendRowMm * (Math.ceil(rows / 2) + 1);
    const factsH = factRows > 0 ? legendRowMm * factRows + GAP_MM : 0;
    map = { x: inner.x, y: top, w: inner.w, h: bottom - top - legendH - GAP_MM - factsH - signBand };
    legend = { x: inner.x, y: map.y + map.h + GAP_MM, w: inner.w, h: legendH };
    if (factRows > 0) facts = { x: inner.x, y: legend.y + legendH + GAP_MM, w: Math.min(inner.w, 110 * k), h: legendRowMm * factRows };
  }
  const pad = 4 * k;
  const scaleBar: Box = { x: map.x + pad, y: map.y + map.h - pad - 8 * k, w: Math.min(60 * k, map.w * 0.4), h: 8 * k };
  const arrow = 12 * k;
  const northArrow: Box = { x: map.x + map.w - pad - arrow, y: map.y + pad, w: arrow, h: arrow * 1.4 };
  return { page, fontPt, header, placeDate, notes, signature, title, subtitle, map, legend, legendRowMm, scaleBar, northArrow, footer, footerLineMm, facts };
}
