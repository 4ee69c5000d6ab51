/** The map's vector lines (outlines, roads, fibre) over its image, clipped to the map box. */
import type { jsPDF } from 'jspdf';
import type { Box } from '../../domain/print';
import type { PdfMapLines } from './pdf-spec';
import { hexToRgb } from './draw-text-item';

export function drawMapLines(doc: jsPDF, map: Box, groups: readonly PdfMapLines[]): void {
  if (groups.length === 0) return;
  doc.saveGraphicsState();
  doc.rect(map.x, map.y, map.w, map.h, null);
  doc.clip();
  doc.discardPath();
  doc.setLineJoin('round');
  doc.setLineCap('round');
  for (const g of groups) {
    if (g.paths.length === 0) continue;
    doc.setDrawColor(...hexToRgb(g.colour));
    doc.setLineWidth(g.widthMm);
    doc.setLineDashPattern(g.dashMm ? [...g.dashMm] : [], 0);
    // One stroke per style: every path of the group goes into one PDF path.
    for (const path of g.paths) path.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
    doc.stroke();
  }
  doc.restoreGraphicsState();
}
