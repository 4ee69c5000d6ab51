/**
 * One problem with a user-entered parameter, as plain data: the field's path ("radios[0].bandMHz"), its value as
 * written ("NaN", "-5") and the reason with its limits. The interface renders it in its language
 * (i18n/engine-warnings); `paramProblemText` is the English line for thrown errors and the project validator.
 */
export type ParamProblem = { field: string; value: string } & (
  | { reason: 'not-number' }
  /** An azimuth: a number or null (omnidirectional). */
  | { reason: 'not-number-or-omni' }
  | { reason: 'not-positive-number' }
  /** Must be greater than `min`. */
  | { reason: 'not-above'; min: number }
  /** Exceeds `max` metres. */
  | { reason: 'too-high'; max: number }
  /** Outside [min, max], or (min, max] when `minOpen`. */
  | { reason: 'outside'; min: number; max: number; minOpen: boolean }
  /** A band outside the [min, max] MHz the propagation models cover. */
  | { reason: 'band-outside-models'; min: number; max: number }
);

/** The problem with its field path replaced (a check of `freqMHz` reported for `radios[0].bandMHz`). */
export const atField = (p: ParamProblem, field: string): ParamProblem => ({ ...p, field });

/** The problem as one English line starting with the field, e.g. "heightM: -5 must be > 0". */
export function paramProblemText(p: ParamProblem): string {
  return `${p.field}: ${p.value} ${englishReason(p)}`;
}

function englishReason(p: ParamProblem): string {
  switch (p.reason) {
    case 'not-number':
      return 'must be a finite number';
    case 'not-number-or-omni':
      return 'must be a finite number or null (omni)';
    case 'not-positive-number':
      return 'must be a finite number > 0';
    case 'not-above':
      return `must be > ${p.min}`;
    case 'too-high':
      return `exceeds ${p.max} m`;
    case 'outside':
      return p.minOpen ? `must be in (${p.min}, ${p.max}]` : `must be within [${p.min}, ${p.max}]`;
    case 'band-outside-models':
      return `outside ${p.min}–${p.max} MHz covered by the models`;
  }
}
