/** Shapefile zips and KML/KMZ read in the coverage worker into one layer, with every issue, like GeoJSON. */
import { DOMParser } from '@xmldom/xmldom';
import type { LayerKind } from '../io/geojson';
import { readKmlOrKmzLayer, type ParseXml } from '../io/kml';
import { readShapefileLayer, type LayerRead } from '../io/shapefile';
import { engineState } from './engine-state';

export type LayerFormat = 'shapefile' | 'kml';

/** Workers have no DOMParser; xmldom parses the KML here. Its fatal errors become the reader's "cannot be read". */
const parseXml: ParseXml = (text) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');

export const layerImportApi = {
  readLayerFile(bytes: Uint8Array, fileName: string, format: LayerFormat, kind?: LayerKind): LayerRead {
    const units = engineState.baseline?.units;
    return format === 'shapefile'
      ? readShapefileLayer(bytes, fileName, kind, units)
      : readKmlOrKmzLayer(bytes, fileName, kind, parseXml, units);
  },
};
