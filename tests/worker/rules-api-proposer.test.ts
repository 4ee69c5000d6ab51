import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { engineState } from '../../src/worker/engine-state';
import { rulesApi } from '../../src/worker/rules-api';
import { NO_EDITS } from '../../src/domain/scenario/scenario-edits';

describe('the worker proposer', () => {
  const dataset = generateDemoDataset();
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, indoor: true };
  engineState.setBaseline(dataset);
  engineState.setModel(new CoverageModel(dataset, settings), settings, NO_EDITS);

  it('stops at its next slice when cancelled, returning null, and the next run completes', async () => {
    const progress: number[] = [];
    const cancelled = rulesApi.propose({ maxSites: 20 }, (f) => {
      progress.push(f);
    });
    // Runs once the proposer yields at the end of its first slice.
    setTimeout(() => rulesApi.cancelProposal(), 0);
    expect(await cancelled).toBeNull();
    // It had only begun: the first slice's evaluations of a 20-site search.
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBeLessThan(0.1);

    const done = await rulesApi.propose({ maxSites: 2 });
    expect(done?.suggestions.length).toBeGreaterThan(0);
  });

  it('a newer run overtakes an older one, which returns null', async () => {
    const older = rulesApi.propose({ maxSites: 20 });
    const newer = new Promise((resolve) => setTimeout(() => resolve(rulesApi.propose({ maxSites: 1 })), 0));
    expect(await older).toBeNull();
    expect(await newer).not.toBeNull();
  });
});
