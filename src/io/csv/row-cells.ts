import { PCI_MAX } from '../../domain/model/site-rules';
import { coded } from './issue-codes';
import type { Cell } from './location';
import { parseCsvNumber } from './numbers';
import type { IssueLog } from './row-issue';
import { splitList } from './split-list';

/** A cell named on a row: its id and PCI (null: blank or not a valid PCI). */
export interface RowCell {
  id: string;
  pci: number | null;
}

function readPci(cell: Cell, token: string, decimalComma: boolean, line: number, log: IssueLog): number | null {
  const n = parseCsvNumber(token, decimalComma);
  if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= PCI_MAX) return n;
  log.warn(line, coded('pciBad', { value: token, max: PCI_MAX }), cell.column, cell.value);
  return null;
}

/**
 * The row's cells, one per sector of the row (index = azimuth index). A row of several azimuths lists its ids and
 * PCIs in azimuth order ("C1/C2/C3"); a list of another length is reported and kept for none of them.
 */
export function readRowCells(
  idCell: Cell, pciCell: Cell, sectors: number, decimalComma: boolean, line: number, log: IssueLog,
): RowCell[] {
  if (idCell.value === '') return [];
  const ids = sectors > 1 ? splitList(idCell.value) : [idCell.value];
  if (ids.length !== sectors) {
    log.warn(line, coded('cellListCount', { n: ids.length, sectors }), idCell.column, idCell.value);
    return [];
  }
  let pcis: (number | null)[] = ids.map(() => null);
  if (pciCell.value !== '') {
    const tokens = sectors > 1 ? splitList(pciCell.value) : [pciCell.value];
    if (tokens.length === sectors) pcis = tokens.map((t) => readPci(pciCell, t, decimalComma, line, log));
    else log.warn(line, coded('pciListCount', { n: tokens.length, sectors }), pciCell.column, pciCell.value);
  }
  return ids.map((id, i) => ({ id, pci: pcis[i] ?? null }));
}
