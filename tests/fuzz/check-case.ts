/**
 * The invariants every fuzz case must keep, checked for one input against one target: no uncaught throw, a
 * rejection always explains itself, an accepted layer merges into a project that still validates and saves, the
 * project already loaded (and stored) is never changed, and the engine computes finite figures from what was accepted.
 */
import { mergeLayer } from '../../src/app/dataset-merge';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, createGrid, type CoverageFigures } from '../../src/domain/coverage';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import type { Dataset } from '../../src/domain/model/types';
import { engineWarningText } from '../../src/i18n/engine-warnings';
import { copyAsNew, validateProject, type MemoryProjectStore, type Project } from '../../src/io/store';
import type { FuzzTarget, TargetOutcome } from './targets';

/** Items per layer handed to the engine: enough to mix accepted records, small enough to stay fast. */
const ENGINE_ITEMS = 12;
const ENGINE_MAX_CELLS = 40_000;

export interface FuzzWorld {
  store: MemoryProjectStore;
  /** The project loaded in the app; also saved in `store`. */
  loaded: Project;
  /** JSON of `loaded` before any case ran. */
  snapshot: string;
}

function subset(d: Dataset): Dataset {
  return { ...d, units: d.units.slice(0, ENGINE_ITEMS), villages: d.villages.slice(0, ENGINE_ITEMS), sites: d.sites.slice(0, ENGINE_ITEMS), fibre: d.fibre.slice(0, ENGINE_ITEMS) };
}

/** Cell size giving at most ENGINE_MAX_CELLS over the dataset's area, so a far-flung coordinate cannot blow up the grid. */
function cellSizeFor(d: Dataset): number {
  const area = areaBBox(d);
  const probe = createGrid(area.bbox, 1000, area.marginM);
  const km2 = probe.nx * probe.ny;
  return Math.min(100_000, Math.max(2000, Math.ceil(1000 * Math.sqrt(km2 / ENGINE_MAX_CELLS))));
}

function nonFinitePath(v: unknown, path: string): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : path;
  if (v === null || typeof v !== 'object') return null;
  for (const [k, child] of Object.entries(v)) {
    const bad = nonFinitePath(child, `${path}.${k}`);
    if (bad) return bad;
  }
  return null;
}

/** Engine verdicts by dataset JSON: most accepted variants hand the engine data it has already seen. */
const engineSeen = new Map<string, string | null>();

export function engineProblem(d: Dataset): string | null {
  const ds = subset(d);
  const key = JSON.stringify(ds);
  const seen = engineSeen.get(key);
  if (seen !== undefined) return seen;
  const verdict = engineVerdict(ds);
  if (engineSeen.size < 5_000) engineSeen.set(key, verdict);
  return verdict;
}

function engineVerdict(ds: Dataset): string | null {
  const model = new CoverageModel(ds, { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: cellSizeFor(ds) });
  const figures: CoverageFigures = model.figures();
  const bad = nonFinitePath({ units: figures.units, totals: figures.totals }, 'figures');
  if (bad) return `engine produced a non-finite figure at ${bad}`;
  if (figures.warnings.some((w) => engineWarningText('en', w).trim() === '')) return 'engine produced an empty warning';
  return null;
}

function accepted(outcome: TargetOutcome, loaded: Project, fileName: string): Project | null {
  if (outcome.kind === 'project') return copyAsNew(outcome.project);
  if (outcome.kind === 'layer') return { ...copyAsNew(loaded), baseline: mergeLayer(loaded.baseline, outcome.layer, fileName) };
  return null;
}

/** Runs one target on one input; returns the broken invariant, or null. */
export async function checkCase(world: FuzzWorld, target: FuzzTarget, text: string, fileName: string): Promise<string | null> {
  let outcome: TargetOutcome;
  try {
    outcome = target.run(text, fileName, world.loaded.baseline.units);
  } catch (e) {
    return `threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
  }
  if (outcome.messages.some((m) => typeof m !== 'string' || m.trim() === '')) return 'an issue has an empty message';
  if (outcome.kind === 'rejected' && outcome.messages.length === 0) return 'rejected without any message';
  const next = accepted(outcome, world.loaded, fileName);
  if (next) {
    const valid = validateProject(JSON.parse(JSON.stringify(next)));
    if ('errors' in valid) return `accepted data fails project validation: ${valid.errors.slice(0, 3).join(' | ')}`;
    try {
      await world.store.save(next);
      await world.store.remove(next.id);
      const p = engineProblem(next.baseline);
      if (p) return p;
    } catch (e) {
      return `accepted data broke save or engine: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
    }
  }
  if (JSON.stringify(world.loaded) !== world.snapshot) return 'the loaded project changed';
  const stored = await world.store.load(world.loaded.id);
  if (JSON.stringify(stored) !== world.snapshot) return 'the stored project changed';
  return null;
}
