export { PAPER_MM, footerLines, layoutMapPage, pageSize, type Box, type FooterInfo, type MapPageLayout, type MapPageOptions, type Orientation, type PageSize, type Paper } from './page';
export { layoutTablePages, paginate, type TableLayout, type TablePage, type TablePagesOptions } from './table-pages';
export { EQUATOR_CIRCUMFERENCE_M, MAPLIBRE_TILE_SIZE, formatDistance, metresPerMm, metresPerPixel, niceScaleBar, representativeFraction, type ScaleBar } from './scale-bar';
export { atlasPlan, fitBBoxToAspect, mercatorLngLat, mercatorXY, zoomToFit, type AtlasOptions, type AtlasPage } from './atlas';
