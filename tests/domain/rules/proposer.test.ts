import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type CoverageSettings } from '../../../src/domain/coverage';
import { generateDemoDataset } from '../../../src/domain/demo';
import { proposeSites, proposedSite, proposerSteps, type ProposerResult } from '../../../src/domain/rules';
import type { Dataset } from '../../../src/domain/model/types';
import { toyDataset } from './toy-dataset';

function coveredWithSuggestions(dataset: Dataset, settings: CoverageSettings, result: ProposerResult): number {
  const all = { ...dataset, sites: [...dataset.sites, ...result.suggestions.map((s) => s.site)] };
  return new CoverageModel(all, settings).figures().villages.filter((v) => v.covered['4G']).length;
}

const metres = (a: { lon: number; lat: number }, b: { lon: number; lat: number }): number =>
  distance([a.lon, a.lat], [b.lon, b.lat], { units: 'meters' });

describe('proposedSite', () => {
  it('is a 3-sector 40 m proposed 4G 1800 site, with 5G n78 on request', () => {
    const s = proposedSite('P1', 107.6, 12.1);
    expect(s).toMatchObject({ id: 'P1', heightM: 40, proposed: true, radios: [{ tech: '4G', bandMHz: 1800 }] });
    expect(s.sectors.map((x) => x.azimuthDeg)).toEqual([0, 120, 240]);
    expect(proposedSite('P2', 107.6, 12.1, { with5G: true }).radios.map((r) => r.tech)).toEqual(['4G', '5G']);
  });
});

describe('proposeSites on the toy communes', () => {
  const dataset = toyDataset();
  const progress: number[] = [];
  const result = proposeSites(dataset, DEFAULT_COVERAGE_SETTINGS, {}, (f) => progress.push(f));

  it('covers each unserved village with one site, the more populous first', () => {
    expect(result.villagesCoveredBefore).toBe(2);
    expect(result.targetVillages).toBe(2);
    expect(result.suggestions.map((s) => s.villageIds)).toEqual([['c-v1'], ['b-v2']]);
    expect(result.suggestions.map((s) => s.populationGained)).toEqual([800, 500]);
    expect(result.promisedVillagesCovered).toBe(4);
  });

  it('keeps the minimum distance to existing sites and between suggestions', () => {
    const sites = result.suggestions.map((s) => s.site);
    for (const s of sites) {
      for (const e of dataset.sites) expect(metres(s, e)).toBeGreaterThanOrEqual(2000 * 0.99);
    }
    expect(metres(sites[0] ?? { lon: 0, lat: 0 }, sites[1] ?? { lon: 0, lat: 0 })).toBeGreaterThan(2000);
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
  });

  it('keeps its promise in a fresh model', () => {
    expect(coveredWithSuggestions(dataset, DEFAULT_COVERAGE_SETTINGS, result)).toBe(result.promisedVillagesCovered);
  });

  it('runs step by step to the same result, and a caller may stop between steps', () => {
    const steps = proposerSteps(dataset, DEFAULT_COVERAGE_SETTINGS, {});
    const seen: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) seen.push(step.value);
    expect(seen).toEqual(progress);
    expect(step.value).toEqual(result);
    const stopped = proposerSteps(dataset, DEFAULT_COVERAGE_SETTINGS, {});
    expect(stopped.next().done).toBe(false);
    expect(stopped.return(result).done).toBe(true);
  });

  it('reports rising progress ending at 1', () => {
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((p, i) => i === 0 || p > (progress[i - 1] ?? 0))).toBe(true);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('stops at maxSites and proposes nothing when every target is covered', () => {
    expect(proposeSites(dataset, DEFAULT_COVERAGE_SETTINGS, { maxSites: 1 }).suggestions).toHaveLength(1);
    const covered = { ...dataset, sites: [...dataset.sites, ...result.suggestions.map((s) => s.site)] };
    expect(proposeSites(covered).suggestions).toEqual([]);
  });

  it('no candidate survives a minimum distance wider than the search radius around existing sites', () => {
    const r = proposeSites(dataset, DEFAULT_COVERAGE_SETTINGS, { targetVillageIds: ['b-v2'], minSiteDistanceM: 20_000 });
    expect(r.candidates).toBe(0);
    expect(r.suggestions).toEqual([]);
  });
});

describe('proposeSites on the demo', () => {
  it('fills indoor gaps and keeps its promise', () => {
    const dataset = generateDemoDataset(1);
    const settings: CoverageSettings = { ...DEFAULT_COVERAGE_SETTINGS, indoor: true };
    const t0 = performance.now();
    const result = proposeSites(dataset, settings, { maxSites: 10 });
    const ms = performance.now() - t0;
    console.log(`proposer demo: ${result.suggestions.length} sites, ${result.candidates} candidates, ` +
      `${result.evaluations} evaluations, ${result.villagesCoveredBefore} → ${result.promisedVillagesCovered} villages, ${ms.toFixed(0)} ms`);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.promisedVillagesCovered).toBeGreaterThan(result.villagesCoveredBefore);
    const gained = result.suggestions.reduce((s, x) => s + x.villageIds.length, 0);
    expect(result.promisedVillagesCovered - result.villagesCoveredBefore).toBe(gained);
    expect(coveredWithSuggestions(dataset, settings, result)).toBe(result.promisedVillagesCovered);
  });
});
