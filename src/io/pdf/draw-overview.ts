/** The overview inset as vectors: a white frame, the province's units in grey, the printed extent outlined. */
import type { jsPDF } from 'jspdf';
import type { OverviewInset } from '../../domain/print/overview-inset';
import { INSET_STYLE } from './pdf-spec';

export function drawOverview(doc: jsPDF, inset: OverviewInset): void {
  const { frame, extent } = inset;
  doc.setFillColor(255, 255, 255);
  doc.rect(frame.x, frame.y, frame.w, frame.h, 'F');
  if (inset.units.length > 0) {
    doc.setFillColor(INSET_STYLE.fill);
    doc.setDrawColor(INSET_STYLE.stroke);
    doc.setLineWidth(INSET_STYLE.strokeMm);
    doc.setLineJoin('round');
    for (const ring of inset.units) {
      ring.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
      doc.close();
    }
    doc.fillStrokeEvenOdd();
    doc.setLineJoin('miter');
  }
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(INSET_STYLE.frameMm);
  doc.rect(frame.x, frame.y, frame.w, frame.h, 'S');
  doc.setDrawColor(INSET_STYLE.extent);
  doc.setLineWidth(INSET_STYLE.extentMm);
  doc.rect(extent.x, extent.y, extent.w, extent.h, 'S');
}
