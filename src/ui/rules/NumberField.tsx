import { useState } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  /** Shown after the label, e.g. "default 50". */
  hint?: string;
  testId: string;
  onChange(value: number): void;
}

/** A number input that reports only valid values in [min, max]; the draft stays while it is invalid. */
export function NumberField({ label, value, min, max, step = 1, hint, testId, onChange }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? value : Number(draft.trim().replace(',', '.'));
  const invalid = draft !== null && (draft.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max);
  return (
    <label className="row">
      <span>
        {label}
        {hint && <small className="hint"> ({hint})</small>}
      </span>
      <input
        className="number"
        type="number"
        min={min}
        max={max}
        step={step}
        value={draft ?? String(value)}
        aria-invalid={invalid}
        data-testid={testId}
        onChange={(e) => {
          const raw = e.target.value;
          const v = Number(raw.trim().replace(',', '.'));
          if (raw.trim() !== '' && Number.isFinite(v) && v >= min && v <= max) {
            setDraft(null);
            if (v !== value) onChange(v);
          } else setDraft(raw);
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}
