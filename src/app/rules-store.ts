/** The rules panels' own state (settings, last answers, proposer run), kept apart from the app state. */
import {
  DEFAULT_UNDERGROUNDING_RULES, DEFAULT_UNDERSERVED_RULES, DEFAULT_COLOCATION_DISTANCE_M, DEFAULT_PROPOSER_OPTIONS,
  type ProposerResult, type UndergroundingResult, type UndergroundingRules, type UnderservedRules,
} from '../domain/rules';
import type { CarrierFigures, ColocationAnswer, TerrainFigures, UnderservedAnswer } from '../worker/rules-api';

export interface ProposerSettings {
  maxSites: number;
  minSiteDistanceM: number;
  gridSpacingM: number;
}

export const DEFAULT_PROPOSER_SETTINGS: ProposerSettings = {
  maxSites: 5,
  minSiteDistanceM: DEFAULT_PROPOSER_OPTIONS.minSiteDistanceM,
  gridSpacingM: DEFAULT_PROPOSER_OPTIONS.gridSpacingM,
};

/** The scenario made from a proposal, and what the engine reports once it is recomputed. */
export interface AcceptedProposal {
  scenarioId: string;
  name: string;
  promised: number;
  /** Village share counted as covered (the rule the proposal was made under). */
  share: number;
  /** Villages with 4G after the recompute; null until it is done. */
  actual: number | null;
}

export interface ProposerRun {
  running: boolean;
  progress: number;
  cancelled: boolean;
  result: ProposerResult | null;
  accepted: AcceptedProposal | null;
}

export interface RulesState {
  rules: UnderservedRules;
  commune: string | null;
  carrier: string | null;
  underserved: UnderservedAnswer | null;
  underservedBusy: boolean;
  proposerSettings: ProposerSettings;
  proposer: ProposerRun;
  ugRules: UndergroundingRules;
  undergrounding: UndergroundingResult | null;
  carrierFigures: CarrierFigures[] | null;
  carrierBusy: boolean;
  /** With terrain and on open ground, once asked for (null: not asked, or no elevation layer). */
  terrainFigures: TerrainFigures | null;
  terrainBusy: boolean;
  colocDistanceM: number;
  colocation: ColocationAnswer[] | null;
}

export const INITIAL_RULES_STATE: RulesState = {
  rules: DEFAULT_UNDERSERVED_RULES,
  commune: null,
  carrier: null,
  underserved: null,
  underservedBusy: false,
  proposerSettings: DEFAULT_PROPOSER_SETTINGS,
  proposer: { running: false, progress: 0, cancelled: false, result: null, accepted: null },
  ugRules: DEFAULT_UNDERGROUNDING_RULES,
  undergrounding: null,
  carrierFigures: null,
  carrierBusy: false,
  terrainFigures: null,
  terrainBusy: false,
  colocDistanceM: DEFAULT_COLOCATION_DISTANCE_M,
  colocation: null,
};
