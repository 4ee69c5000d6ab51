/**
 * What a scenario changes against a reference (usually the baseline): villages newly covered or lost (named),
 * people gained, and per unit the change of area and population coverage in percentage points.
 */
import type { CoverageFigures } from '../coverage';
import type { Technology } from '../model/types';

export interface VillageChange {
  id: string;
  name: string;
  unitCode: string;
  population: number;
}

export interface UnitDelta {
  code: string;
  name: string;
  /** Percentage points, scenario minus reference. */
  areaPp: number;
  populationPp: number;
  villagesPp: number;
  /** People in villages that became covered minus those in villages that lost coverage. */
  peopleGained: number;
  areaKm2Gained: number;
}

export interface FiguresDelta {
  tech: Technology;
  gained: VillageChange[];
  lost: VillageChange[];
  /** Net change of people covered (population-weighted, as the unit figures count them). */
  peopleGained: number;
  areaKm2Gained: number;
  /** Units whose figures changed, largest area change first. */
  units: UnitDelta[];
}

const EPS_PP = 0.05;

export function figuresDelta(reference: CoverageFigures, scenario: CoverageFigures, tech: Technology): FiguresDelta {
  const before = new Map(reference.villages.map((v) => [v.id, v.covered[tech]]));
  const gained: VillageChange[] = [];
  const lost: VillageChange[] = [];
  for (const v of scenario.villages) {
    const was = before.get(v.id) ?? false;
    const is = v.covered[tech];
    if (was === is) continue;
    const change = { id: v.id, name: v.name, unitCode: v.unitCode, population: v.population };
    (is ? gained : lost).push(change);
  }
  const refUnits = new Map(reference.units.map((u) => [u.code, u]));
  const units: UnitDelta[] = [];
  let peopleGained = 0;
  let areaKm2Gained = 0;
  for (const u of scenario.units) {
    const r = refUnits.get(u.code);
    if (!r) continue;
    const areaPp = u.pctArea[tech] - r.pctArea[tech];
    const populationPp = u.pctPopulation[tech] - r.pctPopulation[tech];
    const villagesPp = u.pctVillages[tech] - r.pctVillages[tech];
    const people = Math.round((populationPp / 100) * u.population);
    const km2 = (areaPp / 100) * u.areaKm2;
    peopleGained += people;
    areaKm2Gained += km2;
    if (Math.abs(areaPp) < EPS_PP && Math.abs(populationPp) < EPS_PP && Math.abs(villagesPp) < EPS_PP) continue;
    units.push({ code: u.code, name: u.name, areaPp, populationPp, villagesPp, peopleGained: people, areaKm2Gained: km2 });
  }
  units.sort((a, b) => Math.abs(b.areaPp) - Math.abs(a.areaPp) || a.name.localeCompare(b.name));
  gained.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  lost.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  return { tech, gained, lost, peopleGained, areaKm2Gained, units };
}

export function isEmptyDelta(d: FiguresDelta): boolean {
  return d.gained.length === 0 && d.lost.length === 0 && d.units.length === 0;
}
