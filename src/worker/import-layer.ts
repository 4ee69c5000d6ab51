/**
 * Shapefile zips and KML/KMZ read in the coverage worker into one layer, with every issue, like GeoJSON. Zips are
 * inflated here, never on the main thread, within the limits of io/zip/read-zip-limited. Workers have no DOMParser, so
 * xmldom parses the KML.
 */
import type { LayerKind } from '../io/geojson';
import { readKmlOrKmzLayer, xmldomParseXml } from '../io/kml';
import { readShapefileLayer, type LayerRead } from '../io/shapefile';
import { engineState } from './engine-state';

export type LayerFormat = 'shapefile' | 'kml';

export const layerImportApi = {
  readLayerFile(bytes: Uint8Array, fileName: string, format: LayerFormat, kind?: LayerKind): LayerRead {
    const units = engineState.baseline?.units;
    return format === 'shapefile'
      ? readShapefileLayer(bytes, fileName, kind, units)
      : readKmlOrKmzLayer(bytes, fileName, kind, xmldomParseXml, units);
  },
};
