import { CARRIER_NAMES, SITE_ROWS_APART_MAX_M } from '../../domain/model/site-rules';
import { VN2000_PROVINCES } from '../../io/coords/vn2000-meridians';
import { useImportT } from '../i18n-hooks';
import { CSV_ENCODING_CHOICES, type CsvEncodingChoice } from '../../io/csv/decode';
import { ENCODING_NAMES } from '../../i18n/import-strings';
import { SITE_FIELDS, type SiteField } from '../../io/csv/mapping';
import { meridianText } from '../../io/csv/vn2000-zone';
import { PROVINCE_MARGIN_KM } from '../../io/csv/province-check';
import type { CsvDialog } from '../../app/import-state';
import type { CsvReadResult } from '../../worker/import-csv';
import { useAppState } from '../context';
import { ColumnSelect, MAX_SHOWN_COLUMNS, offeredColumns } from './ColumnSelect';
import { ProfilesBox } from './ProfilesBox';
import { useImportActions } from './use-import';

/** Step 1: the file's first rows, the column of each site field, the coordinate system, the carrier and profiles. */
export function CsvMappingStep({ csv, read }: { csv: CsvDialog; read: CsvReadResult }) {
  const imports = useImportActions();
  const t = useImportT();
  const baseSites = useAppState((s) => s.dataset?.sites);
  const carriers = [...new Set([...CARRIER_NAMES, ...(baseSites ?? []).map((x) => x.carrier), ...(csv.choices.carrier ? [csv.choices.carrier] : [])])].filter((c) => c !== '');
  const mapping = csv.choices.mapping ?? read.mapping;
  const crs = csv.choices.crs ?? read.crs;
  const setField = (field: SiteField, header: string) => {
    const next = { ...mapping };
    if (header === '') delete next[field];
    else next[field] = header;
    imports.setMapping(next);
  };
  const shown = read.headers.slice(0, MAX_SHOWN_COLUMNS);
  const offered = offeredColumns(read.headers, mapping);
  const readsXy = mapping.x !== undefined && mapping.y !== undefined;
  const encodingName = read.encoding ? ENCODING_NAMES[read.encoding] : '?';
  const crsText = crs === 'mixed' ? t('crsMixed') : crs === 'vn2000' ? t('crsVn2000') : t('crsWgs84');

  return (
    <div className="import-step" data-testid="import-mapping">
      <p className="hint">{t('fileFormat', { encoding: encodingName, delimiter: read.delimiter === '\t' ? 'tab' : read.delimiter })}</p>
      <label className="row">
        <span>{t('encoding')}</span>
        <select
          value={csv.choices.encoding ?? ''} data-testid="import-encoding"
          onChange={(e) => imports.setEncoding(e.target.value === '' ? '' : e.target.value as CsvEncodingChoice)}
        >
          <option value="">{t('encodingAuto', { encoding: encodingName })}</option>
          {CSV_ENCODING_CHOICES.map((e) => <option key={e} value={e}>{ENCODING_NAMES[e]}</option>)}
        </select>
      </label>
      <h3>{t('preview')}</h3>
      <div className="import-scroll import-preview">
        <table className="mini" data-testid="import-preview">
          <thead><tr>{shown.map((h, i) => <th key={i}>{h}</th>)}</tr></thead>
          <tbody>
            {read.previewRows.map((row, r) => (
              <tr key={r}>{shown.map((_, c) => <td key={c}>{row[c] ?? ''}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {read.headers.length > shown.length && (
        <p className="hint" data-testid="import-preview-more">{t('previewMoreColumns', { shown: shown.length, more: read.headers.length - shown.length })}</p>
      )}
      <div className="import-columns">
        <fieldset className="import-fields">
          <legend>{t('mapping')}</legend>
          {SITE_FIELDS.map((field) => (
            <ColumnSelect
              key={field} label={t(`field_${field}`)} value={mapping[field]} columns={offered}
              testId={`import-field-${field}`} onChange={(h) => setField(field, h)}
            />
          ))}
        </fieldset>
        <div>
          <fieldset>
            <legend>{t('crs')}</legend>
            <p className="hint" data-testid="import-crs" data-value={crs}>{crsText}</p>
            {readsXy && (
              <label className="row">
                <span>{t('province')}</span>
                <select value={csv.choices.province ?? ''} data-testid="import-province" onChange={(e) => imports.setProvince(e.target.value)}>
                  <option value="">{t('chooseProvince')}</option>
                  {VN2000_PROVINCES.map((p) => <option key={p} value={p}>{p}</option>)}
                </select>
              </label>
            )}
            {readsXy && !csv.choices.province && read.stats.meridianDeg !== null && (
              <p className="hint" data-testid="import-zone-inferred">{t('zoneInferred', { meridian: meridianText(read.stats.meridianDeg) })}</p>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('carrier')}</legend>
            <select value={csv.choices.carrier ?? ''} data-testid="import-carrier" onChange={(e) => imports.setCarrier(e.target.value)}>
              <option value="">{t('carrierFromFile')}</option>
              {carriers.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </fieldset>
          <fieldset>
            <legend>{t('importOptions')}</legend>
            <label className="row">
              <span>{t('maxRowsApart')}</span>
              <input
                type="number" min={0} step={10} defaultValue={csv.choices.maxRowsApartM ?? SITE_ROWS_APART_MAX_M}
                key={csv.choices.maxRowsApartM ?? 'default'} data-testid="import-max-rows-apart"
                onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
                onBlur={(e) => {
                  const metres = e.target.value.trim() === '' ? null : Number(e.target.value);
                  if (metres !== (csv.choices.maxRowsApartM ?? null)) imports.setMaxRowsApart(metres);
                }}
              />
            </label>
            <label className="row">
              <span>{t('provinceMargin')}</span>
              <input
                type="number" min={0} step={1} defaultValue={csv.choices.provinceMarginKm ?? PROVINCE_MARGIN_KM}
                key={csv.choices.provinceMarginKm ?? 'default'} data-testid="import-province-margin"
                onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
                onBlur={(e) => {
                  const km = e.target.value.trim() === '' ? null : Number(e.target.value);
                  if (km !== (csv.choices.provinceMarginKm ?? null)) imports.setProvinceMargin(km);
                }}
              />
            </label>
          </fieldset>
          <ProfilesBox csv={csv} />
        </div>
      </div>
    </div>
  );
}
