/** Cheap checks every store runs before writing; full validation is for data coming from outside. */
import { areaGridProblem } from '../../domain/coverage/area-limit';
import { areaGridMessage } from '../../domain/coverage/grid-too-large';
import { badPolygons } from '../../domain/model/geometry-problems';
import { message, type Message } from '../../domain/text/message';
import { newerVersionError } from './migrations';
import { CURRENT_SCHEMA_VERSION, type Project } from './project';
import { StoreError } from './store';
import { storeText } from './store-texts';

export function assertSavable(p: Project): void {
  if (typeof p.id !== 'string' || p.id === '') throw new StoreError('invalid', storeText('noId', { name: p.name }));
  if (p.schemaVersion > CURRENT_SCHEMA_VERSION) throw newerVersionError({ ...p }, p.schemaVersion);
  if (p.schemaVersion !== CURRENT_SCHEMA_VERSION) {
    throw new StoreError('invalid', storeText('notMigrated', { name: p.name, from: p.schemaVersion, to: CURRENT_SCHEMA_VERSION }));
  }
  const problem = uncomputable(p);
  if (problem) throw new StoreError('invalid', storeText('uncomputable', { name: p.name, problem }));
}

/** What makes a project one the engine would refuse (bad polygons, a grid beyond the limit), else null. */
function uncomputable(p: Project): Message | null {
  const bad = badPolygons(p.baseline)[0];
  if (bad) {
    const feature = storeText(bad.layer === 'units' ? 'w_unit' : 'w_village', { id: JSON.stringify(bad.id) });
    return storeText('badFeature', { feature, problem: message('geometry', bad.problem.code, { count: bad.problem.count }) });
  }
  const tooLarge = areaGridProblem(p.baseline, p.settings.cellSizeM);
  return tooLarge ? areaGridMessage(tooLarge) : null;
}

export function cleanName(id: string, name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new StoreError('invalid', storeText('emptyName', { id }));
  return trimmed;
}

export function notFound(id: string): StoreError {
  return new StoreError('not-found', storeText('notFound', { id }));
}
