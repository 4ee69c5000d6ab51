/**
 * What one saved project holds. A project is the baseline layers as imported, the planner's scenarios on top of
 * them (the baseline itself is never overwritten) and the settings that shaped the coverage.
 */
import type { Clutter, Dataset, Site } from '../../domain/model/types';
import type { AppliedCalibration } from '../../domain/measure/applied-calibration';
import type { OfficialTexts } from '../../domain/print/official-texts';
import type { PrintChoices } from '../../domain/print/print-choices';
import type { LinkBudget } from '../../domain/radio';

/** Bump when the stored shape changes, and add the matching step to MIGRATIONS in migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 1;

export interface Scenario {
  id: string;
  name: string;
  note: string;
  /** Replacement for a baseline site, keyed by that site's id. */
  siteEdits: Record<string, Site>;
  addedSites: Site[];
  removedSiteIds: string[];
}

export interface ProjectSettings {
  /** RSRP threshold of 4G and 5G, dBm. */
  thresholdDbm: number;
  /** 2G threshold in RxLev and 3G threshold in pilot RSCP, dBm; absent in projects made before them: "good outdoor". */
  thresholdRxLevDbm?: number;
  thresholdRscpDbm?: number;
  cellSizeM: number;
  indoor: boolean;
  budgets: LinkBudget[];
  /** Unit code → clutter class chosen by the user. */
  clutterOverrides: Record<string, Clutter>;
  lang: 'vi' | 'en';
  basemapUrl: string;
  /** False: coverage without the terrain term (to compare); absent in projects made before terrain, read as on. */
  terrain?: boolean;
  /** The print's official document block; absent in projects made before it, read as empty. */
  officialTexts?: OfficialTexts;
  /** The print's title, subtitle, sources, palette and graticule; absent in projects made before them, read as defaults. */
  print?: PrintChoices;
  /** Offsets fitted to measurements and applied, with their source; absent: uncalibrated (and in older projects). */
  calibration?: AppliedCalibration;
}

export interface Project {
  id: string;
  name: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  schemaVersion: number;
  baseline: Dataset;
  scenarios: Scenario[];
  activeScenarioId: string | null;
  settings: ProjectSettings;
}

/** What a project list shows without loading the layers. `sites` and `units` count the baseline. */
export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: string;
  sites: number;
  units: number;
}

export function summarize(p: Project): ProjectSummary {
  return { id: p.id, name: p.name, updatedAt: p.updatedAt, sites: p.baseline.sites.length, units: p.baseline.units.length };
}

/** Most recently changed first. */
export function byUpdatedDesc(a: ProjectSummary, b: ProjectSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name);
}
