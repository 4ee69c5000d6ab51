/**
 * Ranks villages without adequate mobile or fixed service.
 *
 * Basic-level detection: pass `basicFigures` (a second CoverageModel run with thresholdDbm = the basic level) for
 * an exact test on covered shares. Without it, a village whose best 4G cell (main figures) reaches the basic
 * level counts as basic-only; that fallback under-reports, because the engine paints levels only within the
 * footprint radius of the main threshold.
 */
import type { Dataset } from '../model/types';
import type { CoverageFigures, VillageFigures } from '../coverage/figures-types';
import {
  DEFAULT_UNDERSERVED_RULES, type Remoteness, type UnderservedFlags, type UnderservedReason, type UnderservedRules,
  type UnderservedVillage,
} from './underserved-types';
import { underservedReasonText } from './underserved-reason-text';
import { VillageRemoteness, villageFibreDistances } from './village-remoteness';
import { RoadIndex } from './road-index';

export interface UnderservedInput {
  dataset: Dataset;
  figures: CoverageFigures;
  /** Same settings at the basic threshold (see above). */
  basicFigures?: CoverageFigures;
  /** Carrier → figures computed with that carrier's sites only. */
  carrierFigures?: Readonly<Record<string, CoverageFigures>>;
  rules?: Partial<UnderservedRules>;
}

type Unranked = Omit<UnderservedVillage, 'rank'>;

const byId = (f: CoverageFigures | undefined): Map<string, VillageFigures> => new Map((f?.villages ?? []).map((v) => [v.id, v]));

function lacks(share: number, rules: UnderservedRules): boolean {
  return share === 0 || share < rules.villageCoveredShare;
}

function needs5G(unitCode: string, rules: UnderservedRules): boolean {
  return rules.require5G && (rules.require5GUnits.length === 0 || rules.require5GUnits.includes(unitCode));
}

