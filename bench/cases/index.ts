import type { CaseResult } from '../timing';

type CaseRunner = () => CaseResult | Promise<CaseResult>;

/** Cases load lazily so a case whose module is missing or broken does not stop the others. */
export const CASES: Record<string, CaseRunner> = {
  'fibre-distance': async () => (await import('./fibre-distance')).fibreDistanceCase(),
  'province-100m': async () => (await import('./province-100m')).province100mCase(),
  'drag-one-site': async () => (await import('./drag-one-site')).dragOneSiteCase(),
  'turf-union-baseline': async () => (await import('./turf-union-baseline')).turfUnionBaselineCase(),
  'national-synthetic': async () => (await import('./national-synthetic')).nationalSyntheticCase(),
};
