/** State of the import dialogs, kept apart from the app state: nothing here is saved or undoable. */
import type { LayerKind } from '../io/geojson';
import type { LayerRead } from '../io/shapefile';
import type { CsvChoices, CsvReadResult } from '../worker/import-csv';
import type { LayerFormat } from '../worker/import-layer';
import type { SiteMergeMode } from './import-merge';
import type { SavedProfile } from './import-profiles';

export interface CsvProgressState {
  fraction: number;
  rows: number;
}

export interface CsvDialog {
  fileName: string;
  /** The worker's session holding the file; null until it has it. */
  sessionId: number | null;
  step: 'mapping' | 'report';
  /** Set while the worker reads the file. */
  progress: CsvProgressState | null;
  read: CsvReadResult | null;
  choices: CsvChoices;
  mode: SiteMergeMode;
  /** Name of the site layer the import becomes; the file name without its extension until the user edits it. */
  layerName: string;
  /** The commit waits for the user to confirm that more than half of a carrier's sites go (any change of choice resets it). */
  confirming: boolean;
  /** The dialog is folded to its title bar so the map's preview of the file can be seen. */
  onMap: boolean;
  /** The profile applied to this file, if any. */
  profileName: string | null;
  error: string | null;
}

export interface LayerDialog {
  fileName: string;
  format: LayerFormat;
  bytes: Uint8Array;
  busy: boolean;
  /** null until read; kind null asks the user what the layer is. */
  read: LayerRead | null;
  kind: LayerKind | null;
}

export interface ImportState {
  csv: CsvDialog | null;
  layer: LayerDialog | null;
  profiles: SavedProfile[];
  /** The elevation files being read and resampled (their names), or null. */
  demBusy: string | null;
}

/** The saved profiles are read when the import actions are made. */
export const INITIAL_IMPORT_STATE: ImportState = { csv: null, layer: null, profiles: [], demBusy: null };
