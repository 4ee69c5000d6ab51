/**
 * The rules sections of the JSON report: underserved villages and undergrounding packages, each ranked (rank 1
 * first). Underserved villages use a second engine run at the basic threshold (−110 dBm) for the basic-only rule.
 */
import { CoverageModel, type CoverageFigures, type CoverageSettings } from '../../src/domain/coverage';
import type { Dataset } from '../../src/domain/model/types';
import {
  DEFAULT_UNDERSERVED_RULES, planUndergrounding, rankUnderservedVillages, type UndergroundingRules, type UnderservedRules,
} from '../../src/domain/rules';

export interface ReportUnderserved {
  rank: number;
  village_id: string;
  name: string;
  unit_code: string;
  unit: string;
  population: number;
  score: number;
  /** Metres to the nearest road of any class; null when the dataset has no roads. */
  road_distance_m: number | null;
  reasons: string[];
}

export interface ReportUndergrounding {
  rank: number;
  package_id: string;
  unit_code: string | null;
  unit: string | null;
  length_m: number;
  score: number;
  proposed: boolean;
  reason: string;
}

export interface RulesSections {
  underserved: ReportUnderserved[];
  undergrounding: ReportUndergrounding[];
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function rulesSections(
  dataset: Dataset, figures: CoverageFigures, settings: CoverageSettings,
  rules: { underserved?: Partial<UnderservedRules>; undergrounding?: Partial<UndergroundingRules> } = {},
): RulesSections {
  const basicDbm = rules.underserved?.basicThresholdDbm ?? DEFAULT_UNDERSERVED_RULES.basicThresholdDbm;
  const basicFigures = settings.thresholdDbm > basicDbm
    ? new CoverageModel(dataset, { ...settings, thresholdDbm: basicDbm, techs: ['4G'] }, { ftth: null }).figures()
    : undefined;
  const villages = rankUnderservedVillages({
    dataset, figures, basicFigures, rules: { ...rules.underserved, thresholdDbm: settings.thresholdDbm, villageCoveredShare: settings.villageCoveredShare },
  });
  const { packages } = planUndergrounding(dataset, rules.undergrounding);
  return {
    underserved: villages.map((v) => ({
      rank: v.rank, village_id: v.villageId, name: v.name, unit_code: v.unitCode, unit: v.unitName, population: v.population,
      score: round(v.score, 3), road_distance_m: v.remoteness.roadM === null ? null : round(v.remoteness.roadM, 1), reasons: v.reasons,
    })),
    undergrounding: packages.map((p) => ({
      rank: p.rank, package_id: p.id, unit_code: p.unitCode, unit: p.unitName, length_m: round(p.length_m, 1),
      score: round(p.score, 3), proposed: p.proposed, reason: p.reason,
    })),
  };
}
