import type { ImportIssue } from '../../domain/model/types';
import { layerText, type LayerIssueCode } from '../layer-issues';
import type { Indexed } from './features';
import { featureIssue } from './issues';

/**
 * Ids and codes key scenario edits, figures and lookups, so within a layer they must be unique: a repeat is kept
 * under "<id>-2", "-3"… (the first suffix no other item has) with a warning naming the feature that had it first.
 * `code` is the warning, with {id}, {first} and {kept}.
 */
export function keepIdsUnique<T>(
  read: readonly Indexed<T>[], issues: ImportIssue[], idOf: (item: T) => string, withId: (item: T, id: string) => T, code: LayerIssueCode,
): T[] {
  const taken = new Set(read.map((r) => idOf(r.item)));
  const firstIndex = new Map<string, number>();
  return read.map(({ item, index }) => {
    const id = idOf(item);
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      return item;
    }
    let n = 2;
    while (taken.has(`${id}-${n}`)) n += 1;
    const kept = `${id}-${n}`;
    taken.add(kept);
    issues.push(featureIssue('warning', index, layerText(code, { id: JSON.stringify(id), first, kept: JSON.stringify(kept) })));
    return withId(item, kept);
  });
}
