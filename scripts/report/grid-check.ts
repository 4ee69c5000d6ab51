import { areaGridProblem } from '../../src/domain/coverage/area-limit';
import { areaGridMessage } from '../../src/domain/coverage/grid-too-large';
import { renderMessage } from '../../src/i18n/messages';
import type { LoadedInputs } from './load';
import { ReportInputError } from './load-sites-csv';

/**
 * Refuses, before the engine allocates anything, inputs whose coverage grid would exceed the stated limit
 * (src/domain/grid/grid-limit), naming the file and the feature that makes it too big.
 */
export function assertGridFits(loaded: LoadedInputs, cellM: number, techs: number): void {
  const problem = areaGridProblem(loaded.dataset, cellM, techs);
  if (!problem) return;
  const layer = problem.culprit?.layer;
  const source = layer ? loaded.sources[layer] : 'demo';
  const where = source !== 'demo' && layer ? `${source} (--${layer}): ` : '';
  throw new ReportInputError(`${where}${renderMessage('en', areaGridMessage(problem))}${problem.culprit ? '' : '; use larger cells (--cell)'}`);
}
