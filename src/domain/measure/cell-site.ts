/**
 * The site a serving cell id names: operators build cell ids from the site id and a sector suffix ("VTL-0063-2",
 * "HNI_0012_1"), so the id itself, or the id without its last separated part, is looked up among the
 * loaded sites.
 */
export function siteOfCellId(cellId: string, isSite: (id: string) => boolean): string | null {
  const id = cellId.trim();
  if (id === '') return null;
  if (isSite(id)) return id;
  const cut = /^(.+?)[-_ .]+[^-_ .]+$/.exec(id);
  const base = cut?.[1];
  return base !== undefined && isSite(base) ? base : null;
}
