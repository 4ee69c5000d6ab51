export {
  rankUnderservedVillages, filterUnderservedByUnit, filterUnderservedByCarrier, type UnderservedInput,
} from './underserved';
export {
  DEFAULT_UNDERSERVED_RULES, DEFAULT_GAP_WEIGHTS, UNDERSERVED_SCORE_FORMULA, type GapWeights, type UnderservedRules,
  type UnderservedReason, type UnderservedReasonCode, type UnderservedFlags, type Remoteness, type UnderservedVillage,
} from './underserved-types';
export { underservedReasonText } from './underserved-reason-text';
export {
  planUndergrounding, DEFAULT_UNDERGROUNDING_RULES, type UndergroundingRules, type UndergroundingReason,
  type UndergroundingPackage, type UndergroundingResult,
} from './undergrounding';
export type { UndergroundingTotals, UnitUndergroundingTotals } from './undergrounding-totals';
export {
  proposeSites, proposerSteps, DEFAULT_PROPOSER_OPTIONS, type ProposerOptions, type ProposerResult, type SiteSuggestion,
} from './proposer';
export { proposedSite, DEFAULT_PROPOSED_SITE, type ProposedSiteTemplate } from './proposed-site';
export { findColocationPairs, DEFAULT_COLOCATION_DISTANCE_M, type ColocationPair } from './colocation';
export { UnitLocator, URBAN_UNIT_TYPES, isUrbanUnit } from './unit-locator';
