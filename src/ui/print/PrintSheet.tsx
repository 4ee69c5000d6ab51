import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { PrintContext } from '../../app/print-page';
import { communeTable, outsideSitesNote } from '../../app/print-tables';
import { pageSize } from '../../domain/print';

/**
 * What the browser prints: the rendered page image at paper size, then the commune table; everything else of the
 * app is hidden by the print CSS. The @page size follows the chosen paper.
 */
export function PrintSheet({ url, ctx, onDone }: { url: string; ctx: PrintContext; onDone: () => void }) {
  const { paper, orientation } = ctx.settings;
  const size = pageSize(paper, orientation);
  const table = communeTable(ctx.app.lang, ctx.report.figures);
  const note = outsideSitesNote(ctx.app.lang, ctx.report.figures);
  useEffect(() => {
    const style = document.createElement('style');
    style.setAttribute('data-print-page', '');
    style.textContent = `@page { size: ${paper} ${orientation}; margin: 0; }`;
    document.head.append(style);
    const after = () => onDone();
    window.addEventListener('afterprint', after);
    const timer = setTimeout(() => window.print(), 300);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', after);
      style.remove();
    };
  }, [paper, orientation, onDone]);
  return createPortal(
    <div className="print-sheet" data-testid="print-sheet">
      <img src={url} alt="" style={{ width: `${size.widthMm}mm`, height: `${size.heightMm}mm` }} />
      <table className="print-sheet-table">
        <thead>
          <tr>{table.header.map((h) => <th key={h}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>{r.map((c, j) => <td key={j}>{c}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {note && <p className="print-sheet-note">{note}</p>}
    </div>,
    document.body,
  );
}
