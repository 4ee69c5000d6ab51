/**
 * Why a dataset's coverage grid is refused (the engine's GridTooLargeError and the project validator), as a message of the `grid` table (i18n/grid-strings): the feature that
 * makes it too big, what the grid would need and the limit, every count in the reader's digit grouping.
 */
import { limitAreaKm2, MAX_GRID_BYTES, MAX_GRID_CELLS } from '../grid/grid-limit';
import { intMessage, message, type Message } from '../text/message';
import type { AreaGridProblem, GridCulprit } from './area-limit';

export const GRID_CODES = ['tooLarge', 'tooLargeAt', 'unit', 'unitNamed', 'site', 'siteNamed'] as const;
export type GridCode = (typeof GRID_CODES)[number];

/** The unit or site as `unit "A2" (Far away)`, the name left out when it is empty or the id itself. */
export function culpritMessage(c: GridCulprit): Message {
  const id = JSON.stringify(c.id);
  const layer = c.layer === 'units' ? 'unit' : 'site';
  return c.name && c.name !== c.id ? message('grid', `${layer}Named`, { id, name: c.name }) : message('grid', layer, { id });
}

export function areaGridMessage(p: AreaGridProblem): Message {
  const { size } = p;
  const params = {
    area: intMessage(size.areaKm2), cells: intMessage(size.cells), cell: size.cellSizeM, mib: intMessage(size.bytes / 2 ** 20),
    limitCells: intMessage(MAX_GRID_CELLS), limitArea: intMessage(limitAreaKm2(size.cellSizeM)), limitGiB: MAX_GRID_BYTES / 2 ** 30,
  };
  return p.culprit ? message('grid', 'tooLargeAt', { ...params, feature: culpritMessage(p.culprit) }) : message('grid', 'tooLarge', params);
}

/** What the engine throws instead of failing to allocate; `code` survives where the class does not (a worker). */
export class GridTooLargeError extends RangeError {
  override readonly name = 'GridTooLargeError';
  readonly code = 'grid-too-large';
  /** What to tell the user, as a message (errorAsMessage reads it); `message` is only the code, for logs. */
  readonly coded: Message;

  constructor(readonly problem: AreaGridProblem) {
    super('grid-too-large');
    this.coded = areaGridMessage(problem);
  }
}
