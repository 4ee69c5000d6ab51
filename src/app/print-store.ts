/** The print view's own state (open or not, page settings, atlas progress), kept apart from the app state. */
import type { BBox } from '../domain/grid/equal-area-grid';
import type { PageSettings } from './print-settings';

export interface PrintProgress {
  label: string;
  done: number;
  total: number;
}

export interface PrintViewState {
  open: boolean;
  /** The page settings; the texts, palette and graticule are the project's (AppState.printChoices). */
  settings: PageSettings | null;
  /** Long work under way (map render, PDF, atlas); null when idle. */
  progress: PrintProgress | null;
  error: string | null;
  /** The main map's bounds when the print view was opened; null when there was no main map to read. */
  mainView: BBox | null;
}

export const INITIAL_PRINT_STATE: PrintViewState = { open: false, settings: null, progress: null, error: null, mainView: null };
