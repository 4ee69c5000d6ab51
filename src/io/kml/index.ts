export { readKmlLayer, readKmzLayer, readKmlOrKmzLayer, kmlFeatures, type KmlDocument, type ParseXml } from './read-kml';
export { xmldomParseXml } from './xmldom-parse';
