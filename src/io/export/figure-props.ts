import type { CoverageFigures, UnitFigures, VillageFigures } from '../../domain/coverage/figures-types';
import type { Technology } from '../../domain/model/types';
import { own } from '../../domain/model/dict';

/** Flat, typed attribute values: what a CSV cell or a GeoJSON property can hold. */
export type FlatProps = Record<string, string | number | boolean | null>;

const round = (n: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};
const tag = (t: Technology): string => t.toLowerCase();
const carrierKey = (c: string): string => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'unknown';

/** Carriers of any unit's site counts, sorted, so every row of an export has the same columns. */
function carriersOf(units: readonly UnitFigures[]): string[] {
  return [...new Set(units.flatMap((u) => Object.keys(u.sites)))].sort();
}

/**
 * Per-unit figure columns (technologies as computed): coverage shares in %, site counts per carrier, FTTH. A unit
 * without figures gets the same keys with nulls. Keys avoid the names the layer readers look for (id, code, name…).
 */
export function unitFigureProps(figures: CoverageFigures): (code: string) => FlatProps {
  const byCode = new Map(figures.units.map((u) => [u.code, u]));
  const carriers = carriersOf(figures.units);
  return (code) => {
    const f = byCode.get(code);
    const props: FlatProps = { area_km2: f ? round(f.areaKm2, 3) : null, villages_count: f ? f.villages : null };
    for (const t of figures.techs) {
      props[`pct_area_${tag(t)}`] = f ? round(f.pctArea[t], 2) : null;
      props[`pct_population_${tag(t)}`] = f ? round(f.pctPopulation[t], 2) : null;
      props[`pct_villages_${tag(t)}`] = f ? round(f.pctVillages[t], 2) : null;
    }
    for (const carrier of carriers) {
      for (const t of figures.techs) props[`sites_${carrierKey(carrier)}_${tag(t)}`] = f ? (own(f.sites, carrier)?.[t] ?? 0) : null;
    }
    props.ftth_reached = f ? f.ftth.reached : null;
    props.ftth_pct_villages = f ? round(f.ftth.pctVillagesServed, 2) : null;
    for (const laying of ['aerial', 'underground', 'duct', 'unknown'] as const) props[`fibre_km_${laying}`] = f ? round(f.ftth.fibreKm[laying], 3) : null;
    return props;
  };
}

/** Per-village figure columns: best level (dBm), serving site, covered share (0..1) and flag per technology, fibre distance. */
export function villageFigureProps(figures: CoverageFigures): (id: string) => FlatProps {
  const byId = new Map<string, VillageFigures>(figures.villages.map((v) => [v.id, v]));
  return (id) => {
    const f = byId.get(id);
    const props: FlatProps = {};
    for (const t of figures.techs) {
      const best = f?.bestDbm[t];
      props[`best_dbm_${tag(t)}`] = best === undefined || best === null ? null : round(best, 1);
      props[`serving_site_${tag(t)}`] = f?.servingSiteId[t] ?? null;
      props[`covered_share_${tag(t)}`] = f ? round(f.coveredShare[t], 4) : null;
      props[`covered_${tag(t)}`] = f ? f.covered[t] : null;
    }
    props.fibre_distance_m = f?.fibreDistanceM === undefined || f.fibreDistanceM === null ? null : round(f.fibreDistanceM, 1);
    props.ftth_served = f ? f.ftthServed : null;
    return props;
  };
}
