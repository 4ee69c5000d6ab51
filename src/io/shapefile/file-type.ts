import type { ReportingUnit } from '../../domain/model/types';
import { SHAPEFILE_ZIP_FORMAT } from '../file-formats';
import { contentBytes, type FileType } from '../file-type';
import type { LayerKind } from '../geojson';
import type { LayerRead } from './features-layer';
import { readShapefileLayer } from './read-shapefile-layer';

/** A zipped shapefile (.shp, .dbf, .prj) read as one layer; `units` place villages that lack a unit code. */
export const shapefileZipFile = {
  ...SHAPEFILE_ZIP_FORMAT,
  read: (content, fileName, { kind, units }) => readShapefileLayer(contentBytes(content), fileName, kind, units),
} satisfies FileType<'shapefile', { kind?: LayerKind; units?: readonly ReportingUnit[] }, LayerRead>;
