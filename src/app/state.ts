import type { AppliedCalibration } from '../domain/measure/applied-calibration';
import type { MeasurementsSummary } from '../worker/measure-persist';
import { EMPTY_OFFICIAL_TEXTS, type OfficialTexts } from '../domain/print/official-texts';
import { DEFAULT_PRINT_CHOICES, type PrintChoices } from '../domain/print/print-choices';
import type { CoverageFigures } from '../domain/coverage';
import type { CoverageImage } from '../domain/display/coverage-image';
import type { Clutter, Dataset, Technology } from '../domain/model/types';
import type { FiguresDelta } from '../domain/scenario/figures-delta';
import type { LevelChange } from '../domain/scenario/level-change';
import type { ProjectSummary, Scenario } from '../io/store';
import type { CompareResult } from '../worker/coverage.worker';
import { defaultMeasureThresholdDbm, DEFAULT_LINK_BUDGETS, type LinkBudget } from '../domain/radio';
import type { Lang } from '../i18n/strings';
import type { Message } from '../domain/text/message';
import type { DerivedLayers } from '../worker/derived-layers';
import type { LayerKind } from '../io/geojson';
import type { Highlight, LayerId, MapFocus, Selection, SiteColour, Tool } from '../map/map-view';

export type { Highlight, LayerId, Selection, Tool };

export type Status =
  | { kind: 'loading'; stage: 'opening' | 'demo' | 'coverage' }
  | { kind: 'ready' }
  | { kind: 'failed'; message: Message };

/** A button offered with a notice; `labelMessage` says the label in either language. */
export interface NoticeAction {
  label: string;
  labelMessage?: Message;
  run: () => void;
}

/**
 * A notice: `message` and `detailMessages` say it as codes with parameters (plain data); `text` and `details` are
 * their words in the language of the moment, rendered again on a language switch (app/notice-queue). `say` is the
 * engine warnings' way, a function of the language, until their texts are codes too.
 */
export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
  details: string[];
  message?: Message;
  detailMessages?: readonly Message[];
  say?: (lang: Lang) => { text: string; details: string[] };
  /** Buttons offered with the notice (e.g. "Export project" after a failed save). */
  actions?: NoticeAction[];
}

export interface PendingImport {
  fileName: string;
  text: string;
  guessedKind: LayerKind | null;
}

/** Two scenarios side by side; an id of null is the baseline. */
export interface CompareState {
  aId: string | null;
  bId: string | null;
  tech: Technology;
  result: CompareResult | null;
  busy: boolean;
}

/** The open project's identity (the rest of it is the state below). */
export interface OpenProject {
  id: string;
  name: string;
  createdAt: string;
}

/** This tab's standing on the open project against the stored copy and other tabs (see tab-sync-rules). */
export interface TabSync {
  /** Revision of the stored copy the open project was loaded from or last saved as: the base of the next save. */
  revision: number;
  /** 'read-only' while another tab edits the project; this tab then follows that tab's saves. */
  mode: 'editing' | 'read-only';
  /** A save was refused because another tab saved first; nothing is saved until the user reloads or keeps both. */
  conflict: boolean;
  /** Another tab saved a newer version this tab could not follow, as it has unsaved changes of its own. */
  behind: boolean;
}

export const FRESH_TAB_SYNC: TabSync = { revision: 0, mode: 'editing', conflict: false, behind: false };

/** The layers, scenarios and coverage settings (as text) a result was computed for: see app/coverage-memory. */
export interface ResultInputs {
  dataset: Dataset | null;
  scenarios: Scenario[];
  activeScenarioId: string;
  settings: string;
}

