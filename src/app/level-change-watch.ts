import type { Store } from './store';
import type { AppState } from './state';
import type { CoverageWorker } from './coverage-client';
import { isEmptyDelta, type FiguresDelta } from '../domain/scenario/figures-delta';
import { editCount } from '../domain/scenario/scenario-edits';
import { activeEdits } from './scenarios';

/** Edits come at every pointer move of a drag: the levels are asked once they pause this long. */
const SETTLE_MS = 250;

/**
 * A scenario that changes no covered cell (a site added inside covered land) still changes levels and best servers:
 * when the delta is empty but the scenario has edits, the worker is asked how, once the edits pause. Any new delta
 * drops the answer, and an answer for an older delta is not shown.
 */
export function watchLevelChange(store: Store<AppState>, worker: CoverageWorker): void {
  let seen: FiguresDelta | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  store.subscribe(() => {
    const s = store.get();
    if (s.delta === seen) return;
    seen = s.delta;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (s.deltaLevels !== null) store.set({ deltaLevels: null });
    const delta = s.delta;
    if (!delta || !isEmptyDelta(delta) || editCount(activeEdits(s)) === 0) return;
    timer = setTimeout(() => {
      timer = null;
      Promise.resolve(delta.tech).then((tech) => worker.levelChange(tech)).then(
        (change) => {
          if (store.get().delta === delta) store.set({ deltaLevels: change });
        },
        // Only a hint beside an empty delta: without it the panel says what it said before.
        () => undefined,
      );
    }, SETTLE_MS);
  });
}
