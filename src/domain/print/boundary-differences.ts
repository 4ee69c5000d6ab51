/**
 * When the same territory's figures on two boundary sets differ, by how much and why. A figure differs when it
 * prints differently (to 0.1 % or to the unit); each gets a reason code with its evidence:
 * - cellsCut: a grid cell counts for the unit holding its centre, so units with other edges hold other cells
 *   (the areas the two sets cover are within 2 % of each other);
 * - groundDiffers: the two sets cover different ground (areas more than 2 % apart);
 * - peopleDiffer / villagesDiffer: the population or the villages the sets' units hold differ;
 * - sitesOutside: the sites in no unit differ.
 */
import type { CoverageFigures } from '../coverage/figures-types';
import type { Technology } from '../model/types';

export type DifferenceFigure = 'area' | 'population' | 'villages' | 'sites';
export type DifferenceReason = 'cellsCut' | 'groundDiffers' | 'peopleDiffer' | 'villagesDiffer' | 'sitesOutside';

export interface BoundaryDifference {
  figure: DifferenceFigure;
  /** The figure on the set the page reports on, and on the other set (a percentage, or a count of sites). */
  shown: number;
  other: number;
  reason: DifferenceReason;
  /** The evidence for the reason, on the shown set and on the other set (km², people, villages or sites). */
  evidence: [shown: number, other: number];
}

/** Areas this close (relative) are the same ground cut into cells differently. */
export const SAME_GROUND_SHARE = 0.02;

const tenths = (v: number): number => Math.round(v * 10);
const areaOf = (f: CoverageFigures): number => f.units.reduce((s, u) => s + u.areaKm2, 0);
const villagesOf = (f: CoverageFigures): number => f.units.reduce((s, u) => s + u.villages, 0);

export function boundaryDifferences(shown: CoverageFigures, other: CoverageFigures, tech: Technology): BoundaryDifference[] {
  const out: BoundaryDifference[] = [];
  const areas: [number, number] = [areaOf(shown), areaOf(other)];
  const sameGround = Math.abs(areas[0] - areas[1]) <= SAME_GROUND_SHARE * Math.max(areas[0], areas[1]);
  const cellsOrGround = (): Pick<BoundaryDifference, 'reason' | 'evidence'> => ({ reason: sameGround ? 'cellsCut' : 'groundDiffers', evidence: areas });
  const pct = (figure: 'area' | 'population' | 'villages', a: number, b: number, why: () => Pick<BoundaryDifference, 'reason' | 'evidence'>): void => {
    if (tenths(a) !== tenths(b)) out.push({ figure, shown: a, other: b, ...why() });
  };
  pct('area', shown.totals.pctAreaCovered[tech], other.totals.pctAreaCovered[tech], cellsOrGround);
  const people: [number, number] = [shown.totals.population, other.totals.population];
  const villages: [number, number] = [villagesOf(shown), villagesOf(other)];
  const byPlacement = (): Pick<BoundaryDifference, 'reason' | 'evidence'> =>
    people[0] !== people[1] ? { reason: 'peopleDiffer', evidence: people } : villages[0] !== villages[1] ? { reason: 'villagesDiffer', evidence: villages } : cellsOrGround();
  pct('population', shown.totals.pctPopulation[tech], other.totals.pctPopulation[tech], byPlacement);
  pct('villages', shown.totals.pctVillages[tech], other.totals.pctVillages[tech], () => (villages[0] !== villages[1] ? { reason: 'villagesDiffer', evidence: villages } : byPlacement()));
  const inside = (f: CoverageFigures): number => f.totals.sites - f.totals.sitesOutsideUnits.length;
  const sitesIn: [number, number] = [inside(shown), inside(other)];
  if (sitesIn[0] !== sitesIn[1]) out.push({ figure: 'sites', shown: sitesIn[0], other: sitesIn[1], reason: 'sitesOutside', evidence: [shown.totals.sitesOutsideUnits.length, other.totals.sitesOutsideUnits.length] });
  return out;
}
