import type { Dataset } from '../../src/domain/model/types';
import type { CaseResult } from '../timing';

type CaseRunner = () => Promise<CaseResult>;

const demo = async (): Promise<Dataset> => (await import('../../src/domain/demo')).generateDemoDataset();

/** Cases load lazily so a case whose module is missing or broken does not stop the others. */
export const CASES: Record<string, CaseRunner> = {
  'fibre-distance': async () => (await import('./fibre-distance')).fibreDistanceCase(await demo()),
  'province-100m': async () => (await import('./province-100m')).province100mCase(await demo()),
  'province-terrain-100m': async () => (await import('./province-terrain')).provinceTerrainCase(await demo()),
  'terrain-vs-profile': async () => (await import('./terrain-vs-profile')).terrainVsProfileCase(await demo()),
  'drag-one-site-terrain': async () => (await import('./drag-one-site')).dragOneSiteTerrainCase(await demo()),
  'drag-one-site': async () => (await import('./drag-one-site')).dragOneSiteCase(await demo()),
  'turf-union-baseline': async () => (await import('./turf-union-baseline')).turfUnionBaseline(await demo()),
  'national-synthetic': async () => (await import('./national-synthetic')).nationalSyntheticCase(),
  'national-synthetic-terrain': async () => (await import('./national-synthetic-terrain')).nationalSyntheticTerrainCase(),
  'proposer-demo': async () => (await import('./proposer-demo')).proposerDemoCase(await demo()),
  'million-vertex-unit': async () => (await import('./million-vertex-unit')).millionVertexUnitCase(),
  'import-200k': async () => (await import('./import-200k')).import200kCase(await demo()),
  'csv-million-rows': async () => (await import('./csv-million-rows')).csvMillionRowsCase(),
  'issue-groups-200k': async () => (await import('./issue-groups-200k')).issueGroups200kCase(),
  'crosswalk-real': async () => (await import('./crosswalk-real')).crosswalkRealCase(),
  'measurements-1m': async () => (await import('./measurements-1m')).measurements1mCase(),
  'store-save-66667': async () => (await import('./store-save-66667')).storeSave66667Case(await demo()),
  'calibrate-1m': async () => (await import('./measurements-1m')).calibrate1mCase(await demo()),
};
