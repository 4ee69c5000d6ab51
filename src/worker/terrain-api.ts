/**
 * Coverage-worker calls of the terrain profile tool: the chart of the ground between two points (path-chart.ts) on the
 * baseline's elevation layer, with the masts of the sites at either end (the scenario's sites: a proposed site has
 * its mast too) and the level the coverage model predicts at the far end.
 *
 * Both ends are projected in the elevation grid's own projection, so the path is straight in the metres the heights
 * were resampled on whatever the coverage grid's projection is.
 */
import { cellIndexAt, projectLngLat, unprojectXY } from '../domain/grid/equal-area-grid';
import type { Site, Technology } from '../domain/model/types';
import { heightSampler } from '../domain/terrain/terrain-sample';
import { V_MIN } from '../domain/terrain/knife-edge';
import { pathChart, type PathChart } from '../domain/terrain/path-chart';
import { engineState } from './engine-state';

export interface ProfilePointInput {
  lon: number;
  lat: number;
  /** The site clicked: its position and mast are used. */
  siteId?: string;
}

export interface ProfileOptions {
  freqMHz: number;
  kFactor: number;
  /** Antenna height of an end that is not a site, metres (1.5 for a handset). */
  rxHeightM: number;
  /** The technology whose level is predicted at the far end. */
  tech: Technology;
}

export interface ProfileEnd {
  lon: number;
  lat: number;
  siteId: string | null;
  siteName: string | null;
  antennaM: number;
  groundM: number;
}

/** The model's level at the far end: from the start site (fromSite) or, from a point, the best server there. */
export interface FarLevel {
  siteId: string;
  siteName: string;
  levelDbm: number;
  terrainLossDb: number;
  fromSite: boolean;
}

export type PathProfileResult =
  | { kind: 'no-elevation' }
  /** An end lies where the elevation layer has no height. */
  | { kind: 'outside'; end: 'from' | 'to' }
  /** Both ends in the same place. */
  | { kind: 'too-short' }
  | {
    kind: 'profile';
    chart: PathChart;
    from: ProfileEnd;
    to: ProfileEnd;
    /** Null before the coverage is computed, or where no site reaches the far end. */
    farLevel: FarLevel | null;
    tech: Technology;
    /** The elevation layer is the demo's generated relief. */
    generatedRelief: boolean;
    /** Where the dominant edge is, for the map; null when nothing comes near the line of sight. */
    dominantLngLat: [number, number] | null;
  };

/** Below this the two ends are taken as the same place, metres. */
const MIN_PATH_M = 1;

function farLevel(tech: Technology, from: Site | null, lon: number, lat: number, sites: ReadonlyMap<string, Site>): FarLevel | null {
  const m = engineState.model;
  if (!m) return null;
  const cell = cellIndexAt(m.grid, lon, lat);
  if (cell < 0) return null;
  const signals = m.cellSignals(tech, cell, from ? Number.MAX_SAFE_INTEGER : 1);
  const hit = from ? signals.find((s) => s.siteId === from.id) : signals[0];
  if (!hit) return null;
  return { siteId: hit.siteId, siteName: sites.get(hit.siteId)?.name ?? hit.siteId, levelDbm: hit.levelDbm, terrainLossDb: hit.terrainLossDb, fromSite: from !== null };
}

export const terrainApi = {
  pathProfile(from: ProfilePointInput, to: ProfilePointInput, options: ProfileOptions): PathProfileResult {
    const elevation = engineState.baseline?.elevation;
    if (!elevation) return { kind: 'no-elevation' };
    const terrain = elevation.terrain;
    const sites = new Map<string, Site>();
    for (const s of engineState.scenarioDataset().sites) sites.set(s.id, s);
    const sample = heightSampler(terrain);
    const end = (p: ProfilePointInput): ProfileEnd & { x: number; y: number; site: Site | null } => {
      const site = p.siteId === undefined ? null : (sites.get(p.siteId) ?? null);
      const lon = site ? site.lon : p.lon;
      const lat = site ? site.lat : p.lat;
      const [x, y] = projectLngLat(terrain.grid, lon, lat);
      return { lon, lat, x, y, site, siteId: site?.id ?? null, siteName: site?.name ?? null, antennaM: site ? site.heightM : options.rxHeightM, groundM: sample(x, y) };
    };
    const a = end(from);
    const b = end(to);
    if (Number.isNaN(a.groundM)) return { kind: 'outside', end: 'from' };
    if (Number.isNaN(b.groundM)) return { kind: 'outside', end: 'to' };
    if (Math.hypot(b.x - a.x, b.y - a.y) < MIN_PATH_M) return { kind: 'too-short' };
    const chart = pathChart({
      terrain, from: a, to: b, fromAntennaM: a.antennaM, toAntennaM: b.antennaM, freqMHz: options.freqMHz, kFactor: options.kFactor,
    });
    let dominantLngLat: [number, number] | null = null;
    if (chart.dominant && chart.dominant.v > V_MIN) {
      const f = chart.dominant.distanceM / chart.lengthM;
      dominantLngLat = unprojectXY(terrain.grid, a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
    }
    const strip = ({ lon, lat, siteId, siteName, antennaM, groundM }: ProfileEnd): ProfileEnd => ({ lon, lat, siteId, siteName, antennaM, groundM });
    return {
      kind: 'profile', chart, from: strip(a), to: strip(b), farLevel: farLevel(options.tech, a.site, b.lon, b.lat, sites), tech: options.tech,
      generatedRelief: elevation.generated, dominantLngLat,
    };
  },
};
