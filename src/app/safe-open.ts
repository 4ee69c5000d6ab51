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
import { noticeAction } from './notice-queue';
import { message } from '../domain/text/message';
import type { Lang } from '../i18n/lang';

export interface SafeOpenHost {
  /** Texts as functions of the language: the notice follows a language switch. */
  notify(level: Notice['level'], text: (lang: Lang) => string, details: (lang: Lang) => string[], actions: Notice['actions']): void;
  dismiss(id: number): void;
  /** Id of the notice posted last. */
  lastNoticeId(): number;
  /** Replaces the baseline as one undoable step (which recomputes). */
  commitDataset(dataset: Dataset): void;
}

export function openSafely(store: Store<AppState>, host: SafeOpenHost, projectName: string, dataset: Dataset, error: unknown): void {
  const { lang, cellSizeM } = store.get();
  // Diagnosed in both languages, so the notice follows a language switch.
  const diagnosed = { vi: diagnose('vi', dataset, cellSizeM), en: diagnose('en', dataset, cellSizeM) };
  const found = diagnosed[lang];
  const reason = (l: Lang) => diagnosed[l]?.reason ?? errorMessage(error);
  const actions: NonNullable<Notice['actions']> = [exportAction(store)];
  let noticeId = -1;
  const without = found?.without;
  if (found && without) {
    actions.push(noticeAction(lang, message('unusable', 'removeBad', { n: found.removed }), () => {
      host.dismiss(noticeId);
      host.commitDataset(without);
      host.notify('info', (l) => unusableText(l, 'removedBad', { n: found.removed }), () => [], undefined);
    }));
  }
  // Outlines and labels come from turf, which may be what failed: without them the map still draws every layer.
  store.set((s) => ({ computing: false, derived: s.derived ?? { districts: [], labels: [], fibreLengthM: {}, hillshade: null, landCover: null } }));
  host.notify('error', (l) => unusableText(l, 'storedNotComputed', { name: projectName, reason: reason(l) }), (l) => diagnosed[l]?.details ?? [], actions);
  noticeId = host.lastNoticeId();
}
