/** The canvas twin of io/pdf/draw-overview: the province in a small frame, the printed extent outlined. */
import type { OverviewInset } from '../../domain/print';
// from the spec alone: the PDF writer (jsPDF) loads on the first export, not with the preview
import { INSET_STYLE } from '../../io/pdf/pdf-spec';

export function drawOverviewCanvas(ctx: CanvasRenderingContext2D, k: number, inset: OverviewInset): void {
  const { frame, extent } = inset;
  ctx.save();
  ctx.fillStyle = '#fff';
  ctx.fillRect(frame.x * k, frame.y * k, frame.w * k, frame.h * k);
  ctx.beginPath();
  for (const ring of inset.units) {
    ring.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * k, y * k) : ctx.lineTo(x * k, y * k)));
    ctx.closePath();
  }
  ctx.fillStyle = INSET_STYLE.fill;
  ctx.fill('evenodd');
  ctx.strokeStyle = INSET_STYLE.stroke;
  ctx.lineWidth = INSET_STYLE.strokeMm * k;
  ctx.lineJoin = 'round';
  ctx.stroke();
  ctx.strokeStyle = '#000';
  ctx.lineWidth = INSET_STYLE.frameMm * k;
  ctx.strokeRect(frame.x * k, frame.y * k, frame.w * k, frame.h * k);
  ctx.strokeStyle = INSET_STYLE.extent;
  ctx.lineWidth = INSET_STYLE.extentMm * k;
  ctx.strokeRect(extent.x * k, extent.y * k, extent.w * k, extent.h * k);
  ctx.restore();
}
