/** Cheap checks every store runs before writing; full validation is for data coming from outside. */
import { areaGridProblem, areaGridProblemText } from '../../domain/coverage/area-limit';
import { badPolygons, geometryProblemText } from '../../domain/model/geometry-problems';
import { newerVersionError } from './migrations';
import { CURRENT_SCHEMA_VERSION, type Project } from './project';
import { StoreError } from './store';

export function assertSavable(p: Project): void {
  if (typeof p.id !== 'string' || p.id === '') throw new StoreError('invalid', `Could not save "${p.name}": it has no id.`);
  if (p.schemaVersion > CURRENT_SCHEMA_VERSION) throw newerVersionError({ ...p }, p.schemaVersion);
  if (p.schemaVersion !== CURRENT_SCHEMA_VERSION) {
    throw new StoreError('invalid', `Could not save "${p.name}": schema ${p.schemaVersion} must be migrated to ${CURRENT_SCHEMA_VERSION} first.`);
  }
  const unusable = uncomputable(p);
  if (unusable) throw new StoreError('invalid', `Could not save "${p.name}": ${unusable}. Nothing was changed.`);
}

/** What makes a project one the engine would refuse (bad polygons, a grid beyond the limit), else null. */
function uncomputable(p: Project): string | null {
  const bad = badPolygons(p.baseline)[0];
  if (bad) return `${bad.layer === 'units' ? 'unit' : 'village'} ${JSON.stringify(bad.id)} ${geometryProblemText(bad.problem)}`;
  const tooLarge = areaGridProblem(p.baseline, p.settings.cellSizeM);
  return tooLarge ? areaGridProblemText(tooLarge) : null;
}

export function cleanName(id: string, name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new StoreError('invalid', `Project ${id} cannot be renamed to an empty name.`);
  return trimmed;
}

export function notFound(id: string): StoreError {
  return new StoreError('not-found', `No saved project has id ${id}; it may have been deleted in another tab.`);
}