export interface AppState {
  lang: Lang;
  status: Status;
  computing: boolean;
  lastComputeMs: number | null;
  /** What the user waited for the last result: from opening the page for the first build, from the request after. */
  lastWaitMs: number | null;
  /** Threads that painted the last full build (2 with the band helper). */
  lastComputeThreads: number;
  /** Threads that painted the last full build. */
  buildThreads: number;
  dataset: Dataset | null;
  derived: DerivedLayers | null;
  figures: CoverageFigures | null;
  /** Figures without any scenario edit: the reference of the delta panel. */
  baselineFigures: CoverageFigures | null;
  /** The active scenario against the baseline, for the technology shown. */
  delta: FiguresDelta | null;
  /** When the delta is empty but the scenario has edits: how it changes levels and best servers (app/level-change-watch). */
  deltaLevels: LevelChange | null;
  images: Partial<Record<Technology, CoverageImage>>;
  /** What the figures and images on screen were asked for (null before the first build lands). */
  resultInputs: ResultInputs | null;
  /** The figures and images on screen are the ones kept with the stored project, until the engine's build lands. */
  coverageRestored: boolean;
  /** The stored revision whose coverage was last kept with it (null: none kept in this tab). */
  coverageKept: number | null;
  layers: Record<LayerId, boolean>;
  /** A place the map is asked to show (app/view-memory `mapFocus`). */
  mapFocus: MapFocus | null;
  coverageTech: Technology;
  siteColour: SiteColour;
  /** RSRP threshold of 4G and 5G, dBm. */
  thresholdDbm: number;
  /** 2G threshold in RxLev, dBm. */
  thresholdRxLevDbm: number;
  /** 3G threshold in pilot RSCP, dBm. */
  thresholdRscpDbm: number;
  cellSizeM: 100 | 50;
  indoor: boolean;
  /** Coverage with the terrain term (when the project has an elevation layer); off to compare. */
  terrainOn: boolean;
  /** Link budget presets, editable by the planner. */
  budgets: readonly LinkBudget[];
  /** Unit code → clutter class chosen by the user. */
  clutterOverrides: Readonly<Record<string, Clutter>>;
  basemapUrl: string;
  /** The print's official document block (header, annex line, data date, place, signature), saved with the project. */
  officialTexts: OfficialTexts;
  /** The print's title, subtitle, sources line, palette and graticule, saved with the project. */
  printChoices: PrintChoices;
  selection: Selection;
  notices: Notice[];
  /** The id of the newest notice posted (0 before any): the one notice counter. */
  lastNoticeId: number;
  pendingImport: PendingImport | null;
  tool: Tool;
  project: OpenProject | null;
  /** The planner's scenarios over the baseline; the imported data itself is never overwritten. At least one. */
  scenarios: Scenario[];
  activeScenarioId: string;
  canUndo: boolean;
  canRedo: boolean;
  compare: CompareState | null;
  highlight: Highlight | null;
  /** Listed in the projects dialog while it is open; null when closed. */
  projects: ProjectSummary[] | null;
  /** When the open project was last saved to the browser; null until the first save. */
  lastSavedAt: string | null;
  /** Sites the map draws at its view, of all (tens of thousands are thinned), null before the map reported. */
  sitesDrawn: { drawn: number; total: number } | null;
  /** True from an edit the project keeps until a save that includes it has landed (or failed: then it stays true). */
  unsavedChanges: boolean;
  /** False when the browser gives no persistent storage (private mode): work is lost on reload. */
  storagePersistent: boolean;
  tabSync: TabSync;
  /** Imported measurements (one undoable step, like a layer), or null. */
  measurements: MeasurementsRef | null;
  /** Offsets fitted to the measurements and applied to the coverage (one undoable step), with their source; or null. */
  calibration: AppliedCalibration | null;
}

/**
 * The project's measured samples: the set is held in the worker under `setId` (and stored with the project by
 * it); the state keeps the file name and counts: data rows in the file, samples kept, rows left out.
 */
export type MeasurementsRef = MeasurementsSummary;

export const INITIAL_STATE: AppState = {
  lang: 'vi',
  status: { kind: 'loading', stage: 'opening' },
  computing: false,
  lastComputeMs: null,
  lastWaitMs: null,
  lastComputeThreads: 1,
  buildThreads: 1,
  dataset: null,
  derived: null,
  figures: null,
  baselineFigures: null,
  delta: null,
  deltaLevels: null,
  images: {},
  resultInputs: null,
  coverageRestored: false,
  coverageKept: null,
  mapFocus: null,
  layers: { coverage: true, units: true, labels: true, villages: false, sites: true, sectors: true, fibre: true, roads: true, basemap: false, terrain: true, landCover: false },
  coverageTech: '4G',
  siteColour: 'carrier',
  thresholdDbm: -105,
  thresholdRxLevDbm: defaultMeasureThresholdDbm('RxLev'),
  thresholdRscpDbm: defaultMeasureThresholdDbm('RSCP'),
  cellSizeM: 100,
  indoor: false,
  terrainOn: true,
  budgets: DEFAULT_LINK_BUDGETS,
  clutterOverrides: {},
  basemapUrl: '',
  officialTexts: EMPTY_OFFICIAL_TEXTS,
  printChoices: DEFAULT_PRINT_CHOICES,
  selection: { kind: 'none' },
  notices: [],
  lastNoticeId: 0,
  pendingImport: null,
  tool: 'select',
  project: null,
  scenarios: [{ id: 'scenario-1', name: 'Kịch bản 1', note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] }],
  activeScenarioId: 'scenario-1',
  canUndo: false,
  canRedo: false,
  compare: null,
  projects: null,
  highlight: null,
  lastSavedAt: null,
  sitesDrawn: null,
  unsavedChanges: false,
  storagePersistent: true,
  tabSync: FRESH_TAB_SYNC,
  measurements: null,
  calibration: null,
};
