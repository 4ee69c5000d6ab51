/** Coverage-worker calls of the import feature; they read the engine through engine-state. */
import { joinApis } from './api-catalogue';
import { csvImportApi } from './import-csv';
import { demImportApi } from './import-dem';
import { exportApi } from './import-export';
import { landCoverImportApi } from './import-land-cover';
import { layerImportApi } from './import-layer';

export const importApi = joinApis(joinApis(joinApis(csvImportApi, layerImportApi), exportApi), joinApis(demImportApi, landCoverImportApi));
