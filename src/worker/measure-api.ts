/** Coverage-worker calls of the measurements feature: the import and the layer and statistics of the kept sets. */
import { joinApis } from './api-catalogue';
import { measureImportApi } from './import-measurements';
import { measureViewApi } from './measure-view';

export const measureApi = joinApis(measureImportApi, measureViewApi);
