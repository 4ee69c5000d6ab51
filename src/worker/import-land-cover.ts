/** A land-cover file read and resampled in the coverage worker onto a grid over the baseline's area. */
import * as Comlink from 'comlink';
import { areaBBox } from '../domain/coverage/area-bbox';
import type { LandCoverLegendId } from '../domain/model/land-cover-legends';
import type { DemInput } from '../io/dem/read-dem-files';
import { importLandCover, type LandCoverImport } from '../io/land-cover/import-land-cover';
import { isLandCoverGeoJson } from '../io/land-cover/read-land-cover';
import { engineState } from './engine-state';

export const landCoverImportApi = {
  async readLandCoverFile(file: DemInput, legend?: LandCoverLegendId): Promise<LandCoverImport> {
    const read = await importLandCover(file, areaBBox(engineState.requireBaseline()).bbox, legend);
    return read.model ? Comlink.transfer(read, [read.model.cover.classes.buffer as ArrayBuffer]) : read;
  },
  /** True for GeoJSON polygons classed as land cover (so they are not taken for reporting units). */
  isLandCoverGeoJson(text: string): boolean {
    return isLandCoverGeoJson(text);
  },
};
