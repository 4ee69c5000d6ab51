/**
 * Elevation files read and resampled in the coverage worker (a province of 1″ tiles is hundreds of MB of samples).
 * Files arrive as File objects: the size limit is checked before their bytes are read.
 */
import * as Comlink from 'comlink';
import { areaBBox } from '../domain/coverage/area-bbox';
import { importElevation, type ElevationImport } from '../io/dem/import-elevation';
import type { DemInput } from '../io/dem/read-dem-files';
import { engineState } from './engine-state';

export const demImportApi = {
  async readElevationFiles(files: DemInput[]): Promise<ElevationImport> {
    const read = await importElevation(files, areaBBox(engineState.requireBaseline()).bbox);
    return read.elevation ? Comlink.transfer(read, [read.elevation.terrain.heights.buffer as ArrayBuffer]) : read;
  },
};
