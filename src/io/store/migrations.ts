/**
 * Brings a stored or imported project up to CURRENT_SCHEMA_VERSION, then validates it.
 *
 * MIGRATIONS[n] turns schema n into schema n + 1. A project without `schemaVersion` is schema 0: the shape the
 * pre-release builds wrote, `{ id?, name, dataset, edits, savedAt? }` where `edits` held site replacements keyed
 * by site id (one implicit scenario) and settings were not saved at all.
 */
import { defaultSettings, newProjectId } from './new-project';
import { CURRENT_SCHEMA_VERSION, type Project } from './project';
import { projectFileText, sourceOf } from './project-file-texts';
import { StoreError } from './store';
import { validateProject } from './validate';
import { isRecord, MAX_ERRORS, show, type Rec } from './validate-kit';

export type Migration = (p: Rec) => Rec;

function v0ToV1(p: Rec): Rec {
  const at = typeof p.savedAt === 'string' ? p.savedAt : new Date().toISOString();
  const edits = isRecord(p.edits) ? p.edits : {};
  const hasEdits = Object.keys(edits).length > 0;
  return {
    id: typeof p.id === 'string' && p.id !== '' ? p.id : newProjectId(),
    name: p.name,
    createdAt: at,
    updatedAt: at,
    schemaVersion: 1,
    baseline: p.dataset,
    scenarios: hasEdits
      ? [{ id: 'scenario-1', name: 'Scenario 1', note: 'Site edits from an early PhuSong save.', siteEdits: edits, addedSites: [], removedSiteIds: [] }]
      : [],
    activeScenarioId: hasEdits ? 'scenario-1' : null,
    settings: defaultSettings(),
  };
}

export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The schema version a raw project claims; missing means 0. Throws for anything that isn't a version. */
export function schemaVersionOf(raw: Rec): number {
  const v = raw.schemaVersion ?? 0;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  const code = typeof v !== 'number' ? 'schemaNotNumber' : Number.isInteger(v) ? 'schemaNegative' : 'schemaNotWhole';
  throw new StoreError('invalid', projectFileText(code, { ...sourceOf(raw.name), value: show(v) }));
}

export function newerVersionError(raw: Rec, version: number): StoreError {
  return new StoreError('newer-version', projectFileText('newer', { ...sourceOf(raw.name), v: version, max: CURRENT_SCHEMA_VERSION }));
}

/** Migrates then validates; throws StoreError 'newer-version' or 'invalid' (with every problem in `details`). */
export function migrateProject(raw: unknown): Project {
  if (!isRecord(raw)) throw new StoreError('invalid', projectFileText('notObject'));
  const version = schemaVersionOf(raw);
  if (version > CURRENT_SCHEMA_VERSION) throw newerVersionError(raw, version);
  let p: Rec = raw;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from schema ${v}`);
    p = step(p);
  }
  const result = validateProject(p);
  if ('errors' in result) {
    const n = result.errors.length;
    const text = projectFileText(n === 1 ? 'invalidOne' : 'invalid', { ...sourceOf(raw.name), n: `${n}${n >= MAX_ERRORS ? '+' : ''}`, first: result.errors[0] ?? '' });
    throw new StoreError('invalid', text, { details: result.errors });
  }
  return result.project;
}
