/** Draws a map page spec on a canvas (the live preview and the PNG export), mirroring the PDF drawing. */
import { fitLines, geqGlyph, legendLayout, lineHeightMm, ratioScaleX, splitAtGeq, type Box } from '../../domain/print';
import type { PdfMapLabel, PdfMapLines, PdfMapPageSpec, PdfMarks } from '../../io/pdf';
import { LABEL_HALO_EM, labelBaseline } from '../../io/pdf/draw-labels';
import { withPngResolution } from '../../io/export/png-resolution';
import { drawFactsCanvas, drawFocusCanvas } from './canvas-focus-facts';
import { drawOverviewCanvas } from './canvas-overview';

const PT_MM = 25.4 / 72;
const FONT = '"Noto Sans", "DejaVu Sans", Arial, sans-serif';

export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('map image failed to load'));
    img.src = src;
  });
}

/** Text in a box as the PDF draws it: wrapped onto the lines the box holds, shrunk when those are not enough. */
function text(ctx: CanvasRenderingContext2D, k: number, value: string, box: Box, pt: number, opts: { bold?: boolean; colour?: string; align?: CanvasTextAlign; background?: string } = {}): void {
  if (opts.background) {
    ctx.fillStyle = opts.background;
    ctx.fillRect(box.x * k, box.y * k, box.w * k, box.h * k);
  }
  const font = (size: number) => `${opts.bold ? 'bold ' : ''}${size * PT_MM * k}px ${FONT}`;
  ctx.font = font(pt);
  const room = Math.max(1, Math.floor(box.h / lineHeightMm(pt) + 1e-6));
  const fitted = fitLines(value, box.w, room, (s) => ctx.measureText(s).width / k);
  const size = pt * fitted.scale;
  ctx.font = font(size);
  ctx.fillStyle = opts.colour ?? '#000';
  ctx.textAlign = opts.align ?? 'left';
  ctx.textBaseline = 'alphabetic';
  const x = opts.align === 'center' ? box.x + box.w / 2 : opts.align === 'right' ? box.x + box.w : box.x;
  const lineH = room > 1 || fitted.lines.length > 1 ? lineHeightMm(size) : box.h;
  fitted.lines.forEach((line, i) => {
    const baseline = box.y + i * lineH + Math.min(lineH, size * PT_MM * 1.1) * 0.8;
    ctx.fillText(line, x * k, baseline * k);
  });
}

/** A legend label with its "≥" drawn as the PDF draws it (strokes), so preview and PDF agree. */
function legendLabel(ctx: CanvasRenderingContext2D, k: number, label: string, box: Box, pt: number): void {
  const parts = splitAtGeq(label);
  if (!parts) return text(ctx, k, label, box, pt);
  ctx.font = `${pt * PT_MM * k}px ${FONT}`;
  const em = pt * PT_MM;
  const baseline = box.y + Math.min(box.h, em * 1.1) * 0.8;
  const beforeW = ctx.measureText(parts[0]).width / k;
  text(ctx, k, parts[0], { ...box, w: beforeW + 1 }, pt);
  const g = geqGlyph(box.x + beforeW, baseline, em);
  ctx.strokeStyle = '#000';
  ctx.lineWidth = g.lineWidth * k;
  ctx.lineCap = 'round';
  ctx.beginPath();
  for (const [x1, y1, x2, y2] of g.lines) {
    ctx.moveTo(x1 * k, y1 * k);
    ctx.lineTo(x2 * k, y2 * k);
  }
  ctx.stroke();
  ctx.lineCap = 'butt';
  const after = box.x + beforeW + g.advance;
  text(ctx, k, parts[1], { ...box, x: after, w: box.x + box.w - after }, pt);
}

