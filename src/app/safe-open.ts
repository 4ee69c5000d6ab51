/**
 * A stored project that opens but cannot be computed (a ring of two positions, a commune covering the world):
 * the app still becomes usable on it. The map shows its layers (without district outlines and labels when those
 * could not be derived), and one notice gives the reason in the interface
 * language with two ways out: export the project as it is, and remove the bad features (one undoable step),
 * which recomputes and lets the autosave store the repaired project.
 */
import { errorMessage } from '../domain/text/error-message';
import type { Dataset } from '../domain/model/types';
import { unusableText } from '../i18n/unusable-data-strings';
import { exportAction } from './storage-export-offer';
import type { AppState, Notice } from './state';
import type { Store } from './store';
import { diagnose } from './unusable-data';

export interface SafeOpenHost {
  notify(level: Notice['level'], text: string, details: string[], actions: Notice['actions']): void;
  dismiss(id: number): void;
  /** Id of the notice posted last. */
  lastNoticeId(): number;
  /** Replaces the baseline as one undoable step (which recomputes). */
  commitDataset(dataset: Dataset): void;
}

export function openSafely(store: Store<AppState>, host: SafeOpenHost, projectName: string, dataset: Dataset, error: unknown): void {
  const { lang, cellSizeM } = store.get();
  const found = diagnose(lang, dataset, cellSizeM);
  const reason = found?.reason ?? errorMessage(error);
  const actions: NonNullable<Notice['actions']> = [exportAction(store)];
  let noticeId = -1;
  const without = found?.without;
  if (found && without) {
    actions.push({
      label: unusableText(lang, 'removeBad', { n: found.removed }),
      run: () => {
        host.dismiss(noticeId);
        host.commitDataset(without);
        host.notify('info', unusableText(store.get().lang, 'removedBad', { n: found.removed }), [], undefined);
      },
    });
  }
  // Outlines and labels come from turf, which may be what failed: without them the map still draws every layer.
  store.set((s) => ({ computing: false, derived: s.derived ?? { districts: [], labels: [], fibreLengthM: {}, hillshade: null } }));
  host.notify('error', unusableText(lang, 'storedNotComputed', { name: projectName, reason }), found?.details ?? [], actions);
  noticeId = host.lastNoticeId();
}
