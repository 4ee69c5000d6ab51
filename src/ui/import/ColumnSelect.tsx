import { useImportT } from '../i18n-hooks';

/**
 * Columns offered in each field's list: a file whose data row was taken as the header can have 100,000 "columns",
 * and 15 lists of them took two minutes to render. A mapped column is always offered.
 */
export const MAX_SHOWN_COLUMNS = 100;

/** The headers offered in the lists: the first MAX_SHOWN_COLUMNS and every mapped one. */
export function offeredColumns(headers: readonly string[], mapping: Readonly<Partial<Record<string, string>>>): string[] {
  return [...new Set([...headers.slice(0, MAX_SHOWN_COLUMNS), ...Object.values(mapping).filter((h): h is string => h !== undefined)])];
}

/** One field's column: a list of the file's headers, or "not used" (''). */
export function ColumnSelect({ label, value, columns, testId, onChange }: {
  label: string; value: string | undefined; columns: readonly string[]; testId: string; onChange: (header: string) => void;
}) {
  const t = useImportT();
  return (
    <label className="row">
      <span>{label}</span>
      <select value={value ?? ''} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('notMapped')}</option>
        {columns.map((h, i) => <option key={i} value={h}>{h}</option>)}
      </select>
    </label>
  );
}
