import type { ReportingUnit } from '../../domain/model/types';
import { KML_FORMAT } from '../file-formats';
import { contentBytes, type FileType } from '../file-type';
import type { LayerKind } from '../geojson';
import type { LayerRead } from '../shapefile/features-layer';
import { readKmlOrKmzLayer, type ParseXml } from './read-kml';

export interface KmlReadOptions {
  kind?: LayerKind;
  units?: readonly ReportingUnit[];
  /** Workers have no DOMParser: they pass xmldom's. */
  parseXml?: ParseXml;
}

/** KML, or KMZ (its zipped form), read as one layer. */
export const kmlFile = {
  ...KML_FORMAT,
  read: (content, fileName, { kind, units, parseXml }) => readKmlOrKmzLayer(contentBytes(content), fileName, kind, parseXml, units),
} satisfies FileType<'kml', KmlReadOptions, LayerRead>;
