/**
 * Pagination of a figures table (one row per commune): how many rows fit under the page title and header,
 * and which rows go on which page.
 */
import { pageSize, type Box, type Orientation, type PageSize, type Paper } from './page';

export interface TablePagesOptions {
  paper: Paper;
  orientation: Orientation;
  /** Default 10 mm. */
  marginMm?: number;
  /** Default 6 mm. */
  rowHeightMm?: number;
  /** Header row repeated on every page; default 8 mm. */
  headerHeightMm?: number;
  /** Title above the table on every page; default 12 mm. */
  titleHeightMm?: number;
  /** Footer below the table on every page; default 10 mm. */
  footerHeightMm?: number;
}

/** Rows [start, end) of one page. */
export interface TablePage {
  start: number;
  end: number;
}

export interface TableLayout {
  page: PageSize;
  title: Box;
  /** Header row plus body rows. */
  table: Box;
  footer: Box;
  rowHeightMm: number;
  headerHeightMm: number;
  rowsPerPage: number;
  pages: TablePage[];
}

export function layoutTablePages(rowCount: number, options: TablePagesOptions): TableLayout {
  const page = pageSize(options.paper, options.orientation);
  const m = options.marginMm ?? 10;
  const rowHeightMm = options.rowHeightMm ?? 6;
  const headerHeightMm = options.headerHeightMm ?? 8;
  const titleH = options.titleHeightMm ?? 12;
  const footerH = options.footerHeightMm ?? 10;
  const w = page.widthMm - 2 * m;
  const title: Box = { x: m, y: m, w, h: titleH };
  const footer: Box = { x: m, y: page.heightMm - m - footerH, w, h: footerH };
  const tableH = footer.y - (title.y + title.h);
  const rowsPerPage = Math.max(1, Math.floor((tableH - headerHeightMm) / rowHeightMm));
  const table: Box = { x: m, y: title.y + title.h, w, h: headerHeightMm + rowsPerPage * rowHeightMm };
  return { page, title, table, footer, rowHeightMm, headerHeightMm, rowsPerPage, pages: paginate(rowCount, rowsPerPage) };
}

/** N rows → pages of at most `perPage`; an empty table still prints one (empty) page. */
export function paginate(rowCount: number, perPage: number): TablePage[] {
  const n = Math.max(0, Math.floor(rowCount));
  const per = Math.max(1, Math.floor(perPage));
  if (n === 0) return [{ start: 0, end: 0 }];
  const pages: TablePage[] = [];
  for (let start = 0; start < n; start += per) pages.push({ start, end: Math.min(n, start + per) });
  return pages;
}
