export { sitesToCsv, unitsToCsv, villagesToCsv, SITE_CSV_HEADER } from './layers-csv';
export { unitsGeoJsonExport, villagesGeoJsonExport, geoJsonText } from './layer-geojson';
export { unitFigureProps, villageFigureProps, type FlatProps } from './figure-props';
export { encodeRgbaPng, gridRasterPng, webMercatorRasterPng, type RgbaImage, type GeoreferencedPng } from './raster-png';
export { worldFileText, gridPlacement, gridPrjWkt, gridProj4, webMercatorPlacement, toWebMercator, WEB_MERCATOR_PRJ, type RasterPlacement } from './world-file';
export { withPngResolution, pngResolutionDpi } from './png-resolution';
