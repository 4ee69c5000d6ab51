/**
 * Everything the coverage worker holds between calls, in one object: the baseline layers as imported, the model built
 * on them with the `applied` scenario edits on top, and the features' own state (CSV import sessions, the second
 * boundary set, the proposer's run counter). Feature APIs (rules, import, print) read and write it through this module.
 */
import type { Message } from '../domain/text/message';
import type { Crosswalk } from '../domain/boundaries';
import type { CoverageModel, CoverageSettings } from '../domain/coverage';
import type { MeasurementSet } from '../domain/measure/measurement-set';
import type { Dataset, ReportingUnit, Technology } from '../domain/model/types';
import { applyEdits, NO_EDITS, transition, type ScenarioEdits } from '../domain/scenario/scenario-edits';

/** A CSV file being imported: its bytes stay here between reads, so the dialog re-reads without sending it again. */
export interface CsvSession {
  bytes: Uint8Array;
  fileName: string;
  controller: AbortController | null;
}

/** A measurements CSV being imported: its bytes until read, then the samples read (kept here, never posted whole). */
export interface MeasureSession {
  bytes: Uint8Array;
  fileName: string;
  controller: AbortController | null;
  set: MeasurementSet | null;
}

/** The second boundary set (e.g. the 1 July 2025 units) with the crosswalk in use and the area-overlap one. */
export interface ListsReport {
  matchedOld: number;
  oldUnits: number;
  unknown: string[];
  usable: boolean;
}

export interface AltBoundarySet {
  units: ReportingUnit[];
  crosswalk: Crosswalk;
  overlap: Crosswalk;
  /** The crosswalk the file's own old-code lists give, when they were used. */
  listed: Crosswalk | null;
  /** What the file's old-code lists name: old units found of all, codes no old unit has, whether that is enough to use them; null when it has none. */
  lists: ListsReport | null;
  issues: Message[];
}

class EngineState {
  baseline: Dataset | null = null;
  model: CoverageModel | null = null;
  settings: CoverageSettings | null = null;
  applied: ScenarioEdits = NO_EDITS;
  /** Best levels of the baseline build per computed technology: what a scenario's level changes are measured from. */
  baselineLevels: Partial<Record<Technology, Int16Array>> = {};
  readonly csvSessions = new Map<number, CsvSession>();
  nextCsvSession = 1;
  readonly measureSessions = new Map<number, MeasureSession>();
  /** Measurement sets committed to the project, by the id of the session that read them. */
  readonly measurementSets = new Map<number, MeasurementSet>();
  nextMeasureSession = 1;
  altBoundaries: AltBoundarySet | null = null;
  /** Bumped by every proposer run and by a cancel: a run that sees it change stops. */
  proposerRun = 0;

  setBaseline(d: Dataset): void {
    this.baseline = d;
    this.model = null;
    this.applied = NO_EDITS;
    this.baselineLevels = {};
  }

  setModel(m: CoverageModel, settings: CoverageSettings, applied: ScenarioEdits): void {
    this.model = m;
    this.settings = settings;
    this.applied = applied;
  }

  /** A new build on the baseline (no edits applied): its levels are kept as the reference of a scenario's level changes. */
  setBaselineModel(m: CoverageModel, settings: CoverageSettings): void {
    this.setModel(m, settings, NO_EDITS);
    this.baselineLevels = Object.fromEntries(settings.techs.map((t) => [t, m.raster(t).levels.slice()]));
  }

  requireBaseline(): Dataset {
    if (!this.baseline) throw new Error('No dataset loaded in the coverage worker');
    return this.baseline;
  }

  requireModel(): { m: CoverageModel; settings: CoverageSettings } {
    if (!this.model || !this.settings) throw new Error('Coverage not computed yet');
    return { m: this.model, settings: this.settings };
  }

  /** The baseline with the applied scenario's sites: what the map shows and the figures describe. */
  scenarioDataset(): Dataset {
    const base = this.requireBaseline();
    return { ...base, sites: applyEdits(base.sites, this.applied) };
  }

  /** Moves the model from the applied edits to `to` by incremental site updates. */
  applyScenario(m: CoverageModel, to: ScenarioEdits): void {
    const { upserts, removals } = transition(this.requireBaseline().sites, this.applied, to);
    for (const id of removals) m.removeSite(id);
    for (const site of upserts) m.upsertSite(site);
    this.applied = to;
  }
}

export const engineState = new EngineState();
