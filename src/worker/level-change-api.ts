import { cellAreaKm2 } from '../domain/grid/equal-area-grid';
import type { Technology } from '../domain/model/types';
import { levelChange, type LevelChange } from '../domain/scenario/level-change';
import { engineState as engine } from './engine-state';

export const levelChangeApi = {
  /** How the active scenario changes best levels against the baseline build (null: the technology was not computed). */
  levelChange(tech: Technology): LevelChange | null {
    const { m, settings } = engine.requireModel();
    const before = engine.baselineLevels[tech];
    if (!before || !settings.techs.includes(tech)) return null;
    const raster = m.raster(tech);
    return levelChange(tech, before, raster.levels, raster.threshold, cellAreaKm2(m.grid));
  },
};
