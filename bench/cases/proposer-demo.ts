import { DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import type { Dataset } from '../../src/domain/model/types';
import { proposeSites, type ProposerResult } from '../../src/domain/rules';
import { type CaseResult, median, round, timeRuns } from '../timing';

/**
 * The site proposer on the demo with indoor loss on (outdoors nearly every demo village has 4G, so there is
 * little to propose): up to 10 sites for every village without 4G, default grid and distances.
 */
export function proposerDemoCase(dataset: Dataset): CaseResult {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, indoor: true };
  const results: ProposerResult[] = [];
  // Each run takes seconds: three timed runs, no warm-up.
  const times = timeRuns(() => {
    results.push(proposeSites(dataset, settings, { maxSites: 10 }));
  }, 3, 0);
  const r = results.at(-1);
  if (!r) throw new Error('proposer did not run');
  const added = r.suggestions.length;
  const gained = r.promisedVillagesCovered - r.villagesCoveredBefore;
  return {
    median_ms: round(median(times), 1),
    sites_added: added,
    villages_gained: gained,
    villages_per_site: added === 0 ? 0 : round(gained / added, 2),
    target_villages: r.targetVillages,
    candidates: r.candidates,
    evaluations: r.evaluations,
  };
}
