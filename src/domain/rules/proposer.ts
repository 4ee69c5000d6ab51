/**
 * Proposes the fewest new sites covering unserved villages: greedy set cover over lattice candidates, each
 * evaluated with the real coverage engine (upsertSite → figures → removeSite on one CoverageModel). A
 * candidate's gain is the weight of the target villages it newly covers (weight = max(1, population)), times
 * (1 + fibreBonus) when fibre runs within fibreBonusDistanceM, times (1 + roadBonus) when a road (any class) runs
 * within roadBonusDistanceM (no roads in the dataset: that factor is 1). Lazy greedy: gains only shrink as villages
 * get covered in the usual case, so a stale gain is an upper bound and is re-evaluated only when it tops the
 * queue. (Coverage shares can add up across sites, so this is a heuristic, not an exact bound.)
 * The engine computes 4G only here: village 4G coverage does not depend on the other technologies.
 * `proposerSteps` runs it a candidate evaluation at a time, so a caller can report progress, yield to other work
 * and stop between steps; `proposeSites` runs it to the end.
 */
import Flatbush from 'flatbush';
import type { Clutter, Dataset, LngLat, Site } from '../model/types';
import { CoverageModel } from '../coverage/coverage-model';
import { DEFAULT_COVERAGE_SETTINGS, type CoverageSettings } from '../coverage/settings';
import { FibreSegmentIndex } from '../ftth';
import { candidateGrid, SiteProximity } from './candidate-grid';
import { distanceM, metresToDeg } from './local-distance';
import { proposedSite, type ProposedSiteTemplate } from './proposed-site';
import { clutterAt, siteReachM, villageExtentM } from './proposer-bounds';
import { RoadIndex } from './road-index';
import { UnitLocator } from './unit-locator';

export interface ProposerOptions {
  gridSpacingM: number;
  /** Candidates lie within this distance of a target village point. */
  searchRadiusM: number;
  /** From existing sites and from earlier suggestions. */
  minSiteDistanceM: number;
  maxSites: number;
  fibreBonus: number;
  fibreBonusDistanceM: number;
  roadBonus: number;
  /** The underserved rule's road reach distance, so "near a road" means the same in both. */
  roadBonusDistanceM: number;
  insideUnitsOnly: boolean;
  idPrefix: string;
  template: Partial<ProposedSiteTemplate>;
  /** Villages to cover (those of the underserved list); default every village the engine reports without 4G. */
  targetVillageIds: readonly string[] | null;
  /** Share of a village's cells that makes it covered (the user's underserved rule); null keeps the settings' share. */
  villageCoveredShare: number | null;
}

export const DEFAULT_PROPOSER_OPTIONS: ProposerOptions = {
  gridSpacingM: 1000, searchRadiusM: 5000, minSiteDistanceM: 2000, maxSites: 20, fibreBonus: 0.1,
  fibreBonusDistanceM: 1000, roadBonus: 0.1, roadBonusDistanceM: 1000, insideUnitsOnly: true, idPrefix: 'PROP-', template: {}, targetVillageIds: null,
  villageCoveredShare: null,
};

export interface SiteSuggestion {
  site: Site;
  /** Villages (any, not only targets) covered once this site is added. */
  villageIds: string[];
  villageNames: string[];
  populationGained: number;
  fibreDistanceM: number | null;
  /** Nearest road within roadBonusDistanceM, metres; null when none is that close (or there are no roads). */
  roadDistanceM: number | null;
  /** The greedy gain the site was picked with. */
  gain: number;
}

export interface ProposerResult {
  suggestions: SiteSuggestion[];
  /** Villages with 4G reported by the engine with every suggestion added (at villageCoveredShare). */
  promisedVillagesCovered: number;
  /** The share a village needed to count as covered. */
  villageCoveredShare: number;
  villagesCoveredBefore: number;
  targetVillages: number;
  candidates: number;
  evaluations: number;
}

interface Candidate {
  p: LngLat;
  factor: number;
  fibreM: number | null;
  roadM: number | null;
  reachable: number[];
  bound: number;
  stamp: number;
  alive: boolean;
}

export function proposeSites(
  dataset: Dataset, settings: CoverageSettings = DEFAULT_COVERAGE_SETTINGS, optionsIn: Partial<ProposerOptions> = {},
  onProgress?: (fraction: number) => void,
): ProposerResult {
  const steps = proposerSteps(dataset, settings, optionsIn);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}

