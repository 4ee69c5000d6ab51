/**
 * The coverage engine's warnings (figures.warnings, codes with their data) rendered in a language at display
 * time: a one-line summary and one line per warning naming the site, the field and what is wrong with it.
 * The CLI prints the English rendering.
 */
import { isRefusal, type EngineWarning } from '../domain/coverage/engine-warning';
import type { Clutter } from '../domain/model/types';
import type { ModelQuantity, ModelWarning, ParamProblem } from '../domain/radio';
import { engineWarningString as tr, type EngineWarningKey } from './engine-warning-strings';
import type { Lang } from './lang';

/** Words for the last segment of a field path ("radios[0].bandMHz" → bandMHz); other fields show their path only. */
const FIELD: ReadonlyMap<string, EngineWarningKey> = new Map<string, EngineWarningKey>([
  ['heightM', 'fieldHeight'], ['bandMHz', 'fieldBand'], ['beamwidthDeg', 'fieldBeamwidth'], ['downtiltDeg', 'fieldTilt'],
  ['azimuthDeg', 'fieldAzimuth'], ['lon', 'fieldLon'], ['lat', 'fieldLat'], ['powerOffsetDb', 'fieldPower'],
]);

const QUANTITY: Record<ModelQuantity, EngineWarningKey> = {
  frequency: 'quantityFrequency', distance: 'quantityDistance', 'base-height': 'quantityBaseHeight', 'mobile-height': 'quantityMobileHeight',
};

const CLUTTER: Record<Clutter, EngineWarningKey> = {
  urban: 'clutterUrban', suburban: 'clutterSuburban', rural: 'clutterRural', open: 'clutterOpen',
};

function reasonText(lang: Lang, p: ParamProblem): string {
  const v = p.value;
  switch (p.reason) {
    case 'not-number':
      return tr(lang, 'reasonNotNumber', { v });
    case 'not-number-or-omni':
      return tr(lang, 'reasonNotNumberOrOmni', { v });
    case 'not-positive-number':
      return tr(lang, 'reasonNotPositiveNumber', { v });
    case 'not-above':
      return tr(lang, 'reasonNotAbove', { v, min: p.min });
    case 'too-high':
      return tr(lang, 'reasonTooHigh', { v, max: p.max });
    case 'outside':
      return tr(lang, p.minOpen ? 'reasonOutsideOpenMin' : 'reasonOutside', { v, min: p.min, max: p.max });
    case 'band-outside-models':
      return tr(lang, 'reasonBand', { v, min: p.min, max: p.max });
  }
}

/** One problem of a refused site: "band (radios[0].bandMHz): 50000 is outside the 30–100000 MHz …". */
export function problemText(lang: Lang, p: ParamProblem): string {
  const key = FIELD.get(p.field.replace(/^.*\./, ''));
  const reason = reasonText(lang, p);
  return key ? tr(lang, 'problemNamed', { label: tr(lang, key), field: p.field, reason }) : tr(lang, 'problemUnnamed', { field: p.field, reason });
}

/** `value` overrides the warning's own value (a group's range, "0.2–0.9"). */
function modelText(lang: Lang, w: ModelWarning, value?: string): string {
  const model = w.model;
  switch (w.kind) {
    case 'outside':
      return tr(lang, 'modelOutside', { model, quantity: tr(lang, QUANTITY[w.quantity]), value: value ?? w.value, unit: w.unit, min: w.min, max: w.max });
    case 'not-positive':
      return tr(lang, 'modelNotPositive', { model, quantity: tr(lang, QUANTITY[w.quantity]), value: value ?? w.value });
    case 'near-field':
      return tr(lang, 'modelNearField', { model, distance: value ?? w.distanceM, nearField: w.nearFieldM });
    case 'extrapolated':
      return tr(lang, 'modelExtrapolated', { model, freq: value ?? w.freqMHz });
    case 'built-up-only':
      return tr(lang, 'modelBuiltUpOnly', { model, clutter: tr(lang, CLUTTER[w.clutter]) });
  }
}

/** One engine warning in `lang`. */
export function engineWarningText(lang: Lang, w: EngineWarning): string {
  switch (w.code) {
    case 'site-not-computed':
      return tr(lang, 'siteNotComputed', { id: w.siteId, problems: w.problems.map((p) => problemText(lang, p)).join('; ') });
    case 'site-duplicate':
      return tr(lang, 'siteDuplicate', { id: w.siteId });
    case 'village-no-unit':
      return tr(lang, 'villageNoUnit', { id: w.villageId, code: w.unitCode });
    case 'ftth-not-computed':
      return tr(lang, 'ftthNotComputed', { detail: w.detail });
    case 'second-thread-failed':
      return tr(lang, 'secondThreadFailed');
    case 'model-range':
      return modelText(lang, w);
  }
}

/** What a model caveat says apart from its value: caveats alike but for the value are one line. */
function caveatKind(w: ModelWarning): string {
  switch (w.kind) {
    case 'outside':
      return `${w.model}|outside|${w.quantity}|${w.unit}|${w.min}|${w.max}`;
    case 'not-positive':
      return `${w.model}|not-positive|${w.quantity}`;
    case 'near-field':
      return `${w.model}|near-field|${w.nearFieldM}`;
    case 'extrapolated':
      return `${w.model}|extrapolated`;
    case 'built-up-only':
      return `${w.model}|built-up-only|${w.clutter}`;
  }
}

function caveatValue(w: ModelWarning): number | null {
  if (w.kind === 'outside') return w.value;
  if (w.kind === 'near-field') return w.distanceM;
  if (w.kind === 'extrapolated') return w.freqMHz;
  return null;
}

/** One line per kind of model caveat, the range of values met and how many times ("… 0.12–0.95 km … (412 cases)"). */
function caveatGroupText(lang: Lang, group: readonly ModelWarning[]): string {
  const [first] = group;
  if (!first) return '';
  if (group.length === 1) return modelText(lang, first);
  const values = group.map(caveatValue).filter((v): v is number => v !== null);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const range = values.length === 0 ? undefined : lo === hi ? String(lo) : `${lo}–${hi}`;
  return tr(lang, 'grouped', { line: modelText(lang, first, range), n: group.length });
}

/** The lines in order, refused sites first; caveats alike but for their value make one line where the first was. */
function detailLines(lang: Lang, warnings: readonly EngineWarning[]): string[] {
  const groups = new Map<string, ModelWarning[]>();
  const order: (EngineWarning | ModelWarning[])[] = [];
  for (const w of warnings) {
    if (w.code !== 'model-range') {
      order.push(w);
      continue;
    }
    const key = caveatKind(w);
    const group = groups.get(key);
    if (group) group.push(w);
    else {
      const fresh = [w];
      groups.set(key, fresh);
      order.push(fresh);
    }
  }
  return order.map((item) => (Array.isArray(item) ? caveatGroupText(lang, item) : engineWarningText(lang, item)));
}

/** Summary and lines (refused sites first, model caveats grouped by kind) for the notice, or null when there is nothing to say. */
export function engineWarningsNotice(lang: Lang, warnings: readonly EngineWarning[]): { text: string; details: string[] } | null {
  if (warnings.length === 0) return null;
  const refused = warnings.filter(isRefusal);
  const others = warnings.filter((w) => !isRefusal(w));
  const text = tr(lang, refused.length > 0 ? 'engineWarningsRefused' : 'engineWarnings', { n: refused.length, m: others.length });
  return { text, details: detailLines(lang, [...refused, ...others]) };
}
