/**
 * Coverage-worker calls of the measurements feature: the import, the layer and statistics of the kept sets, their storage.
 * The import (CSV and GeoJSON readers, VN-2000 coordinates) loads on its first call (lazy-api.ts).
 */
import { joinApis } from './api-catalogue';
import type { measureImportApi } from './import-measurements';
import { lazyApi } from './lazy-api';
import { measurePersistApi } from './measure-persist';
import { measureViewApi } from './measure-view';

const measureImport = lazyApi<typeof measureImportApi>(
  { measureIsGeoJson: true, measureOpen: true, measureRead: true, measureCancel: true, measureKeep: true, measureClose: true },
  async () => (await import('./import-measurements')).measureImportApi,
);

export const measureApi = joinApis(joinApis(measureImport, measureViewApi), measurePersistApi);
