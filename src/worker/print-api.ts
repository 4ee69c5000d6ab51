/**
 * Coverage-worker calls of the print feature; they read the engine through engine-state.
 * A second boundary set (e.g. the 1 July 2025 units) is held on engineState with its crosswalk; figures on it come from a
 * separate CoverageModel on the reassigned dataset, so the main model is never disturbed.
 */
import { CoverageModel, type CoverageFigures, type CoverageSettings } from '../domain/coverage';
import {
  baselineSiteClutters, buildCrosswalk, crosswalkFromLists, crosswalkFromTable, listsUsable, readCodeTable, reassignDataset, type CodeTableIssue,
} from '../domain/boundaries';
import { parseCsvRows } from '../io/csv/parse-rows';
import { sniffCsv } from '../io/csv/sniff';
import { generateDemo2025Units } from '../domain/demo/units-2025';
import type { Dataset, ImportIssue, ReportingUnit } from '../domain/model/types';
import { CodedError, message, type Message } from '../domain/text/message';
import { applyEdits, type ScenarioEdits } from '../domain/scenario/scenario-edits';
import { readGeoJsonLayer } from '../io/geojson';
import { engineState, type AltBoundarySet, type ListsReport } from './engine-state';
import { withBandHelper } from './band-helper';
import { deriveLayers, type DerivedLayers } from './derived-layers';

export type CrosswalkSource = 'overlap' | 'lists' | 'table';

/** One old → new link as the crosswalk table shows it. */
export interface CrosswalkRow {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  share: number;
  areaKm2: number;
}

export interface BoundarySetSummary {
  units: number;
  rows: CrosswalkRow[];
  unmatchedOld: string[];
  unmatchedNew: string[];
  /** New unit codes made of whole old units. */
  nesting: string[];
  /** The reader's issues with the set, rendered by the app. */
  issues: Message[];
  /** Where the links come from: area overlap of the two sets, the old-code lists in the set's own file, or a loaded code table. */
  source: CrosswalkSource;
  /** The set's own old-code lists (merged_from_codes): old units they name of all, codes no old unit has; null when the file has none. */
  lists: ListsReport | null;
  /** Rows of the code table left out, with their line; empty for an overlap crosswalk. */
  tableIssues: CodeTableIssue[];
  /** The code table's file name when source is 'table'. */
  tableName: string;
}

/** A code table's outcome: the new summary, or null when no row could be used (the crosswalk is then unchanged). */
export interface CodeTableResult {
  summary: BoundarySetSummary | null;
  issues: CodeTableIssue[];
}

export interface AltFigures {
  dataset: Dataset;
  derived: DerivedLayers;
  figures: CoverageFigures;
  viaCrosswalk: number;
  unplaced: number;
}


/** A layer reader's issue as a message (the app renders it in its language). */
const issueAsMessage = (issue: ImportIssue): Message => message('layer', issue.layerCode ?? '?', issue.params ?? {});

/** An import issue as a coded error (its layer code travels with it to the app), or null. */
function issueError(issue: ImportIssue | undefined): CodedError | null {
  return issue ? new CodedError(issueAsMessage(issue)) : null;
}

const notUnits = (fileName: string): CodedError =>
  new CodedError(message('print', 'notUnitsLayer', { file: fileName }), `${fileName}: not a units layer`);

function summarise(oldUnits: readonly ReportingUnit[], alt: AltBoundarySet, table: { name: string; issues: CodeTableIssue[] } | null = null): BoundarySetSummary {
  const { units, crosswalk, issues, lists } = alt;
  const source: CrosswalkSource = table ? 'table' : crosswalk === alt.listed ? 'lists' : 'overlap';
  const oldName = new Map(oldUnits.map((u) => [u.code, u.name]));
  const newName = new Map(units.map((u) => [u.code, u.name]));
  const rows = crosswalk.links
    .map((l): CrosswalkRow => ({ ...l, oldName: oldName.get(l.oldCode) ?? l.oldCode, newName: newName.get(l.newCode) ?? l.newCode }))
    .sort((a, b) => a.newName.localeCompare(b.newName, 'vi') || b.share - a.share);
  return {
    units: units.length, rows, unmatchedOld: crosswalk.unmatched.old, unmatchedNew: crosswalk.unmatched.new,
    nesting: [...crosswalk.nests].filter(([, n]) => n).map(([c]) => c), issues,
    source, lists, tableIssues: table?.issues ?? [], tableName: table?.name ?? '',
  };
}

/**
 * A new second set. Its crosswalk is the old-code lists its file carries when they name at least half the old
 * units, else area overlap; a loaded code table replaces either.
 */
