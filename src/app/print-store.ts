/** The print view's own state (open or not, page settings, atlas progress), kept apart from the app state. */
import { createStore, type Store } from './store';
import type { PrintSettings } from './print-settings';

export interface PrintProgress {
  label: string;
  done: number;
  total: number;
}

export interface PrintViewState {
  open: boolean;
  settings: PrintSettings | null;
  /** Long work under way (map render, PDF, atlas); null when idle. */
  progress: PrintProgress | null;
  error: string | null;
}

export const printStore: Store<PrintViewState> = createStore<PrintViewState>({ open: false, settings: null, progress: null, error: null });
