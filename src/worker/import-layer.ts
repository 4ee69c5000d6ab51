/**
 * Files read into one map layer in the coverage worker (GeoJSON, zipped shapefile, KML/KMZ), each by its FileType,
 * with every issue. Zips are inflated here, never on the main thread, within the limits of io/zip/read-zip-limited.
 * Workers have no DOMParser, so xmldom parses the KML.
 */
import type { LayerFileTypeId } from '../io/file-formats';
import type { FileContent } from '../io/file-type';
import type { LayerKind } from '../io/geojson';
import { geoJsonFile } from '../io/geojson/file-type';
import { kmlFile } from '../io/kml/file-type';
import { xmldomParseXml } from '../io/kml';
import type { LayerRead } from '../io/shapefile';
import { shapefileZipFile } from '../io/shapefile/file-type';
import { engineState } from './engine-state';

/** The layer files that go through the import dialog (GeoJSON only when it would replace a layer of real data). */
export type LayerFormat = LayerFileTypeId;

export const layerImportApi = {
  /** GeoJSON comes as the text the main thread decoded (kept there to re-read as another kind), the others as bytes. */
  readLayerFile(content: FileContent, fileName: string, type: LayerFileTypeId, kind?: LayerKind): LayerRead {
    const units = engineState.baseline?.units;
    switch (type) {
      case 'geojson':
        return geoJsonFile.read(content, fileName, { kind });
      case 'shapefile':
        return shapefileZipFile.read(content, fileName, { kind, units });
      case 'kml':
        return kmlFile.read(content, fileName, { kind, units, parseXml: xmldomParseXml });
    }
  },
};
