/**
 * The measurement import: a drive-test or crowd CSV is read in the worker in chunks (progress, cancel), its column
 * mapping and line-by-line report shown, and the samples kept as the project's measurements in one undoable step.
 * The samples stay in the worker; the page holds the counts and the issues. A refused file leaves the project as it was.
 */
import * as Comlink from 'comlink';
import { errorAsMessage, intMessage, message } from '../domain/text/message';
import { applyFit } from '../domain/measure/applied-calibration';
import type { BinPoints } from '../domain/display/measurement-image';
import type { Technology } from '../domain/model/types';
import type { MeasureCrs, MeasureMapping } from '../io/measure/read-measurements';
import type { MeasureChoices, MeasureProgress, MeasureReadResult } from '../worker/import-measurements';
import type { HoldOut, MeasureFit, MeasureLayer } from '../worker/measure-view';
import type { CsvProgressState } from './import-state';
import { postNotice } from './notice-queue';
import type { PlannerActions } from './planner-actions';
import type { AppState, MeasurementsRef } from './state';
import { createStore, type Store } from './store';

export interface MeasureDialog {
  fileName: string;
  /** The worker's session holding the file; null until it has it. */
  sessionId: number | null;
  /** Set while the worker reads the file. */
  progress: CsvProgressState | null;
  read: MeasureReadResult | null;
  /** The mapping, coordinates and zone the user changed; the file is read again with them. */
  choices: MeasureChoices;
}

/** What the measurement layer shows: the mean measured level per cell, or measured − predicted. */
export type MeasureView = 'level' | 'difference';

export interface MeasureState {
  dialog: MeasureDialog | null;
  /** The layer of the project's measurements against the current prediction; null without measurements. */
  layer: MeasureLayer | null;
  view: MeasureView;
  shown: boolean;
  /** The last calibration fitted for review (null: none, or the measurements changed since); `fitting` while it runs. */
  fit: MeasureFit | null;
  fitting: boolean;
}

export interface MeasureHost {
  readonly worker: {
    measureOpen(bytes: Uint8Array, fileName: string): Promise<number>;
    measureRead(id: number, onProgress?: MeasureProgress, choices?: MeasureChoices): Promise<MeasureReadResult>;
    measureCancel(id: number): Promise<void>;
    measureKeep(id: number): Promise<boolean>;
    measureClose(id: number): Promise<void>;
    measureLayer(setId: number, tech: Technology): Promise<MeasureLayer>;
    measureFit(setId: number, tech: Technology, holdOut: HoldOut, slope: boolean, indoor: boolean): Promise<MeasureFit>;
    measureSave(projectId: string, ref: MeasurementsRef | null): Promise<void>;
    measureRestore(projectId: string): Promise<MeasurementsRef | null>;
  };
  readonly planner: Pick<PlannerActions, 'commit' | 'endGesture'>;
}

const isAbort = (e: unknown): boolean => typeof e === 'object' && e !== null && 'name' in e && e.name === 'AbortError';

export class MeasureActions {
  readonly state: Store<MeasureState> = createStore<MeasureState>({ dialog: null, layer: null, view: 'level', shown: true, fit: null, fitting: false });
  private seq = 0;
  private layerSeq = 0;
  /** What the shown layer was computed for: the set, the figures (a new prediction) and the technology. */
  private layerKey: readonly unknown[] = [];

  constructor(private readonly app: Store<AppState>, private readonly host: MeasureHost) {
    app.subscribe(() => {
      void this.follow();
      void this.persist();
    });
  }

  /** The project whose measurements are stored, and the set stored for it (null: none). */
  private projectId: string | null = null;
  private storedSetId: number | null = null;

