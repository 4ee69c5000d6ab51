import type { PrintExtent } from '../../domain/print';
import { usePrintT } from '../i18n-hooks';
import { usePrintState } from './use-print';

interface Props {
  extent: PrintExtent;
  /** The report's units, sorted by name, for the one-commune choice. */
  units: readonly { code: string; name: string }[];
  onChange: (extent: PrintExtent) => void;
}

/** What the printed map shows: the whole province, the main map's view, or one commune. */
export function ExtentField({ extent, units, onChange }: Props) {
  const t = usePrintT();
  const view = usePrintState((s) => s.mainView);
  const unitCode = extent.kind === 'unit' && units.some((u) => u.code === extent.code) ? extent.code : (units[0]?.code ?? '');
  const pick = (kind: string) => {
    if (kind === 'view' && view) onChange({ kind: 'view', bounds: view });
    else if (kind === 'unit' && unitCode) onChange({ kind: 'unit', code: unitCode });
    else onChange({ kind: 'province' });
  };
  return (
    <>
      <label>
        {t('extent')}
        <select data-testid="print-extent" value={extent.kind} onChange={(e) => pick(e.target.value)}>
          <option value="province">{t('extentProvince')}</option>
          <option value="view" disabled={!view} title={view ? undefined : t('extentViewMissing')}>
            {t('extentView')}
          </option>
          <option value="unit">{t('extentUnit')}</option>
        </select>
      </label>
      {extent.kind === 'unit' && (
        <label>
          {t('extentUnit')}
          <select data-testid="print-extent-unit" value={unitCode} onChange={(e) => onChange({ kind: 'unit', code: e.target.value })}>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