export function rankUnderservedVillages(input: UnderservedInput): UnderservedVillage[] {
  const rules: UnderservedRules = { ...DEFAULT_UNDERSERVED_RULES, ...input.rules };
  const { dataset } = input;
  const main = byId(input.figures);
  const basic = input.basicFigures ? byId(input.basicFigures) : null;
  const carriers = Object.entries(input.carrierFigures ?? {}).map(([c, f]) => [c, byId(f)] as const);
  const fibre = villageFibreDistances(dataset, input.figures);
  const places = new VillageRemoteness(dataset);
  const roads = new RoadIndex(dataset.roads ?? []);
  const noRoadData = !roads.hasRoads;
  const unitNames = new Map(dataset.units.map((u) => [u.code, u.name]));
  const w = rules.weights;
  const rows: Unranked[] = [];
  for (const v of dataset.villages) {
    const f = main.get(v.id);
    if (!f) continue;
    const reasons: UnderservedReason[] = [];
    const share4g = f.coveredShare['4G'];
    let basic4gOnly = false;
    let unservedMobile = false;
    if (lacks(share4g, rules)) {
      const b = basic?.get(v.id);
      const bestDbm = f.bestDbm['4G'];
      basic4gOnly = b ? !lacks(b.coveredShare['4G'], rules) : bestDbm !== null && bestDbm >= rules.basicThresholdDbm;
      unservedMobile = !basic4gOnly;
      reasons.push(basic4gOnly
        ? { code: 'basic4gOnly', share: share4g, basicShare: b ? b.coveredShare['4G'] : null, bestDbm,
          thresholdDbm: rules.thresholdDbm, basicThresholdDbm: rules.basicThresholdDbm }
        : { code: 'no4g', share: b ? b.coveredShare['4G'] : share4g, requiredShare: rules.villageCoveredShare,
          thresholdDbm: b ? rules.basicThresholdDbm : rules.thresholdDbm });
    }
    if (lacks(share4g, rules) && f.terrainShadow4g && f.terrainShadow4g.openGroundDbm >= rules.thresholdDbm) {
      const s = f.terrainShadow4g;
      reasons.push({ code: 'terrainShadow', lossDb: s.lossDb, openGroundDbm: s.openGroundDbm, levelDbm: s.levelDbm, siteId: s.siteId });
    }
    const no5g = needs5G(v.unitCode, rules) && lacks(f.coveredShare['5G'], rules);
    if (no5g) reasons.push({ code: 'no5g', share: f.coveredShare['5G'], requiredShare: rules.villageCoveredShare });
    const carriersWithout4g = carriers
      .filter(([, m]) => lacks(m.get(v.id)?.coveredShare['4G'] ?? 0, rules)).map(([c]) => c);
    if (carriersWithout4g.length > 0) reasons.push({ code: 'no4gCarrier', carriers: carriersWithout4g });
    const fibreM = fibre.get(v.id) ?? null;
    const unservedFixed = fibreM === null || fibreM > rules.ftthDistanceM;
    if (unservedFixed) reasons.push({ code: 'noFibre', distanceM: fibreM, ftthDistanceM: rules.ftthDistanceM });
    const flags: UnderservedFlags = {
      unservedMobile, underservedMobile: basic4gOnly || no5g, basic4gOnly, no5g, unservedFixed,
      carrierGap: carriersWithout4g.length > 0,
    };
    const gap = (unservedMobile ? w.no4g : 0) + (basic4gOnly ? w.basic4gOnly : 0) + (no5g ? w.no5g : 0) +
      (unservedFixed ? w.noFibre : 0) + (carriers.length > 0 ? (w.carrierGap * carriersWithout4g.length) / carriers.length : 0);
    if (gap <= 0) continue;
    const d = places.distances(v.point, v.unitCode);
    const centreM = d.communeCentreM ?? d.nearestTownM ?? 0;
    const km = (centreM + (d.nearestTownM ?? centreM)) / 2000;
    const roadM = noRoadData ? null : roads.villageM(v);
    const remoteness: Remoteness = {
      ...d, fibreM, fibreWithinReach: fibreM !== null && fibreM <= rules.reachDistanceM,
      roadM, roadWithinReach: roadM !== null && roadM <= rules.roadReachDistanceM, noRoadData, km,
    };
    if (!remoteness.fibreWithinReach && !remoteness.roadWithinReach) {
      reasons.push({ code: 'noRouteNearby', reachDistanceM: rules.reachDistanceM, roadReachDistanceM: rules.roadReachDistanceM, roadM, noRoadData });
    }
    if (km >= rules.remoteKm) {
      reasons.push({ code: 'remote', communeCentreKm: centreM / 1000, nearestTownKm: d.nearestTownM === null ? null : d.nearestTownM / 1000 });
    }
    const score = gap * Math.log10(1 + Math.max(0, v.population)) * (1 + km / 10);
    rows.push({
      villageId: v.id, name: v.name, unitCode: v.unitCode, unitName: unitNames.get(v.unitCode) ?? '', population: v.population,
      flags, carriersWithout4g, remoteness, reasons: reasons.map(underservedReasonText), reasonCodes: reasons, gap, score,
    });
  }
  rows.sort((a, b) => b.score - a.score || b.population - a.population || a.villageId.localeCompare(b.villageId));
  return rows.map((r, i) => ({ ...r, rank: i + 1 }));
}

/** Rows in the given unit code(s), ranks kept. */
export function filterUnderservedByUnit(rows: readonly UnderservedVillage[], unitCodes: string | readonly string[]): UnderservedVillage[] {
  const codes = typeof unitCodes === 'string' ? [unitCodes] : unitCodes;
  return rows.filter((r) => codes.includes(r.unitCode));
}

/** Rows without 4G from `carrier`: that carrier lacks it per its figures, or no carrier has 4G there. */
export function filterUnderservedByCarrier(rows: readonly UnderservedVillage[], carrier: string): UnderservedVillage[] {
  return rows.filter((r) => r.flags.unservedMobile || r.carriersWithout4g.includes(carrier));
}