/** The map's vector lines as the PDF draws them (drawMapLines), clipped to the map box. */
function drawLinesCanvas(ctx: CanvasRenderingContext2D, k: number, map: Box, groups: readonly PdfMapLines[]): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(map.x * k, map.y * k, map.w * k, map.h * k);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const g of groups) {
    ctx.strokeStyle = g.colour;
    ctx.lineWidth = g.widthMm * k;
    ctx.setLineDash(g.dashMm ? g.dashMm.map((d) => d * k) : []);
    ctx.beginPath();
    for (const path of g.paths) path.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * k, y * k) : ctx.lineTo(x * k, y * k)));
    ctx.stroke();
  }
  ctx.restore();
}

/** `k` = canvas pixels per millimetre; the canvas must be page.widthMm × k wide. */
export function drawPageCanvas(ctx: CanvasRenderingContext2D, spec: PdfMapPageSpec, k: number, map: HTMLImageElement | null): void {
  const l = spec.layout;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, l.page.widthMm * k, l.page.heightMm * k);
  text(ctx, k, spec.title, l.title, l.fontPt.title, { bold: true, align: 'center' });
  if (spec.subtitle) text(ctx, k, spec.subtitle, l.subtitle, l.fontPt.subtitle, { colour: '#333', align: 'center' });
  if (map) ctx.drawImage(map, l.map.x * k, l.map.y * k, l.map.w * k, l.map.h * k);
  else {
    ctx.fillStyle = '#eef1f2';
    ctx.fillRect(l.map.x * k, l.map.y * k, l.map.w * k, l.map.h * k);
  }
  if (spec.lines) drawLinesCanvas(ctx, k, l.map, spec.lines);
  if (spec.focus) drawFocusCanvas(ctx, k, l.map, spec.focus);
  if (spec.labels) drawLabelsCanvas(ctx, k, spec.labels);
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 0.3 * k;
  ctx.strokeRect(l.map.x * k, l.map.y * k, l.map.w * k, l.map.h * k);
  if (spec.graticule) drawMarks(ctx, k, spec.graticule);
  if (spec.overview) drawOverviewCanvas(ctx, k, spec.overview);
  // Scale bar: half black, half white, "0" and the label above its ends.
  const bar = spec.scaleBar;
  if (bar) {
    const b = l.scaleBar;
    const h = 1.6;
    const y = b.y + b.h - h - 0.5;
    const w = Math.min(bar.width, b.w * 0.8);
    ctx.font = `${l.fontPt.legend * PT_MM * k}px ${FONT}`;
    const labelW = ctx.measureText(bar.label).width / k;
    const ratioX = ratioScaleX(b, w, labelW);
    const right = spec.ratioScale ? ratioX + ctx.measureText(spec.ratioScale).width / k : b.x + w + labelW;
    ctx.fillStyle = '#fff';
    ctx.fillRect((b.x - 1) * k, b.y * k, (right - b.x + 3) * k, b.h * k);
    ctx.lineWidth = 0.2 * k;
    ctx.fillStyle = '#000';
    ctx.fillRect(b.x * k, y * k, (w / 2) * k, h * k);
    ctx.strokeRect(b.x * k, y * k, w * k, h * k);
    ctx.textAlign = 'center';
    ctx.fillText('0', b.x * k, (y - 1) * k);
    ctx.fillText(bar.label, (b.x + w) * k, (y - 1) * k);
    if (spec.ratioScale) {
      ctx.textAlign = 'left';
      ctx.fillText(spec.ratioScale, ratioX * k, (y + h) * k);
    }
  }
  if (spec.northArrow ?? true) {
    const a = l.northArrow;
    const cx = a.x + a.w / 2;
    const top = a.y + a.h * 0.3;
    const bottom = a.y + a.h;
    const notch = bottom - (bottom - top) * 0.25;
    const half = a.w * 0.3;
    ctx.lineWidth = 0.2 * k;
    for (const [side, fill] of [[-1, '#000'], [1, '#fff']] as const) {
      ctx.beginPath();
      ctx.moveTo(cx * k, top * k);
      ctx.lineTo((cx + side * half) * k, bottom * k);
      ctx.lineTo(cx * k, notch * k);
      ctx.closePath();
      ctx.fillStyle = fill;
      ctx.fill();
      ctx.stroke();
    }
    text(ctx, k, 'N', { x: a.x, y: a.y, w: a.w, h: a.h * 0.3 }, l.fontPt.subtitle, { bold: true, align: 'center' });
  }
  const lg = legendLayout(l.legend, l.legendRowMm, spec.legend.length, Boolean(spec.legendTitle));
  if (lg.title && spec.legendTitle) text(ctx, k, spec.legendTitle, lg.title, l.fontPt.legend, { bold: true });
  spec.legend.forEach((item, i) => {
    const e = lg.entries[i];
    if (!e) return;
    ctx.fillStyle = item.colour;
    ctx.fillRect(e.swatch.x * k, e.swatch.y * k, e.swatch.w * k, e.swatch.h * k);
    ctx.strokeStyle = '#505050';
    ctx.lineWidth = 0.1 * k;
    ctx.strokeRect(e.swatch.x * k, e.swatch.y * k, e.swatch.w * k, e.swatch.h * k);
    legendLabel(ctx, k, item.label, e.label, l.fontPt.legend);
  });
  if (spec.facts && l.facts) {
    const facts = l.facts;
    drawFactsCanvas(ctx, k, facts, l.legendRowMm, spec.facts, (value, box, opts) => text(ctx, k, value, box, l.fontPt.legend, opts));
  }
  spec.footer.forEach((line, i) => {
    text(ctx, k, line, { x: l.footer.x, y: l.footer.y + i * l.footerLineMm, w: l.footer.w, h: l.footerLineMm }, l.fontPt.footer, { colour: '#333' });
  });
  if (spec.official) drawMarks(ctx, k, spec.official);
}