function useSet(units: ReportingUnit[], issues: Message[]): BoundarySetSummary {
  const oldUnits = engineState.requireBaseline().units;
  const overlap = buildCrosswalk(oldUnits, units);
  const fromLists = crosswalkFromLists(oldUnits.map((u) => u.code), units);
  const listed = fromLists && listsUsable(fromLists, oldUnits.length) ? fromLists.crosswalk : null;
  const lists = fromLists ? { matchedOld: fromLists.matchedOld, oldUnits: oldUnits.length, unknown: fromLists.unknown, usable: listed !== null } : null;
  const alt: AltBoundarySet = { units, crosswalk: listed ?? overlap, overlap, listed, lists, issues };
  engineState.altBoundaries = alt;
  return summarise(oldUnits, alt);
}

export const printApi = {
  /** The demo's 2025 units (the generated 2024 communes dissolved by their 2025 unit) as the second set. */
  useDemo2025Units(): BoundarySetSummary {
    return useSet(generateDemo2025Units(engineState.requireBaseline()), []);
  },
  /** A GeoJSON of units as the second set. */
  loadBoundarySet(text: string, fileName: string): BoundarySetSummary {
    const read = readGeoJsonLayer(text, fileName, 'units');
    if (read.kind === null) throw issueError(read.issues[0]) ?? notUnits(fileName);
    if (read.kind !== 'units') throw notUnits(fileName);
    if (read.result.items.length === 0) throw issueError(read.result.issues[0]) ?? new CodedError(message('print', 'noUnitsIn', { file: fileName }), `${fileName}: no units`);
    return useSet(read.result.items, read.result.issues.map(issueAsMessage));
  },
  /**
   * An old → new code CSV as the crosswalk of the loaded second set, in place of the area overlap. Rows that
   * cannot be used are listed with their line; a table with no usable row is refused.
   */
  useCodeTable(text: string, fileName: string): CodeTableResult {
    const alt = engineState.altBoundaries;
    if (!alt) throw new CodedError(message('print', 'altNotLoaded'), 'no second boundary set');
    const oldUnits = engineState.requireBaseline().units;
    const oldCodes = oldUnits.map((u) => u.code);
    const newCodes = alt.units.map((u) => u.code);
    const parsed = parseCsvRows(text.replace(/^\uFEFF/, ''), sniffCsv(text).delimiter);
    const table = readCodeTable(parsed.rows, oldCodes, newCodes);
    const issues = [...parsed.problems.map((p): CodeTableIssue => ({ line: p.line, problem: 'unreadable', value: p.reason })), ...table.issues];
    if (table.rows.length === 0) return { summary: null, issues };
    alt.crosswalk = crosswalkFromTable(table.rows, { old: oldCodes, new: newCodes });
    return { summary: summarise(oldUnits, alt, { name: fileName, issues }), issues };
  },
  /** Back to the area-overlap crosswalk of the second set. */
  useOverlapCrosswalk(): BoundarySetSummary {
    const alt = engineState.altBoundaries;
    if (!alt) throw new CodedError(message('print', 'altNotLoaded'), 'no second boundary set');
    alt.crosswalk = alt.overlap;
    return summarise(engineState.requireBaseline().units, alt);
  },
  /** Back to the crosswalk of the set's own old-code lists, when they were usable; else as useOverlapCrosswalk. */
  useListedCrosswalk(): BoundarySetSummary {
    const alt = engineState.altBoundaries;
    if (!alt) throw new CodedError(message('print', 'altNotLoaded'), 'no second boundary set');
    alt.crosswalk = alt.listed ?? alt.overlap;
    return summarise(engineState.requireBaseline().units, alt);
  },
  clearBoundarySet(): void {
    engineState.altBoundaries = null;
  },
  /** Figures of the scenario's sites on the second set (a separate model; the main one is left as it is). */
  altFigures(settings: CoverageSettings, edits: ScenarioEdits, setName: string): AltFigures {
    const alt = engineState.altBoundaries;
    if (!alt) throw new CodedError(message('print', 'altNotLoaded'), 'no second boundary set');
    const base = engineState.requireBaseline();
    const scenario: Dataset = { ...base, sites: applyEdits(base.sites, edits) };
    const re = reassignDataset(scenario, alt.units, alt.crosswalk, { boundarySetName: setName });
    // Sites keep the propagation model the current set gives them: a merged unit's one clutter would change it.
    const siteClutterOverrides = baselineSiteClutters(scenario, settings.cellSizeM, settings.clutterOverrides);
    const model = new CoverageModel(re.dataset, { ...settings, siteClutterOverrides }, withBandHelper);
    return { dataset: re.dataset, derived: deriveLayers(re.dataset), figures: model.figures(), viaCrosswalk: re.viaCrosswalk.length, unplaced: re.unplaced.length };
  },
};
