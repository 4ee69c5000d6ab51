/** The canvas twin of io/pdf/draw-focus-facts: the commune outlined with the map dimmed around it, its figures table. */
import { factsLayout, type Box } from '../../domain/print';
// from the spec alone: the PDF writer (jsPDF) loads on the first export, not with the preview
import { FOCUS_DIM_OPACITY, FOCUS_OUTLINE, type PdfFacts } from '../../io/pdf/pdf-spec';

export type CanvasText = (value: string, box: Box, opts?: { bold?: boolean; align?: CanvasTextAlign }) => void;

function traceRings(ctx: CanvasRenderingContext2D, k: number, rings: readonly (readonly [number, number])[][]): void {
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * k, y * k) : ctx.lineTo(x * k, y * k)));
    ctx.closePath();
  }
}

export function drawFocusCanvas(ctx: CanvasRenderingContext2D, k: number, map: Box, rings: readonly (readonly [number, number])[][]): void {
  if (rings.length === 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(map.x * k, map.y * k, map.w * k, map.h * k);
  traceRings(ctx, k, rings);
  ctx.globalAlpha = FOCUS_DIM_OPACITY;
  ctx.fillStyle = '#fff';
  ctx.fill('evenodd');
  ctx.globalAlpha = 1;
  ctx.beginPath();
  traceRings(ctx, k, rings);
  ctx.strokeStyle = FOCUS_OUTLINE.colour;
  ctx.lineWidth = FOCUS_OUTLINE.widthMm * k;
  ctx.lineJoin = 'round';
  ctx.stroke();
  ctx.restore();
}

export function drawFactsCanvas(ctx: CanvasRenderingContext2D, k: number, box: Box, rowMm: number, facts: PdfFacts, text: CanvasText): void {
  const l = factsLayout(box, rowMm, facts.rows.length);
  text(facts.title, l.title, { bold: true });
  l.rows.forEach((r, i) => {
    const [label, value] = facts.rows[i] ?? ['', ''];
    text(label, r.label);
    text(value, r.value, { bold: true, align: 'right' });
    ctx.strokeStyle = '#a0a0a0';
    ctx.lineWidth = 0.1 * k;
    ctx.beginPath();
    ctx.moveTo(box.x * k, r.ruleY * k);
    ctx.lineTo((box.x + box.w) * k, r.ruleY * k);
    ctx.stroke();
  });
}
