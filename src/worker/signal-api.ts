/**
 * "Signal at the cursor": what the computed coverage says at one point. One cell of the best-server raster and the
 * sites the site index finds over it (CoverageModel.cellSignals), so a reading costs a lookup, never a repaint.
 */
import type { CoverageModel } from '../domain/coverage';
import { cellIndexAt } from '../domain/grid/equal-area-grid';
import type { Clutter, Technology } from '../domain/model/types';
import { NO_SIGNAL_LEVEL, dbmFromLevel } from '../domain/coverage/tech-raster';
import { engineState } from './engine-state';

/** Sites listed in a reading: the serving one and the next two. */
export const SIGNAL_SITES = 3;

/** One site reaching the point. */
export interface SignalSite {
  siteId: string;
  name: string;
  carrier: string;
  levelDbm: number;
  /** Terrain diffraction loss included in the level, dB (0 on open ground or without an elevation layer). */
  terrainLossDb: number;
  /** The land cover's loss at the receiver included in the level, dB (0 without a land-cover layer). */
  clutterLossDb: number;
  /** The clutter class of the site's path-loss model. */
  clutter: Clutter;
  proposed: boolean;
}

/** Why there is no reading: the point is off the computed grid, or the technology (or anything) is not computed yet. */
export type NoSignalReason = 'outside' | 'not-computed';

export type SignalReading =
  | { inGrid: false; reason: NoSignalReason; tech: Technology; lon: number; lat: number }
  | {
    inGrid: true;
    tech: Technology;
    lon: number;
    lat: number;
    cell: number;
    /** The cell's best level as the raster stores it (0.01 dB), null where no site reaches. */
    cellLevelDbm: number | null;
    /** The technology's coverage threshold, dBm. */
    thresholdDbm: number;
    /** The cell counts as covered (raster level at or above the threshold). */
    covered: boolean;
    /** Best first, at most SIGNAL_SITES. */
    sites: SignalSite[];
    /** The terrain loss at the serving site's level, dB (0 when none or no site). */
    terrainLossDb: number;
  };

/** The reading of `model` at (lon, lat); pure, for the worker call and the tests. */
export function readSignal(model: CoverageModel | null, lon: number, lat: number, tech: Technology): SignalReading {
  if (!model || !model.techs.includes(tech)) return { inGrid: false, reason: 'not-computed', tech, lon, lat };
  const cell = Number.isFinite(lon) && Number.isFinite(lat) ? cellIndexAt(model.grid, lon, lat) : -1;
  if (cell < 0) return { inGrid: false, reason: 'outside', tech, lon, lat };
  const raster = model.raster(tech);
  const level = raster.levels[cell] ?? NO_SIGNAL_LEVEL;
  const sites: SignalSite[] = [];
  for (const s of model.cellSignals(tech, cell, SIGNAL_SITES)) {
    const known = model.siteModel(s.siteId);
    if (!known) continue;
    const { site, clutter } = known;
    sites.push({
      siteId: s.siteId, name: site.name, carrier: site.carrier, levelDbm: s.levelDbm, terrainLossDb: s.terrainLossDb, clutterLossDb: s.clutterLossDb, clutter, proposed: site.proposed,
    });
  }
  return {
    inGrid: true, tech, lon, lat, cell,
    cellLevelDbm: level > NO_SIGNAL_LEVEL ? dbmFromLevel(level) : null,
    thresholdDbm: raster.thresholdDbm,
    covered: level > NO_SIGNAL_LEVEL && level >= raster.threshold,
    sites,
    terrainLossDb: sites[0]?.terrainLossDb ?? 0,
  };
}

export const signalApi = {
  /** The signal at a point of the map in a technology, on the model as it is now (scenario edits included). */
  signalAt(lon: number, lat: number, tech: Technology): SignalReading {
    return readSignal(engineState.model, lon, lat, tech);
  },
};