  /**
   * Keeps the stored measurements with the state: an opened project gets its stored set back (a load, not an undo
   * step); a kept, undone or redone import of the open project is written or removed.
   */
  private async persist(): Promise<void> {
    const { project, measurements } = this.app.get();
    const id = project?.id ?? null;
    if (id === null) return;
    if (id !== this.projectId) {
      this.projectId = id;
      this.storedSetId = null;
      if (!measurements) {
        const restored = await this.host.worker.measureRestore(id).catch(() => null);
        if (!restored || this.projectId !== id || this.app.get().measurements) return;
        this.storedSetId = restored.setId;
        return void this.app.set({ measurements: restored });
      }
    }
    const setId = measurements?.setId ?? null;
    if (setId === this.storedSetId) return;
    this.storedSetId = setId;
    try {
      await this.host.worker.measureSave(id, measurements);
    } catch (e) {
      postNotice(this.app, 'warning', message('measure', 'measStoreFailed', { reason: errorAsMessage(e) }));
    }
  }

  /** Computes the layer again when the measurements, the prediction or the technology shown change. */
  private async follow(): Promise<void> {
    const { measurements, figures, coverageTech } = this.app.get();
    const key = [measurements?.setId, figures, coverageTech];
    if (key.every((k, i) => k === this.layerKey[i])) return;
    this.layerKey = key;
    const seq = ++this.layerSeq;
    this.state.set({ fit: null });
    if (!measurements || !figures) return void this.state.set({ layer: null });
    try {
      const layer = await this.host.worker.measureLayer(measurements.setId, coverageTech);
      if (seq === this.layerSeq) this.state.set({ layer });
    } catch (e) {
      if (seq === this.layerSeq) postNotice(this.app, 'error', message('measure', 'measLayerFailed', { reason: errorAsMessage(e) }));
    }
  }

  /**
   * Fits per-class offsets (and the distance slope with `slope`) against the current prediction, for review; samples
   * marked indoor are left out unless `indoor` (the prediction is outdoor).
   */
  async fitCalibration(holdOut: HoldOut, slope = false, indoor = false): Promise<void> {
    const { measurements, coverageTech } = this.app.get();
    if (!measurements) return;
    this.state.set({ fitting: true, fit: null });
    const seq = this.layerSeq;
    try {
      const fit = await this.host.worker.measureFit(measurements.setId, coverageTech, holdOut, slope, indoor);
      if (seq === this.layerSeq) this.state.set({ fit });
    } catch (e) {
      postNotice(this.app, 'error', message('measure', 'measLayerFailed', { reason: errorAsMessage(e) }));
    } finally {
      this.state.set({ fitting: false });
    }
  }

  /** Applies the reviewed fit to the coverage as one undoable step (the coverage recomputes). */
  applyCalibration(now = new Date()): void {
    const { fit } = this.state.get();
    const { measurements, calibration } = this.app.get();
    if (!fit || !measurements || fit.setId !== measurements.setId || !Number.isFinite(fit.fit.after.rmseDb)) return;
    this.host.planner.commit({ calibration: applyFit(fit.fit, calibration, measurements.fileName, now) });
    this.host.planner.endGesture();
    this.state.set({ fit: null });
  }

  /** Takes the applied calibration off the coverage as one undoable step. */
  removeCalibration(): void {
    if (!this.app.get().calibration) return;
    this.host.planner.commit({ calibration: null });
    this.host.planner.endGesture();
  }

  setView(view: MeasureView): void {
    this.state.set({ view });
  }

  setShown(shown: boolean): void {
    this.state.set({ shown });
  }

  /** The points the map draws for the measurements, or null. */
  shownPoints(): BinPoints | null {
    const { layer, view, shown } = this.state.get();
    return shown && layer ? layer[view] : null;
  }

  private patch(patch: Partial<MeasureDialog>): void {
    this.state.set((s) => (s.dialog ? { dialog: { ...s.dialog, ...patch } } : {}));
  }

