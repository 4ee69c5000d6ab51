import type { MapPageLayout, Orientation, Paper } from '../../domain/print/page';
import type { ScaleBar } from '../../domain/print/scale-bar';
import type { Box } from '../../domain/print/page';
import type { OverviewInset } from '../../domain/print/overview-inset';

export type Align = 'left' | 'center' | 'right';

/** Extra text placed in a box (baseline at about three quarters of its height). */
export interface PdfTextItem {
  text: string;
  box: Box;
  sizePt: number;
  align?: Align;
  bold?: boolean;
  /** "#rrggbb"; default black. */
  colour?: string;
  /** Default top: the first line where a one-line box has it. */
  valign?: 'top' | 'middle';
  /** "#rrggbb" filled under the text's box (labels over the map). */
  background?: string;
}

/** A name on the map: dark text on a white halo, centred in its box (placed by placeLabels). */
export interface PdfMapLabel {
  text: string;
  box: Box;
  sizePt: number;
  bold: boolean;
}

export interface PdfLegendItem {
  /** "#rrggbb". */
  colour: string;
  label: string;
}

/** A straight line, page mm. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  widthMm: number;
}

/** Lines of one style drawn over the map image (unit and district outlines, roads, fibre), page mm. */
export interface PdfMapLines {
  paths: [number, number][][];
  /** "#rrggbb". */
  colour: string;
  widthMm: number;
  /** Dash and gap lengths, mm (aerial cable); solid without. */
  dashMm?: [number, number];
}

/** Texts and lines placed on a page: the official block (its rule under the issuing body), the graticule's ticks. */
export interface PdfMarks {
  texts: PdfTextItem[];
  rules: PdfRule[];
}

/** A map page laid out by layoutMapPage. */
export interface PdfMapPageSpec {
  kind: 'map';
  layout: MapPageLayout;
  title: string;
  subtitle?: string;
  /** The rendered map: PNG or JPEG bytes or data URL, stretched to layout.map. */
  image?: Uint8Array | string;
  legendTitle?: string;
  legend: PdfLegendItem[];
  /** From niceScaleBar with metres per MILLIMETRE, so its width is in mm. */
  scaleBar?: ScaleBar | null;
  /** The ratio scale ("Tỷ lệ 1:253 000") drawn beside the bar, from the same metres per mm. */
  ratioScale?: string;
  northArrow?: boolean;
  footer: string[];
  texts?: PdfTextItem[];
  /** Vector lines over the image, clipped to the map box, in drawing order. */
  lines?: PdfMapLines[];
  /** Rings (page mm) of the unit the page is about: outlined, everything else on the map dimmed. */
  focus?: [number, number][][];
  /** A small figures table in layout.facts: a title and label / value rows. */
  facts?: PdfFacts;
  official?: PdfMarks;
  /** Latitude and longitude ticks at the map frame and their labels. */
  graticule?: PdfMarks;
  /** Unit (and village) names over the map, as vector text. */
  labels?: PdfMapLabel[];
  /** The province in a small frame with the printed extent outlined (pages showing less than the province). */
  overview?: OverviewInset;
}

export interface PdfFacts {
  title: string;
  rows: [label: string, value: string][];
}

/** A table; it runs over as many pages as its rows need, the header repeated on each. */
export interface PdfTableSpec {
  kind: 'table';
  paper: Paper;
  orientation: Orientation;
  title: string;
  header: string[];
  rows: string[][];
  /** Relative column widths; default equal. */
  columnWidths?: number[];
  /** Per column; default left. */
  align?: Align[];
  footer: string[];
  /** Default 8 pt. */
  sizePt?: number;
}

export type PdfPageSpec = PdfMapPageSpec | PdfTableSpec;

/** How a focused commune's page dims the rest of the map and outlines the commune (the PDF and the on-screen preview). */
export const FOCUS_DIM_OPACITY = 0.55;
export const FOCUS_OUTLINE = { colour: '#c2185b', widthMm: 0.6 } as const;
/** The overview inset's units (grey, so it reads on a photocopy) and the printed extent on it (the focus colour). */
export const INSET_STYLE = { fill: '#dcdcdc', stroke: '#8a8a8a', strokeMm: 0.1, frameMm: 0.3, extent: FOCUS_OUTLINE.colour, extentMm: 0.4 } as const;
