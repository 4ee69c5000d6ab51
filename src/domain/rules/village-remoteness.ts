/**
 * Straight-line remoteness of villages: distance from the village point to its own commune's centre and to the
 * nearest ward/town centre. Fibre distances come from the coverage figures; when those were built without FTTH
 * (all null) but the dataset has fibre, they are measured here the same way computeFtth does.
 */
import type { Dataset, LngLat } from '../model/types';
import type { CoverageFigures } from '../coverage/figures-types';
import { FibreSegmentIndex } from '../ftth';
import { distanceM } from './local-distance';
import { UnitLocator, isUrbanUnit } from './unit-locator';

export interface VillagePlaceDistances {
  communeCentreM: number | null;
  nearestTownM: number | null;
  nearestTownCode: string | null;
}

export class VillageRemoteness {
  private readonly locator: UnitLocator;
  private readonly unitIndex = new Map<string, number>();
  private readonly towns: { code: string; centre: LngLat }[] = [];

  constructor(dataset: Dataset) {
    this.locator = new UnitLocator(dataset.units);
    dataset.units.forEach((u, i) => {
      if (!this.unitIndex.has(u.code)) this.unitIndex.set(u.code, i);
      const centre = isUrbanUnit(u) ? this.locator.centre(i) : null;
      if (centre) this.towns.push({ code: u.code, centre });
    });
  }

  distances(point: LngLat, unitCode: string): VillagePlaceDistances {
    const ui = this.unitIndex.get(unitCode);
    const centre = ui === undefined ? null : this.locator.centre(ui);
    let nearestTownM: number | null = null;
    let nearestTownCode: string | null = null;
    for (const t of this.towns) {
      const d = distanceM(point, t.centre);
      if (nearestTownM === null || d < nearestTownM) {
        nearestTownM = d;
        nearestTownCode = t.code;
      }
    }
    return { communeCentreM: centre ? distanceM(point, centre) : null, nearestTownM, nearestTownCode };
  }
}

/** Village id → metres to the nearest fibre (null: no fibre at all). */
export function villageFibreDistances(dataset: Dataset, figures: CoverageFigures): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const fromFigures = figures.villages.some((v) => v.fibreDistanceM !== null) || dataset.fibre.length === 0;
  if (fromFigures) {
    for (const v of figures.villages) out.set(v.id, v.fibreDistanceM);
    return out;
  }
  const index = new FibreSegmentIndex(dataset.fibre);
  for (const v of dataset.villages) {
    const hit = v.geometry ? index.nearestToPolygon(v.geometry) : index.nearest(v.point[0], v.point[1]);
    out.set(v.id, hit ? hit.distanceM : null);
  }
  return out;
}
