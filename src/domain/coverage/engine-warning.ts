/**
 * The coverage engine's warnings as codes with plain, serializable data (they cross postMessage in
 * figures.warnings). The interface renders them in its language at display time (i18n/engine-warnings).
 */
import type { ModelWarning, ParamProblem } from '../radio';

export type EngineWarning =
  /** A site left out of the coverage: each field at fault and why. */
  | { code: 'site-not-computed'; siteId: string; problems: ParamProblem[] }
  /** Two sites with one id: the later record replaces the earlier. */
  | { code: 'site-duplicate'; siteId: string }
  | { code: 'village-no-unit'; villageId: string; unitCode: string }
  /** `detail`: the message of what the FTTH computation threw, as it was thrown. */
  | { code: 'ftth-not-computed'; detail: string }
  /** The band helper thread failed; its rows were painted again on the engine's thread. */
  | { code: 'second-thread-failed' }
  /** A propagation model used outside its validity range. */
  | ModelWarning;

export type EngineWarningCode = EngineWarning['code'];

/** A warning that a site was left out of the coverage (rather than a caveat). */
export const isRefusal = (w: EngineWarning): boolean => w.code === 'site-not-computed';

/** The same key for equal warnings (de-duplication): its data as JSON, non-finite numbers spelled out. */
export function engineWarningKey(w: EngineWarning): string {
  return JSON.stringify(w, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
}
