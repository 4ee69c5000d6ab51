/**
 * Coverage-worker calls of the import feature; they read the engine through engine-state. Every reader and writer
 * here loads on its first call (lazy-api.ts): none is needed to open the demo or a stored project.
 */
import { joinApis } from './api-catalogue';
import type { csvImportApi } from './import-csv';
import type { demImportApi } from './import-dem';
import type { exportApi } from './import-export';
import type { landCoverImportApi } from './import-land-cover';
import type { layerImportApi } from './import-layer';
import { lazyApi } from './lazy-api';

const csv = lazyApi<typeof csvImportApi>({ csvOpen: true, csvRead: true, csvCancel: true, csvClose: true }, async () => (await import('./import-csv')).csvImportApi);
const layer = lazyApi<typeof layerImportApi>({ readLayerFile: true }, async () => (await import('./import-layer')).layerImportApi);
const exports = lazyApi<typeof exportApi>({ exportFile: true }, async () => (await import('./import-export')).exportApi);
const dem = lazyApi<typeof demImportApi>({ readElevationFiles: true }, async () => (await import('./import-dem')).demImportApi);
const landCover = lazyApi<typeof landCoverImportApi>(
  { readLandCoverFile: true, isLandCoverGeoJson: true },
  async () => (await import('./import-land-cover')).landCoverImportApi,
);

export const importApi = joinApis(joinApis(joinApis(csv, layer), exports), joinApis(dem, landCover));