/** The map's names as the PDF draws them: a white halo, then the text, centred in its box. */
function drawLabelsCanvas(ctx: CanvasRenderingContext2D, k: number, labels: readonly PdfMapLabel[]): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  for (const pass of ['halo', 'text'] as const) {
    for (const l of labels) {
      ctx.font = `${l.bold ? 'bold ' : ''}${l.sizePt * PT_MM * k}px ${FONT}`;
      const x = (l.box.x + l.box.w / 2) * k;
      const y = labelBaseline(l.box, l.sizePt) * k;
      if (pass === 'halo') {
        ctx.strokeStyle = '#fff';
        ctx.lineWidth = l.sizePt * PT_MM * LABEL_HALO_EM * k;
        ctx.strokeText(l.text, x, y);
      } else {
        ctx.fillStyle = '#1e1e1e';
        ctx.fillText(l.text, x, y);
      }
    }
  }
  ctx.lineJoin = 'miter';
}

function drawMarks(ctx: CanvasRenderingContext2D, k: number, marks: PdfMarks): void {
  for (const t of marks.texts) text(ctx, k, t.text, t.box, t.sizePt, { bold: t.bold, colour: t.colour, align: t.align, background: t.background });
  ctx.strokeStyle = '#000';
  for (const r of marks.rules) {
    ctx.lineWidth = r.widthMm * k;
    ctx.beginPath();
    ctx.moveTo(r.x1 * k, r.y1 * k);
    ctx.lineTo(r.x2 * k, r.y2 * k);
    ctx.stroke();
  }
}

/** The page as a PNG blob at `dpi`, the resolution recorded in it so it is placed at paper size. */
export async function pagePng(spec: PdfMapPageSpec, dpi: number): Promise<Blob> {
  const k = dpi / 25.4;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(spec.layout.page.widthMm * k);
  canvas.height = Math.round(spec.layout.page.heightMm * k);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const map = typeof spec.image === 'string' ? await loadImage(spec.image) : null;
  drawPageCanvas(ctx, spec, k, map);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  const png = withPngResolution(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([png], { type: 'image/png' });
}
