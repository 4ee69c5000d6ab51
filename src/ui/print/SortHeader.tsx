/** A sortable column header: a button, the direction shown by aria-sort and a CSS triangle (no arrow glyphs). */
export function SortHeader({ label, sorted, desc, onSort, testId }: { label: string; sorted: boolean; desc: boolean; onSort: () => void; testId?: string }) {
  return (
    <th aria-sort={sorted ? (desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" data-testid={testId} onClick={onSort}>
        {label}
      </button>
    </th>
  );
}
