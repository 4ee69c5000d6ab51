/**
 * Which villages without 4G are in a terrain shadow: at the village's point, the best level with the terrain
 * term left out (open ground) against the level with it. Only villages without 4G are looked at, so this costs a
 * few site-index lookups per unserved village.
 */
import type { Village } from '../model/types';
import { cellIndexAt, type GridSpec } from '../grid/equal-area-grid';
import type { TerrainShadow, VillageFigures } from './figures-types';

export interface SignalAtCell { siteId: string; levelDbm: number; terrainLossDb: number }

export function withTerrainShadows(
  villages: readonly VillageFigures[], byId: ReadonlyMap<string, Village>, grid: GridSpec,
  signals: (cell: number) => SignalAtCell[],
): VillageFigures[] {
  return villages.map((f) => {
    if (f.covered['4G']) return f;
    const v = byId.get(f.id);
    const cell = v ? cellIndexAt(grid, v.point[0], v.point[1]) : -1;
    return { ...f, terrainShadow4g: cell < 0 ? null : shadowAt(signals(cell)) };
  });
}

function shadowAt(sigs: readonly SignalAtCell[]): TerrainShadow | null {
  let open: SignalAtCell | null = null;
  let best = -Infinity;
  for (const s of sigs) {
    if (!open || s.levelDbm + s.terrainLossDb > open.levelDbm + open.terrainLossDb) open = s;
    if (s.levelDbm > best) best = s.levelDbm;
  }
  if (!open) return null;
  const openGroundDbm = open.levelDbm + open.terrainLossDb;
  return { openGroundDbm, levelDbm: best, lossDb: openGroundDbm - best, siteId: open.siteId };
}
