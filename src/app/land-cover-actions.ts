/**
 * The land-cover import: a GeoJSON of classed polygons or a classified GeoTIFF is read and resampled in the worker,
 * shown in a dialog (its legend, the area of each class, what was skipped), and committed as the project's land cover
 * in one undoable step; the coverage is then recomputed, each site taking the clutter of the ground it stands on.
 * A file that gives no land cover is reported by file and reason, and the project stays as it was.
 */
import type { LandCoverLegendId } from '../domain/model/land-cover-legends';
import { message, errorAsMessage } from '../domain/text/message';
import type { LandCoverImport } from '../io/land-cover/import-land-cover';
import { classedPercent, landCoverIssueMessage } from './land-cover-messages';
import { postNotice } from './notice-queue';
import type { PlannerActions } from './planner-actions';
import type { AppState } from './state';
import { createStore, type Store } from './store';

export interface LandCoverDialog {
  file: File;
  busy: boolean;
  /** The last read (null until the first one ends). */
  read: LandCoverImport | null;
}

export interface LandCoverHost {
  readonly worker: { readLandCoverFile(file: File, legend?: LandCoverLegendId): Promise<LandCoverImport> };
  readonly planner: Pick<PlannerActions, 'commit' | 'endGesture'>;
}

export class LandCoverActions {
  readonly state: Store<{ dialog: LandCoverDialog | null }> = createStore<{ dialog: LandCoverDialog | null }>({ dialog: null });
  private seq = 0;

  constructor(private readonly app: Store<AppState>, private readonly host: LandCoverHost) {}

  /** Reads `file` (with the legend guessed from its values); a file that gives nothing is reported and dropped. */
  open(file: File): Promise<void> {
    return this.read(file);
  }

  /** Reads the open GeoTIFF again with another legend. */
  setLegend(legend: LandCoverLegendId): Promise<void> {
    const dialog = this.state.get().dialog;
    return dialog ? this.read(dialog.file, legend) : Promise.resolve();
  }

  private async read(file: File, legend?: LandCoverLegendId): Promise<void> {
    if (!this.app.get().dataset) return;
    const seq = ++this.seq;
    this.state.set((s) => ({ dialog: { file, busy: true, read: s.dialog?.file === file ? s.dialog.read : null } }));
    try {
      const read = await this.host.worker.readLandCoverFile(file, legend);
      if (seq !== this.seq) return;
      if (!read.model) {
        this.state.set({ dialog: null });
        postNotice(this.app, 'error', message('landCover', 'lcNothing', { file: file.name }), read.issues.map(landCoverIssueMessage));
        return;
      }
      this.state.set({ dialog: { file, busy: false, read } });
    } catch (e) {
      if (seq !== this.seq) return;
      this.state.set({ dialog: null });
      postNotice(this.app, 'error', message('import', 'readFailed', { file: file.name, reason: errorAsMessage(e) }));
    }
  }

  /** The read land cover replaces the project's, as one undo step. */
  commit(): void {
    const read = this.state.get().dialog?.read;
    const current = this.app.get().dataset;
    if (!read?.model || !current) return;
    this.close();
    this.app.set({ selection: { kind: 'none' } });
    this.host.planner.commit({ dataset: { ...current, landCover: read.model } });
    this.host.planner.endGesture();
    postNotice(
      this.app, read.issues.length > 0 ? 'warning' : 'info',
      message('landCover', 'lcDone', { file: read.fileName, cell: read.cellM, known: classedPercent(read) }),
      read.issues.map(landCoverIssueMessage),
    );
  }

  close(): void {
    this.seq++;
    this.state.set({ dialog: null });
  }
}
