/** Settings, rows and structured reasons of the underserved-village ranking (see underserved.ts). */
import { DEFAULT_FTTH_DISTANCE_M } from '../ftth';
import { RSRP_THRESHOLDS } from '../radio';

export interface GapWeights {
  /** 4G below the rule share at the figures' threshold (and, with basicFigures, at the basic threshold too). */
  no4g: number;
  /** 4G reaches the rule share only at the basic threshold. */
  basic4gOnly: number;
  /** 5G required by the plan and missing. */
  no5g: number;
  /** No fibre within the FTTH distance. */
  noFibre: number;
  /** Per carrier without 4G there, times the share of carriers given (only with per-carrier figures). */
  carrierGap: number;
}

export interface UnderservedRules {
  /** A village has 4G/5G when at least this share of its cells is covered. */
  villageCoveredShare: number;
  /** Threshold the main figures were computed at (shown in reasons). */
  thresholdDbm: number;
  /** Basic outdoor level: with it only, the village is underserved rather than unserved. */
  basicThresholdDbm: number;
  require5G: boolean;
  /** When non-empty, 5G is required only in these unit codes (and only if require5G). */
  require5GUnits: readonly string[];
  ftthDistanceM: number;
  /** A fibre route within this distance counts as reaching the village. */
  reachDistanceM: number;
  /** A road (any class) within this distance counts as reaching the village. */
  roadReachDistanceM: number;
  /** Remoteness (km, see the score formula) from which a 'remote' reason is added. */
  remoteKm: number;
  weights: GapWeights;
}

export const DEFAULT_GAP_WEIGHTS: GapWeights = { no4g: 3, basic4gOnly: 2, no5g: 1, noFibre: 1, carrierGap: 0.5 };

export const DEFAULT_UNDERSERVED_RULES: UnderservedRules = {
  villageCoveredShare: 0.5,
  thresholdDbm: RSRP_THRESHOLDS.goodOutdoor,
  basicThresholdDbm: RSRP_THRESHOLDS.basicOutdoor,
  require5G: false,
  require5GUnits: [],
  ftthDistanceM: DEFAULT_FTTH_DISTANCE_M,
  reachDistanceM: 2000,
  roadReachDistanceM: 1000,
  remoteKm: 10,
  weights: DEFAULT_GAP_WEIGHTS,
};

export const UNDERSERVED_SCORE_FORMULA =
  'score = gap × log10(1 + population) × (1 + remoteness km / 10), where gap = sum of the weights of the village\'s ' +
  'gaps (no 4G 3, 4G only at basic level 2, no 5G where required 1, no fibre 1, 0.5 × share of carriers without 4G) ' +
  'and remoteness km = mean of the distances to its commune centre and to the nearest ward/town centre. ' +
  'A village is unreached (reason only, not in the score) when no road is within the road reach distance and no ' +
  'fibre route within the route reach distance; without a road layer only fibre routes are checked.';

export type UnderservedReason =
  | { code: 'no4g'; share: number; requiredShare: number; thresholdDbm: number }
  | { code: 'basic4gOnly'; share: number; basicShare: number | null; bestDbm: number | null; thresholdDbm: number; basicThresholdDbm: number }
  | { code: 'no5g'; share: number; requiredShare: number }
  | { code: 'no4gCarrier'; carriers: string[] }
  | { code: 'noFibre'; distanceM: number | null; ftthDistanceM: number }
  | { code: 'noRouteNearby'; reachDistanceM: number; roadReachDistanceM: number; roadM: number | null; noRoadData: boolean }
  | { code: 'remote'; communeCentreKm: number; nearestTownKm: number | null }
  | { code: 'terrainShadow'; lossDb: number; openGroundDbm: number; levelDbm: number; siteId: string };

export type UnderservedReasonCode = UnderservedReason['code'];

export interface UnderservedFlags {
  /** No 4G (see no4g). */
  unservedMobile: boolean;
  /** 4G only at basic level, or no 5G where the plan asks for it. */
  underservedMobile: boolean;
  basic4gOnly: boolean;
  no5g: boolean;
  /** No fibre within the FTTH distance. */
  unservedFixed: boolean;
  /** At least one carrier of the per-carrier figures lacks 4G here. */
  carrierGap: boolean;
}

export interface Remoteness {
  communeCentreM: number | null;
  nearestTownM: number | null;
  nearestTownCode: string | null;
  /** Nearest fibre, metres (from the figures); null when there is none. */
  fibreM: number | null;
  fibreWithinReach: boolean;
  /** Nearest road of any class, metres; null when the dataset has no roads. */
  roadM: number | null;
  roadWithinReach: boolean;
  /** The dataset has no road layer: reach is judged on fibre routes alone. */
  noRoadData: boolean;
  /** The km used in the score. */
  km: number;
}

export interface UnderservedVillage {
  villageId: string;
  name: string;
  unitCode: string;
  unitName: string;
  population: number;
  flags: UnderservedFlags;
  /** Carriers (keys of the per-carrier figures) without 4G in this village. */
  carriersWithout4g: string[];
  remoteness: Remoteness;
  reasons: string[];
  reasonCodes: UnderservedReason[];
  gap: number;
  score: number;
  /** 1-based, by descending score. */
  rank: number;
}