/** The proposer as steps: yields the progress (rising, 0..1, ending with 1) after each evaluation, returns the result. */
export function* proposerSteps(
  dataset: Dataset, settings: CoverageSettings = DEFAULT_COVERAGE_SETTINGS, optionsIn: Partial<ProposerOptions> = {},
): Generator<number, ProposerResult, void> {
  const o: ProposerOptions = { ...DEFAULT_PROPOSER_OPTIONS, ...optionsIn };
  const villageCoveredShare = o.villageCoveredShare ?? settings.villageCoveredShare;
  const model = new CoverageModel(dataset, { ...settings, techs: ['4G'], villageCoveredShare }, { ftth: null });
  const coveredNow = (): boolean[] => model.figures().villages.map((v) => v.covered['4G']);
  let covered = coveredNow();
  const villagesCoveredBefore = covered.filter(Boolean).length;
  const wanted = o.targetVillageIds ? new Set(o.targetVillageIds) : null;
  const isTarget = dataset.villages.map((v, i) => !covered[i] && (!wanted || wanted.has(v.id)));
  const weight = dataset.villages.map((v) => Math.max(1, v.population));
  const targets = dataset.villages.filter((_, i) => isTarget[i]).map((v) => v.point);
  const locator = new UnitLocator(dataset.units);
  const points = candidateGrid(targets, dataset.sites, {
    spacingM: o.gridSpacingM, radiusM: o.searchRadiusM, minSiteDistanceM: o.minSiteDistanceM,
    locator: o.insideUnitsOnly ? locator : null,
  });
  const siteAt = (k: number, p: LngLat): Site => proposedSite(`${o.idPrefix}${k + 1}`, p[0], p[1], o.template);
  const reachByClutter = new Map<Clutter, number>();
  const reachAt = (p: LngLat): number => {
    const clutter = clutterAt(p[0], p[1], locator, settings);
    const known = reachByClutter.get(clutter);
    if (known !== undefined) return known;
    const r = siteReachM(siteAt(0, p), settings, clutter);
    reachByClutter.set(clutter, r);
    return r;
  };
  const extents = dataset.villages.map((v, i) => (isTarget[i] ? villageExtentM(v) : 0));
  const maxExtent = Math.max(0, ...extents);
  const vIndex = new Flatbush(Math.max(1, dataset.villages.length));
  for (const v of dataset.villages) vIndex.add(v.point[0], v.point[1], v.point[0], v.point[1]);
  if (dataset.villages.length === 0) vIndex.add(0, 0, 0, 0);
  vIndex.finish();
  const fibre = new FibreSegmentIndex(dataset.fibre);
  const roads = new RoadIndex(dataset.roads ?? []);
  const cands: Candidate[] = points.map((p) => {
    const reach = reachAt(p);
    const { dLon, dLat } = metresToDeg(reach + maxExtent, p[1]);
    const reachable = vIndex.search(p[0] - dLon, p[1] - dLat, p[0] + dLon, p[1] + dLat).filter((i) => {
      const v = dataset.villages[i];
      return v !== undefined && isTarget[i] === true && distanceM(p, v.point) <= reach + (extents[i] ?? 0);
    });
    const hit = fibre.nearest(p[0], p[1], o.fibreBonusDistanceM);
    const roadM = roads.nearestM(p, o.roadBonusDistanceM);
    const factor = (hit ? 1 + o.fibreBonus : 1) * (roadM !== null ? 1 + o.roadBonus : 1);
    return { p, factor, fibreM: hit ? hit.distanceM : null, roadM, reachable, bound: 0, stamp: -1, alive: true };
  });
  const openWeight = (c: Candidate): number => c.reachable.reduce((s, i) => s + (covered[i] ? 0 : (weight[i] ?? 0)), 0) * c.factor;
  for (const c of cands) c.bound = openWeight(c);
  let reported = 0;
  const suggestions: SiteSuggestion[] = [];
  let evaluations = 0;
  for (let round = 0; round < o.maxSites; round++) {
    const alive = cands.filter((c) => c.alive);
    for (const c of alive) c.bound = Math.min(c.bound, openWeight(c));
    let pick: Candidate | null = null;
    let evalsThisRound = 0;
    for (;;) {
      let top: Candidate | null = null;
      for (const c of alive) if (!top || c.bound > top.bound) top = c;
      if (!top || top.bound <= 0) break;
      if (top.stamp === round) {
        pick = top;
        break;
      }
      const site = siteAt(round, top.p);
      model.upsertSite(site);
      const after = model.figures().villages;
      top.bound = top.reachable.reduce((s, i) => s + (!covered[i] && after[i]?.covered['4G'] ? (weight[i] ?? 0) : 0), 0) * top.factor;
      model.removeSite(site.id);
      top.stamp = round;
      evaluations++;
      evalsThisRound++;
      const x = (round + Math.min(0.99, evalsThisRound / alive.length)) / o.maxSites;
      if (x > reported) yield (reported = Math.min(1, x));
    }
    if (!pick) break;
    const site = siteAt(round, pick.p);
    model.upsertSite(site);
    const next = coveredNow();
    const gained = dataset.villages.filter((_, i) => next[i] && !covered[i]);
    covered = next;
    suggestions.push({
      site, villageIds: gained.map((v) => v.id), villageNames: gained.map((v) => v.name),
      populationGained: gained.reduce((s, v) => s + v.population, 0), fibreDistanceM: pick.fibreM, roadDistanceM: pick.roadM, gain: pick.bound,
    });
    const picked = new SiteProximity([pick.p]);
    for (const c of alive) if (c === pick || picked.anyWithin(c.p, o.minSiteDistanceM)) c.alive = false;
    if ((round + 1) / o.maxSites > reported) yield (reported = Math.min(1, (round + 1) / o.maxSites));
  }
  if (reported < 1) yield 1;
  return {
    suggestions, promisedVillagesCovered: covered.filter(Boolean).length, villagesCoveredBefore, villageCoveredShare,
    targetVillages: targets.length, candidates: cands.length, evaluations,
  };
}
