/**
 * Measurement import (CSV or GeoJSON points) in the coverage worker: the file is read in chunks with progress and can be cancelled; the
 * samples (typed arrays) stay here, and the page gets the mapping, the counts and the issues only. A kept set is
 * held by its session id for the measurement layer and the statistics.
 */
import { areaBBox } from '../domain/coverage/area-bbox';
import { decodeCsvBytes } from '../io/csv/decode';
import { zoneAreaOf } from '../io/csv/vn2000-zone';
import { looksLikeMeasurementPoints, readMeasurementPointsChunked } from '../io/measure/read-measurement-points';
import { readMeasurementsCsvChunked, type MeasureCrs, type MeasureIssue, type MeasureMapping } from '../io/measure/read-measurements';
import { engineState } from './engine-state';

export interface MeasureReadResult {
  sessionId: number;
  fileName: string;
  /** Data rows read (the header not counted). */
  rows: number;
  /** Samples kept; 0 when the file is refused. */
  samples: number;
  mapping: MeasureMapping;
  /** The file's header cells, offered for the mapping. */
  headers: string[];
  crs: MeasureCrs;
  /** The VN-2000 meridian the X/Y were read in: the chosen one, else the one inferred from the boundaries. */
  meridianDeg: number | null;
  issues: MeasureIssue[];
  /** The file as a whole cannot be used: its error issue (line 0) says why; nothing may be kept. */
  refused: boolean;
}

/** What the user changed in the dialog; each unset choice is guessed from the file. */
export interface MeasureChoices {
  mapping?: MeasureMapping;
  crs?: MeasureCrs;
  meridianDeg?: number;
}

export type MeasureProgress = (fraction: number, rows: number) => void;

const sessions = engineState.measureSessions;
const GEOJSON_NAME = /\.(geo)?json$/i;

function textOf(bytes: Uint8Array, fileName: string): string {
  const decoded = decodeCsvBytes(bytes, fileName);
  return decoded.ok ? decoded.text : '';
}

function session(id: number) {
  const s = sessions.get(id);
  if (!s) throw new Error(`measurement session ${id} is closed`);
  return s;
}

async function read(id: number, onProgress?: MeasureProgress, choices: MeasureChoices = {}): Promise<MeasureReadResult> {
  const s = session(id);
  s.controller?.abort();
  const controller = new AbortController();
  s.controller = controller;
  const { fileName } = s;
  const base = engineState.requireBaseline();
  const zoneArea = zoneAreaOf(base.units, base.meta.name);
  const options = {
    fileName, area: areaBBox(base).bbox, signal: controller.signal,
    ...(choices.mapping ? { mapping: choices.mapping } : {}), ...(choices.crs ? { crs: choices.crs } : {}),
    ...(choices.meridianDeg !== undefined ? { vn2000MeridianDeg: choices.meridianDeg } : {}), ...(zoneArea ? { zoneArea } : {}),
    ...(onProgress ? { onProgress: (f: number, rows: number) => void onProgress(f, rows) } : {}),
  };
  const read = GEOJSON_NAME.test(fileName)
    ? await readMeasurementPointsChunked(new TextDecoder().decode(s.bytes), options)
    : await readMeasurementsCsvChunked(textOf(s.bytes, fileName), options);
  if (s.controller === controller) s.controller = null;
  s.set = read.set;
  return {
    sessionId: id, fileName, rows: read.rows, samples: read.set?.count ?? 0, mapping: read.mapping, headers: read.headers,
    crs: read.crs, meridianDeg: read.meridianDeg, issues: read.issues, refused: read.set === null,
  };
}

export const measureImportApi = {
  /** Whether a GeoJSON text is measured points (a FeatureCollection of Points with a level property). */
  measureIsGeoJson(text: string): boolean {
    return looksLikeMeasurementPoints(text);
  },
  /** Keeps the file for the read; returns the session id. */
  measureOpen(bytes: Uint8Array, fileName: string): number {
    const id = engineState.nextMeasureSession++;
    sessions.set(id, { bytes, fileName, controller: null, set: null });
    return id;
  },
  /** Reads the session's file in chunks (again, with the user's choices); a cancel or a newer read rejects with an AbortError. */
  measureRead(id: number, onProgress?: MeasureProgress, choices?: MeasureChoices): Promise<MeasureReadResult> {
    return read(id, onProgress, choices);
  },
  measureCancel(id: number): void {
    sessions.get(id)?.controller?.abort();
  },
  /** Keeps the session's samples as a measurement set of the project (under the session's id); false if none. */
  measureKeep(id: number): boolean {
    const s = sessions.get(id);
    if (!s?.set) return false;
    engineState.measurementSets.set(id, s.set);
    sessions.delete(id);
    return true;
  },
  measureClose(id: number): void {
    sessions.get(id)?.controller?.abort();
    sessions.delete(id);
  },
};
