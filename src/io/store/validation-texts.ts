/**
 * What the project validator finds, as messages of the `validation` table (i18n/validation-strings): each names the
 * path of the bad value (`baseline.sites[17].lon`), the value when there is one, and what was expected. io words
 * none of them; the CLI prints the English.
 */
import type { ParamProblem } from '../../domain/radio';
import { message, type Message, type MessageParam } from '../../domain/text/message';

export const VALIDATION_CODES = [
  'missing', 'notA', 'duplicate', 'keyMismatch', 'geometry', 'grid', 'rasterType', 'rasterTooMany', 'rasterCount',
  'x_string', 'x_nonEmpty', 'x_bool', 'x_number', 'x_within', 'x_oneOf', 'x_date', 'x_object', 'x_list', 'x_lngLat',
  'x_exactly', 'x_scenarioRef', 'x_polygonType', 'w_unit', 'w_village',
  'p_notNumber', 'p_notNumberOrOmni', 'p_notPositive', 'p_notAbove', 'p_tooHigh', 'p_outside', 'p_outsideOpen', 'p_band',
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

export const validationMessage = (code: ValidationCode, params?: Readonly<Record<string, MessageParam>>): Message =>
  message('validation', code, params);

/** One of the engine's refusals of a site field, at `path` (the site's path and the field). */
export function paramProblemMessage(path: string, p: ParamProblem): Message {
  const at = { path: `${path}.${p.field}`, value: p.value };
  switch (p.reason) {
    case 'not-number':
      return validationMessage('p_notNumber', at);
    case 'not-number-or-omni':
      return validationMessage('p_notNumberOrOmni', at);
    case 'not-positive-number':
      return validationMessage('p_notPositive', at);
    case 'not-above':
      return validationMessage('p_notAbove', { ...at, min: p.min });
    case 'too-high':
      return validationMessage('p_tooHigh', { ...at, max: p.max });
    case 'outside':
      return validationMessage(p.minOpen ? 'p_outsideOpen' : 'p_outside', { ...at, min: p.min, max: p.max });
    case 'band-outside-models':
      return validationMessage('p_band', { ...at, min: p.min, max: p.max });
  }
}
