import { useMemo } from 'react';
import type { MeasureDialog } from '../../app/measure-actions';
import { centralMeridianOf, VN2000_PROVINCES } from '../../io/coords/vn2000-meridians';
import { meridianText } from '../../io/csv/vn2000-zone';
import type { MeasureCrs, MeasureField } from '../../io/measure/read-measurements';
import type { MeasureReadResult } from '../../worker/import-measurements';
import { useApp } from '../context';
import { useMeasureT } from '../i18n-hooks';
import { ColumnSelect, offeredColumns } from './ColumnSelect';

const FIELDS: MeasureField[] = ['lat', 'lon', 'x', 'y', 'level', 'tech', 'carrier', 'site', 'route', 'time', 'band', 'earfcn', 'pci', 'cell', 'indoor'];

/** The provinces' zone meridians, west to east. */
const MERIDIANS = [...new Set(VN2000_PROVINCES.map(centralMeridianOf).filter((m): m is number => m !== null))].sort((a, b) => a - b);

/** The column of each measurement field and the coordinates, as the file was read; a change reads it again. */
export function MeasureMappingStep({ dialog, read }: { dialog: MeasureDialog; read: MeasureReadResult }) {
  const measurements = useApp().actions.measurements;
  const t = useMeasureT();
  const columns = useMemo(() => offeredColumns(read.headers, read.mapping), [read]);
  const setField = (field: MeasureField, header: string) => {
    const next = { ...read.mapping };
    if (header === '') delete next[field];
    else next[field] = header;
    void measurements.setMapping(next);
  };
  const chosenMeridian = dialog.choices.meridianDeg;
  return (
    <div className="import-columns" data-testid="measure-mapping">
      <fieldset className="import-fields">
        <legend>{t('measMapping')}</legend>
        {FIELDS.map((f) => (
          <ColumnSelect key={f} label={t(`field${f}`)} value={read.mapping[f]} columns={columns} testId={`measure-field-${f}`} onChange={(h) => setField(f, h)} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('measCrs')}</legend>
        <select value={read.crs} data-testid="measure-crs" onChange={(e) => void measurements.setCrs(e.target.value as MeasureCrs)}>
          <option value="wgs84">{t('measCrsWgs84')}</option>
          <option value="vn2000">{t('measCrsVn2000')}</option>
        </select>
        {read.crs === 'vn2000' && (
          <label className="row">
            <span>{t('measMeridian')}</span>
            <select
              value={chosenMeridian ?? ''} data-testid="measure-meridian" data-value={read.meridianDeg ?? ''}
              onChange={(e) => void measurements.setCrs('vn2000', e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">
                {chosenMeridian === undefined && read.meridianDeg !== null
                  ? t('measMeridianInferred', { meridian: meridianText(read.meridianDeg) })
                  : t('measMeridianNotFound')}
              </option>
              {MERIDIANS.map((m) => <option key={m} value={m}>{meridianText(m)}</option>)}
            </select>
          </label>
        )}
      </fieldset>
    </div>
  );
}