  /** Reads `bytes` (a CSV whose header names a measured level) and shows its mapping and report. */
  async open(fileName: string, bytes: Uint8Array): Promise<void> {
    await this.close();
    const seq = ++this.seq;
    this.state.set({ dialog: { fileName, sessionId: null, progress: { fraction: 0, rows: 0 }, read: null, choices: {} } });
    try {
      const sessionId = await this.host.worker.measureOpen(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), fileName);
      if (seq !== this.seq) return void this.host.worker.measureClose(sessionId);
      this.patch({ sessionId });
      await this.readSession(seq, sessionId, {});
    } catch (e) {
      this.readFailed(seq, fileName, e);
    }
  }

  /** The columns changed in the dialog: the file is read again with them (the same session, progress and cancel). */
  setMapping(mapping: MeasureMapping): Promise<void> {
    return this.reread({ mapping });
  }

  /** The coordinates changed: latitude/longitude, or VN-2000 X/Y in a zone (null: the zone inferred from the boundaries). */
  setCrs(crs: MeasureCrs, meridianDeg: number | null = null): Promise<void> {
    return this.reread({ crs, meridianDeg: meridianDeg ?? undefined });
  }

  private async reread(change: MeasureChoices): Promise<void> {
    const d = this.state.get().dialog;
    if (!d || d.sessionId === null) return;
    const mapping = change.mapping ?? d.choices.mapping ?? d.read?.mapping;
    const choices: MeasureChoices = { ...d.choices, ...change, ...(mapping ? { mapping } : {}) };
    if (change.meridianDeg === undefined && 'meridianDeg' in change) delete choices.meridianDeg;
    const seq = ++this.seq;
    this.patch({ choices, read: null, progress: { fraction: 0, rows: 0 } });
    try {
      await this.readSession(seq, d.sessionId, choices);
    } catch (e) {
      this.readFailed(seq, d.fileName, e);
    }
  }

  private async readSession(seq: number, sessionId: number, choices: MeasureChoices): Promise<void> {
    const onProgress = Comlink.proxy((fraction: number, rows: number) => {
      if (seq === this.seq) this.patch({ progress: { fraction, rows } });
    });
    const read = await this.host.worker.measureRead(sessionId, onProgress, choices);
    if (seq === this.seq) this.patch({ read, progress: null });
  }

  private readFailed(seq: number, fileName: string, e: unknown): void {
    if (seq !== this.seq) return;
    void this.close();
    postNotice(this.app, isAbort(e) ? 'info' : 'error', isAbort(e)
      ? message('import', 'cancelled', { file: fileName })
      : message('measure', 'measReadFailed', { file: fileName, reason: errorAsMessage(e) }));
  }

  /** Stops the running read and closes the dialog. */
  cancel(): void {
    const d = this.state.get().dialog;
    if (!d) return;
    if (d.sessionId !== null) void this.host.worker.measureCancel(d.sessionId);
    void this.close();
    postNotice(this.app, 'info', message('import', 'cancelled', { file: d.fileName }));
  }

  async close(): Promise<void> {
    const d = this.state.get().dialog;
    this.seq++;
    this.state.set({ dialog: null });
    if (d?.sessionId !== null && d?.sessionId !== undefined) await this.host.worker.measureClose(d.sessionId);
  }

  /** Keeps the read samples as the project's measurements: one undo step (undo shows the earlier ones, or none). */
  async commit(): Promise<void> {
    const d = this.state.get().dialog;
    const read = d?.read;
    if (!d || !read || read.refused || d.sessionId === null) return;
    this.seq++;
    this.state.set({ dialog: null });
    if (!(await this.host.worker.measureKeep(d.sessionId))) return;
    const kept = { setId: d.sessionId, fileName: d.fileName, rows: read.rows, samples: read.samples, rejected: read.rows - read.samples };
    this.host.planner.commit({ measurements: kept });
    this.host.planner.endGesture();
    postNotice(this.app, kept.rejected > 0 ? 'warning' : 'info', message('measure', 'measDone', { samples: intMessage(read.samples), file: d.fileName, rejected: intMessage(kept.rejected) }));
  }
}
