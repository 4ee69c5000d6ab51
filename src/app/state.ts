import type { CoverageFigures } from '../domain/coverage';
import type { CoverageImage } from '../domain/display/coverage-image';
import type { Clutter, Dataset, Site, Technology } from '../domain/model/types';
import { DEFAULT_LINK_BUDGETS, type LinkBudget } from '../domain/radio';
import type { Lang } from '../ui/i18n/strings';
import type { DerivedLayers } from '../worker/derived-layers';
import type { LayerKind } from '../io/geojson';

export type LayerId = 'coverage' | 'units' | 'labels' | 'villages' | 'sites' | 'sectors' | 'fibre' | 'basemap';

export type Selection =
  | { kind: 'none' }
  | { kind: 'unit'; code: string }
  | { kind: 'village'; id: string }
  | { kind: 'site'; id: string }
  | { kind: 'fibre'; id: string };

export type Status =
  | { kind: 'loading'; stage: 'demo' | 'coverage' }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
  details: string[];
}

export interface PendingImport {
  fileName: string;
  text: string;
  guessedKind: LayerKind | null;
}

export interface AppState {
  lang: Lang;
  status: Status;
  computing: boolean;
  lastComputeMs: number | null;
  dataset: Dataset | null;
  derived: DerivedLayers | null;
  figures: CoverageFigures | null;
  images: Partial<Record<Technology, CoverageImage>>;
  layers: Record<LayerId, boolean>;
  coverageTech: Technology;
  siteColour: 'carrier' | 'technology';
  thresholdDbm: number;
  cellSizeM: 100 | 50;
  indoor: boolean;
  /** Link budget presets, editable by the planner. */
  budgets: readonly LinkBudget[];
  /** Unit code → clutter class chosen by the user. */
  clutterOverrides: Readonly<Record<string, Clutter>>;
  basemapUrl: string;
  selection: Selection;
  notices: Notice[];
  pendingImport: PendingImport | null;
  /** When on, dragging a site moves it (a scenario edit) instead of panning. */
  moveMode: boolean;
  /** Scenario edits over the baseline sites, by site id; the imported data itself is never overwritten. */
  siteEdits: Readonly<Record<string, Site>>;
  /** When the open project was last saved to the browser; null until the first save. */
  lastSavedAt: string | null;
  /** False when the browser gives no persistent storage (private mode): work is lost on reload. */
  storagePersistent: boolean;
}

export const INITIAL_STATE: AppState = {
  lang: 'vi',
  status: { kind: 'loading', stage: 'demo' },
  computing: false,
  lastComputeMs: null,
  dataset: null,
  derived: null,
  figures: null,
  images: {},
  layers: { coverage: true, units: true, labels: true, villages: false, sites: true, sectors: true, fibre: true, basemap: false },
  coverageTech: '4G',
  siteColour: 'carrier',
  thresholdDbm: -105,
  cellSizeM: 100,
  indoor: false,
  budgets: DEFAULT_LINK_BUDGETS,
  clutterOverrides: {},
  basemapUrl: '',
  selection: { kind: 'none' },
  notices: [],
  pendingImport: null,
  moveMode: false,
  siteEdits: {},
  lastSavedAt: null,
  storagePersistent: true,
};
