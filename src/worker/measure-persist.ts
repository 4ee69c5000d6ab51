/**
 * Keeping a project's measurements across reloads: the worker writes the kept set (it holds the samples) to the
 * browser's storage under the project id, and reads it back when the project is opened.
 */
import { deleteMeasurements, loadMeasurements, saveMeasurements } from '../io/store/measurement-store';
import { engineState } from './engine-state';

/** What the app state holds of a stored set (app/state MeasurementsRef). */
export interface MeasurementsSummary {
  setId: number;
  fileName: string;
  rows: number;
  samples: number;
  rejected: number;
}

export const measurePersistApi = {
  /** Stores the kept set `ref` names as the project's measurements; null removes them. */
  async measureSave(projectId: string, ref: MeasurementsSummary | null): Promise<void> {
    if (!ref) return deleteMeasurements(projectId);
    const set = engineState.measurementSets.get(ref.setId);
    if (!set) throw new Error(`measurement set ${ref.setId} is not loaded`);
    const { setId: _id, ...meta } = ref;
    void _id;
    await saveMeasurements({ projectId, ...meta, set });
  },
  /** The project's stored measurements, kept again in the worker under a new id; null when it has none. */
  async measureRestore(projectId: string): Promise<MeasurementsSummary | null> {
    const stored = await loadMeasurements(projectId);
    if (!stored) return null;
    const setId = engineState.nextMeasureSession++;
    engineState.measurementSets.set(setId, stored.set);
    return { setId, fileName: stored.fileName, rows: stored.rows, samples: stored.samples, rejected: stored.rejected };
  },
};
