/**
 * How a scenario changes received levels where it does not change the covered area: a site added inside covered
 * land raises levels and takes over as best server there, and the figures (covered cells, villages) stay the same.
 */
import { LEVELS_PER_DB, NO_SIGNAL_LEVEL } from '../coverage/tech-raster';
import type { Technology } from '../model/types';

export interface LevelChange {
  tech: Technology;
  /** Area where the best level rose by at least `stepDb`, km². */
  strongerKm2: number;
  /** Of it, area already covered before: there a new or edited site of the scenario became the best server. */
  strongerCoveredKm2: number;
  /** Mean rise over the stronger cells that had a signal before, dB (0 when none had). */
  meanGainDb: number;
  /** Area where the best level fell by at least `stepDb`, km². */
  weakerKm2: number;
  /** Mean fall over the weaker cells that keep a signal, dB (0 when none does). */
  meanLossDb: number;
  stepDb: number;
}

/**
 * Compares two best-level rasters of one grid (stored levels, see tech-raster.ts). Cells from or to no signal count
 * as stronger or weaker but stay out of the means, whose ±200 dB jumps would say nothing.
 */
export function levelChange(
  tech: Technology, before: Int16Array, after: Int16Array, threshold: number, cellKm2: number, stepDb = 1,
): LevelChange {
  if (before.length !== after.length) throw new Error(`level rasters differ in size: ${before.length} and ${after.length} cells`);
  const step = stepDb * LEVELS_PER_DB;
  let stronger = 0, strongerCovered = 0, gained = 0, gainedCells = 0;
  let weaker = 0, lost = 0, lostCells = 0;
  for (let i = 0; i < after.length; i++) {
    const was = before[i] as number;
    const now = after[i] as number;
    const d = now - was;
    if (d >= step) {
      stronger++;
      if (was >= threshold) strongerCovered++;
      if (was > NO_SIGNAL_LEVEL) {
        gained += d;
        gainedCells++;
      }
    } else if (d <= -step) {
      weaker++;
      if (now > NO_SIGNAL_LEVEL) {
        lost -= d;
        lostCells++;
      }
    }
  }
  return {
    tech,
    strongerKm2: stronger * cellKm2,
    strongerCoveredKm2: strongerCovered * cellKm2,
    meanGainDb: gainedCells ? gained / gainedCells / LEVELS_PER_DB : 0,
    weakerKm2: weaker * cellKm2,
    meanLossDb: lostCells ? lost / lostCells / LEVELS_PER_DB : 0,
    stepDb,
  };
}

export const isLevelChangeEmpty = (c: LevelChange): boolean => c.strongerKm2 === 0 && c.weakerKm2 === 0;
