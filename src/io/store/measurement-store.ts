/**
 * A project's measurement set in the browser's storage: a database of its own beside the projects' (its own
 * version, so the project layout is never upgraded for it), one record per project id. The typed arrays are stored
 * as they are (structured clone), so a drive-test month is not turned into text.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MeasurementSet } from '../../domain/measure/measurement-set';

export interface StoredMeasurements {
  projectId: string;
  fileName: string;
  rows: number;
  samples: number;
  rejected: number;
  set: MeasurementSet;
}

interface MeasurementDb extends DBSchema {
  sets: { key: string; value: StoredMeasurements };
}

const DB_NAME = 'phusong-measurements';

let opened: Promise<IDBPDatabase<MeasurementDb>> | null = null;

function db(): Promise<IDBPDatabase<MeasurementDb>> {
  opened ??= openDB<MeasurementDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('sets', { keyPath: 'projectId' });
    },
  });
  return opened;
}

export async function saveMeasurements(record: StoredMeasurements): Promise<void> {
  await (await db()).put('sets', record);
}

export async function loadMeasurements(projectId: string): Promise<StoredMeasurements | null> {
  return (await (await db()).get('sets', projectId)) ?? null;
}

export async function deleteMeasurements(projectId: string): Promise<void> {
  await (await db()).delete('sets', projectId);
}
