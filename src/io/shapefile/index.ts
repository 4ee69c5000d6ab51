export { readShapefileLayer, readShapefileLayers } from './read-shapefile-layer';
export { readShapefileZip, type ShapefileFeatures } from './read-shapefile-zip';
export { prjProjection, vn2000Proj4FromWkt, type PrjProjection } from './prj-projection';
export { readFeaturesAsLayer, type LayerRead } from './features-layer';
