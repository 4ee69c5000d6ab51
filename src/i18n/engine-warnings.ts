/**
 * The coverage engine's warnings (figures.warnings, English and technical) put in the interface language for a
 * notice: a one-line summary and one line per warning naming the site, the field and what is wrong with it.
 * Anything not recognised is shown as the engine wrote it rather than hidden.
 */
import { fillTemplate } from '../io/coded-text';
import type { Lang } from './lang';
import { reliabilityTranslate as tr, type ReliabilityKey } from './reliability-strings';

const FIELD: Record<string, ReliabilityKey> = {
  heightM: 'fieldHeight', bandMHz: 'fieldBand', beamwidthDeg: 'fieldBeamwidth', downtiltDeg: 'fieldTilt',
  azimuthDeg: 'fieldAzimuth', lon: 'fieldLon', lat: 'fieldLat', powerOffsetDb: 'fieldPower',
};

const fill = (text: string, vars: Record<string, string | number>) => fillTemplate(text, vars);

/** "must be > 0" and the other reasons input-checks.ts and radio/validate.ts give, translated; else unchanged. */
function reason(lang: Lang, text: string): string {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^(\S+) must be > 0$/, (m) => fill(tr(lang, 'reasonPositive'), { v: m[1] ?? '' })],
    [/^(\S+) must be a finite number( or null \(omni\))?$/, (m) => fill(tr(lang, 'reasonNotNumber'), { v: m[1] ?? '' })],
    [/^(\S+) must be (?:in|within) (\S+, \S+)$/, (m) => fill(tr(lang, 'reasonRange'), { v: m[1] ?? '', range: m[2] ?? '' })],
    [/^(\S+) outside (\S+) MHz covered by the models$/, (m) => fill(tr(lang, 'reasonBand'), { v: m[1] ?? '', range: m[2] ?? '' })],
    [/^(\S+) exceeds (\S+) m$/, (m) => fill(tr(lang, 'reasonTooHigh'), { v: m[1] ?? '', max: m[2] ?? '' })],
  ];
  for (const [re, say] of patterns) {
    const m = re.exec(text);
    if (m) return say(m);
  }
  return text;
}

/** "radios[0].bandMHz: 50000 outside …" becomes "band (radios[0].bandMHz): 50000 outside the 100–6000 MHz …". */
export function problemText(lang: Lang, problem: string): string {
  const m = /^([\w[\].]+): (.*)$/.exec(problem);
  if (!m) return problem;
  const path = m[1] ?? '';
  const key = FIELD[path.replace(/^.*\./, '')];
  const label = key ? `${tr(lang, key)} (${path})` : path;
  return `${label}: ${reason(lang, m[2] ?? '')}`;
}

/** One engine warning in the interface language. */
export function engineWarningText(lang: Lang, warning: string): string {
  const refused = /^site (.+?): not computed: (.*)$/.exec(warning);
  if (refused) {
    const problems = (refused[2] ?? '').split('; ').map((p) => problemText(lang, p)).join('; ');
    return fill(tr(lang, 'siteNotComputed'), { id: refused[1] ?? '', problems });
  }
  const duplicate = /^site (.+?): duplicate id/.exec(warning);
  if (duplicate) return fill(tr(lang, 'siteDuplicate'), { id: duplicate[1] ?? '' });
  const village = /^village (.+?): unit code (.*) matches no unit$/.exec(warning);
  if (village) return fill(tr(lang, 'villageNoUnit'), { id: village[1] ?? '', code: village[2] ?? '' });
  const ftth = /^FTTH not computed: (.*)$/.exec(warning);
  if (ftth) return fill(tr(lang, 'ftthNotComputed'), { reason: ftth[1] ?? '' });
  const model = /^([\w-]+): (.*)$/.exec(warning);
  if (model) return fill(tr(lang, 'modelWarning'), { model: model[1] ?? '', text: model[2] ?? '' });
  return warning;
}

/** A warning that a site was left out of the coverage (rather than a model-range caveat). */
export const isRefusal = (warning: string): boolean => /^site .+?: not computed: /.test(warning);

/** Summary and lines (refused sites first) for the notice, or null when there is nothing to say. */
export function engineWarningsNotice(lang: Lang, warnings: readonly string[]): { text: string; details: string[] } | null {
  if (warnings.length === 0) return null;
  const refused = warnings.filter(isRefusal);
  const others = warnings.filter((w) => !isRefusal(w));
  const text = fill(tr(lang, refused.length > 0 ? 'engineWarningsRefused' : 'engineWarnings'), { n: refused.length, m: others.length });
  return { text, details: [...refused, ...others].map((w) => engineWarningText(lang, w)) };
}
