export { computeFtth, DEFAULT_FTTH_DISTANCE_M } from './compute-ftth';
export type { FtthResult, FtthUnitResult } from './compute-ftth';
export { FibreSegmentIndex } from './fibre-segment-index';
export type { NearestFibre } from './fibre-segment-index';
export { fibreKmInPolygon } from './fibre-length-in-polygon';
export type { FibreKm } from './fibre-length-in-polygon';
export { PolygonEdges } from './polygon-edges';
