export type { Polygon } from 'geojson';
export type { Dataset, ReportingUnit, Site, Technology, Village } from '../../../src/domain/model/types';
