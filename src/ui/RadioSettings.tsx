import { useState } from 'react';
import { DEFAULT_LINK_BUDGETS, type LinkBudget } from '../domain/radio';
import type { StringKey } from '../i18n/strings';
import { useApp, useAppState, useT } from './context';
import { AppliedCalibrationNote } from './measure/AppliedCalibrationNote';

type Field = 'txPowerPerReDbm' | 'antennaGainDbi' | 'feederLossDb' | 'beamformingGainDb' | 'shadowMarginDb' | 'indoorLossDb';

const FIELDS: { field: Field; label: StringKey; min: number; max: number }[] = [
  { field: 'txPowerPerReDbm', label: 'budgetTx', min: -20, max: 60 },
  { field: 'antennaGainDbi', label: 'budgetGain', min: 0, max: 35 },
  { field: 'feederLossDb', label: 'budgetFeeder', min: 0, max: 10 },
  { field: 'beamformingGainDb', label: 'budgetBf', min: 0, max: 20 },
  { field: 'shadowMarginDb', label: 'budgetShadow', min: 0, max: 20 },
  { field: 'indoorLossDb', label: 'budgetIndoor', min: 0, max: 40 },
];

function parseInRange(raw: string, min: number, max: number): number | null {
  const value = Number(raw.trim().replace(',', '.'));
  return raw.trim() !== '' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** Editable link budget presets (one column per technology and band) and the indoor switch. */
export function RadioSettings() {
  const { actions } = useApp();
  const t = useT();
  const budgets = useAppState((s) => s.budgets);
  const indoor = useAppState((s) => s.indoor);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState(() => Math.max(0, budgets.findIndex((b) => b.tech === '4G')));
  const budget = budgets[selected];

  const key = (i: number, field: Field) => `${i}:${field}`;
  const edit = (i: number, field: Field, raw: string, min: number, max: number) => {
    setDrafts((d) => ({ ...d, [key(i, field)]: raw }));
    const value = parseInRange(raw, min, max);
    if (value === null) return;
    const next: LinkBudget[] = budgets.map((b, j) => (j === i ? { ...b, [field]: value } : b));
    actions.updateRadio({ budgets: next });
  };
  const isInvalid = (i: number, field: Field, min: number, max: number) => {
    const raw = drafts[key(i, field)];
    return raw !== undefined && parseInRange(raw, min, max) === null;
  };
  const invalid = FIELDS.flatMap(({ field, label, min, max }) =>
    budgets.flatMap((b, i) =>
      isInvalid(i, field, min, max)
        ? [`${b.tech} ${b.bandMHz} · ${t('invalidNumber', { field: t(label), value: drafts[key(i, field)] ?? '', min, max })}`]
        : [],
    ),
  );

  return (
    <details className="panel radio-settings">
      <summary>
        <h2>{t('radioSettings')}</h2>
      </summary>
      <AppliedCalibrationNote />
      <label className="row">
        <input type="checkbox" checked={indoor} data-testid="indoor" onChange={(e) => actions.updateRadio({ indoor: e.target.checked })} />
        {t('indoor')}
      </label>
      <label className="row">
        {t('budgetBand')}
        <select value={selected} data-testid="budget-preset" onChange={(e) => setSelected(Number(e.target.value))}>
          {budgets.map((b, i) => (
            <option key={i} value={i} title={b.label}>
              {b.tech} {b.bandMHz} MHz
            </option>
          ))}
        </select>
      </label>
      {budget && <p className="hint">{budget.label}</p>}
      {budget &&
        FIELDS.map(({ field, label, min, max }) => (
          <label key={field} className="row">
            {t(label)}
            <input
              className="number"
              type="text"
              inputMode="decimal"
              data-testid={`budget-${field}`}
              value={drafts[key(selected, field)] ?? String(Math.round(budget[field] * 10) / 10)}
              aria-invalid={isInvalid(selected, field, min, max)}
              onChange={(e) => edit(selected, field, e.target.value, min, max)}
              onBlur={() => setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== key(selected, field))))}
            />
          </label>
        ))}
      {invalid.map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
      <button
        type="button"
        onClick={() => {
          setDrafts({});
          actions.updateRadio({ budgets: DEFAULT_LINK_BUDGETS });
        }}
      >
        {t('resetPresets')}
      </button>
    </details>
  );
}
