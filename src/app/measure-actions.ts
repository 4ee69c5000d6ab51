/**
 * The measurement import: a drive-test or crowd CSV is read in the worker in chunks (progress, cancel), its column
 * mapping and line-by-line report shown, and the samples kept as the project's measurements in one undoable step.
 * The samples stay in the worker; the page holds the counts and the issues. A refused file leaves the project as it was.
 */
import * as Comlink from 'comlink';
import { errorAsMessage, message } from '../domain/text/message';
import type { MeasureProgress, MeasureReadResult } from '../worker/import-measurements';
import type { CsvProgressState } from './import-state';
import { postNotice } from './notice-queue';
import type { PlannerActions } from './planner-actions';
import type { AppState } from './state';
import { createStore, type Store } from './store';

export interface MeasureDialog {
  fileName: string;
  /** The worker's session holding the file; null until it has it. */
  sessionId: number | null;
  /** Set while the worker reads the file. */
  progress: CsvProgressState | null;
  read: MeasureReadResult | null;
}

export interface MeasureHost {
  readonly worker: {
    measureOpen(bytes: Uint8Array, fileName: string): Promise<number>;
    measureRead(id: number, onProgress?: MeasureProgress): Promise<MeasureReadResult>;
    measureCancel(id: number): Promise<void>;
    measureKeep(id: number): Promise<boolean>;
    measureClose(id: number): Promise<void>;
  };
  readonly planner: Pick<PlannerActions, 'commit' | 'endGesture'>;
}

const isAbort = (e: unknown): boolean => typeof e === 'object' && e !== null && 'name' in e && e.name === 'AbortError';

export class MeasureActions {
  readonly state: Store<{ dialog: MeasureDialog | null }> = createStore<{ dialog: MeasureDialog | null }>({ dialog: null });
  private seq = 0;

  constructor(private readonly app: Store<AppState>, private readonly host: MeasureHost) {}

  private patch(patch: Partial<MeasureDialog>): void {
    this.state.set((s) => (s.dialog ? { dialog: { ...s.dialog, ...patch } } : {}));
  }

  /** Reads `bytes` (a CSV whose header names a measured level) and shows its mapping and report. */
  async open(fileName: string, bytes: Uint8Array): Promise<void> {
    await this.close();
    const seq = ++this.seq;
    this.state.set({ dialog: { fileName, sessionId: null, progress: { fraction: 0, rows: 0 }, read: null } });
    try {
      const sessionId = await this.host.worker.measureOpen(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), fileName);
      if (seq !== this.seq) return void this.host.worker.measureClose(sessionId);
      this.patch({ sessionId });
      const onProgress = Comlink.proxy((fraction: number, rows: number) => {
        if (seq === this.seq) this.patch({ progress: { fraction, rows } });
      });
      const read = await this.host.worker.measureRead(sessionId, onProgress);
      if (seq !== this.seq) return;
      this.patch({ read, progress: null });
    } catch (e) {
      if (seq !== this.seq) return;
      void this.close();
      postNotice(this.app, isAbort(e) ? 'info' : 'error', isAbort(e)
        ? message('import', 'cancelled', { file: fileName })
        : message('measure', 'measReadFailed', { file: fileName, reason: errorAsMessage(e) }));
    }
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
    postNotice(this.app, kept.rejected > 0 ? 'warning' : 'info', message('measure', 'measDone', { samples: read.samples, file: d.fileName, rejected: kept.rejected }));
  }
}
