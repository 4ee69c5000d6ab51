export { CoverageModel, type CoverageModelOptions } from './coverage-model';
export { DEFAULT_COVERAGE_SETTINGS, measureThresholdDbm, techThresholdDbm, withMeasureThreshold, type CoverageSettings, type MeasureThresholdSettings } from './settings';
export { coveredCellCount, NO_SIGNAL_DBM, type PerTech, type TechRaster } from './tech-raster';
export { engineWarningKey, isRefusal, type EngineWarning, type EngineWarningCode } from './engine-warning';
export type { CoverageFigures, ProvinceTotals, SiteRef, UnitFigures, VillageFigures } from './figures-types';
export {
  projectLngLat, unprojectXY, createGrid, cellIndexAt, cellCentreXY, cellAreaKm2, type GridSpec,
} from '../grid/equal-area-grid';
