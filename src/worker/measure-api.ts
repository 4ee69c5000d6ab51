/** Coverage-worker calls of the measurements feature: the import, the layer and statistics of the kept sets, their storage. */
import { joinApis } from './api-catalogue';
import { measureImportApi } from './import-measurements';
import { measurePersistApi } from './measure-persist';
import { measureViewApi } from './measure-view';

export const measureApi = joinApis(joinApis(measureImportApi, measureViewApi), measurePersistApi);
