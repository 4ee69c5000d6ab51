/** "0/120/240", "0;120;240", "0 120 240", "0,120,240": a single value unless clearly a list (a lone comma is decimal). */
export function splitList(cell: string): string[] {
  const t = cell.trim();
  if (t === '') return [];
  if (/[/;|]|\S\s+\S/.test(t)) return t.split(/[/;|\s]+/).filter((s) => s !== '');
  if (/^[^,]+(,[^,]+){2,}$/.test(t)) return t.split(',');
  return [t];
}
