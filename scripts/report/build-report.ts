import type { CoverageFigures, EngineWarning, PerTech } from '../../src/domain/coverage';
import { own } from '../../src/domain/model/dict';
import { TECHNOLOGIES, type Site } from '../../src/domain/model/types';
import type { LayerName } from './args';
import type { ReportIssue } from './load';
import type { ReportUndergrounding, ReportUnderserved, RulesSections } from './rules-sections';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ReportMeta {
  generated_at: string;
  inputs: Record<LayerName, string>;
  cell_m: number;
  /** RSRP threshold of 4G and 5G, dBm. */
  threshold_dbm: number;
  /** 2G RxLev and 3G pilot RSCP thresholds, when given (2G / 3G are computed only then). */
  threshold_2g_rxlev_dbm?: number;
  threshold_3g_rscp_dbm?: number;
  synthetic: boolean;
  /** The elevation the terrain term used: its files (or the demo's generated relief), or 'none'. */
  elevation: string[] | 'none';
  /** The land cover the sites' clutter came from ('none': each site's clutter from the unit it stands in). */
  clutter: string[] | 'none';
  /** Technologies the engine computed; figures of the others are 0 or null. */
  techs: string[];
  /** The engine's warnings in English, rendered from the interface's tables (i18n/engine-warnings). */
  warnings: string[];
  /** The same warnings as codes with their data, in the same order. */
  warning_codes: EngineWarning[];
}

export interface Report {
  meta: ReportMeta;
  units: Row[];
  villages: Row[];
  totals: Row;
  /** The sites the figures were computed from, as read (from a file, CSV included, or the demo). */
  sites: ReportSite[];
  import_issues: ReportIssue[];
  /** Villages without adequate service, ranked by score (see src/domain/rules). */
  underserved: ReportUnderserved[];
  /** Aerial fibre undergrounding packages, ranked. */
  undergrounding: ReportUndergrounding[];
  /** With --measurements: the prediction against measured samples (scripts/report/measurements-section.ts). */
  measurements?: Record<string, unknown>;
}

export interface ReportSite {
  id: string;
  lon: number;
  lat: number;
  carrier: string;
  technologies: string[];
  bands_mhz: number[];
  sectors: { azimuth_deg: number | null; beamwidth_deg: number; downtilt_deg: number }[];
}

export function reportSite(site: Site): ReportSite {
  return {
    id: site.id,
    lon: round(site.lon, 6),
    lat: round(site.lat, 6),
    carrier: site.carrier,
    technologies: TECHNOLOGIES.filter((t) => site.radios.some((r) => r.tech === t)),
    bands_mhz: [...new Set(site.radios.map((r) => r.bandMHz))].sort((a, b) => a - b),
    sectors: site.sectors.map((s) => ({ azimuth_deg: s.azimuthDeg, beamwidth_deg: s.beamwidthDeg, downtilt_deg: s.downtiltDeg })),
  };
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const pct = (x: number): number => round(x, 2);
const techKey = (t: string): string => t.toLowerCase();

/** Column-safe carrier key: "Viettel" → "viettel", "Vietnamobile (VNM)" → "vietnamobile_vnm". */
export function carrierKey(carrier: string): string {
  const key = carrier.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd')
    .toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return key === '' ? 'unknown' : key;
}

function perTech(prefix: string, values: PerTech<number>, into: Row): void {
  for (const t of TECHNOLOGIES) into[`${prefix}_${techKey(t)}`] = pct(values[t]);
}

/** Every carrier seen in the unit site counts, sorted, so every unit row has the same columns. */
function carriersOf(figures: CoverageFigures): string[] {
  const all = new Set<string>(Object.keys(figures.totals.btsByCarrierTech));
  for (const u of figures.units) for (const c of Object.keys(u.sites)) all.add(c);
  return [...all].sort();
}

export function buildReport(
  figures: CoverageFigures, meta: ReportMeta, issues: ReportIssue[], sites: readonly Site[] = [], rules: RulesSections = { underserved: [], undergrounding: [] },
): Report {
  const carriers = carriersOf(figures);
  const units = figures.units.map((u): Row => {
    const row: Row = {
      code: u.code, name: u.name, type: u.type, district: u.district, population: u.population,
      area_km2: round(u.areaKm2, 3), villages: u.villages,
    };
    perTech('pct_area', u.pctArea, row);
    perTech('pct_population', u.pctPopulation, row);
    perTech('pct_villages', u.pctVillages, row);
    row.pct_villages_ftth = pct(u.ftth.pctVillagesServed);
    row.ftth_reached = u.ftth.reached;
    row.fibre_km_aerial = round(u.ftth.fibreKm.aerial, 3);
    row.fibre_km_underground = round(u.ftth.fibreKm.underground, 3);
    row.fibre_km_duct = round(u.ftth.fibreKm.duct, 3);
    row.fibre_km_unknown = round(u.ftth.fibreKm.unknown, 3);
    for (const c of carriers) {
      for (const t of TECHNOLOGIES) row[`sites_${carrierKey(c)}_${techKey(t)}`] = own(u.sites, c)?.[t] ?? 0;
    }
    return row;
  });
  const villages = figures.villages.map((v): Row => ({
    id: v.id, name: v.name, unit_code: v.unitCode, population: v.population,
    best_dbm_4g: v.bestDbm['4G'] === null ? null : round(v.bestDbm['4G'], 1),
    best_dbm_5g: v.bestDbm['5G'] === null ? null : round(v.bestDbm['5G'], 1),
    serving_site_4g: v.servingSiteId['4G'],
    covered_4g: v.covered['4G'], covered_5g: v.covered['5G'],
    fibre_distance_m: v.fibreDistanceM === null || !Number.isFinite(v.fibreDistanceM) ? null : round(v.fibreDistanceM, 1),
    ftth: v.ftthServed,
  }));
  const t = figures.totals;
  const totals: Row = { units: t.units, villages: t.villages, population: t.population, sites: t.sites };
  perTech('pct_villages', t.pctVillages, totals);
  perTech('pct_population', t.pctPopulation, totals);
  perTech('pct_area', t.pctAreaCovered, totals);
  totals.pct_units_ftth = pct(t.pctUnitsFtth);
  totals.pct_villages_ftth = pct(t.pctVillagesFtth);
  for (const c of carriers) {
    for (const tech of TECHNOLOGIES) totals[`bts_${carrierKey(c)}_${techKey(tech)}`] = own(t.btsByCarrierTech, c)?.[tech] ?? 0;
  }
  totals.fibre_km_aerial = round(t.fibreKm.aerial, 3);
  totals.fibre_km_underground = round(t.fibreKm.underground, 3);
  totals.fibre_km_duct = round(t.fibreKm.duct, 3);
  totals.fibre_km_unknown = round(t.fibreKm.unknown, 3);
  return { meta, units, villages, totals, sites: sites.map(reportSite), import_issues: issues, underserved: rules.underserved, undergrounding: rules.undergrounding };
}
