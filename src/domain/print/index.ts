export { MAX_TITLE_LINES, PAPER_MM, layoutMapPage, pageSize, type Box, type MapPageLayout, type MapPageOptions, type Orientation, type PageSize, type Paper } from './page';
export { layoutTablePages, paginate, type TableLayout, type TablePage, type TablePagesOptions } from './table-pages';
export { EQUATOR_CIRCUMFERENCE_M, MAPLIBRE_TILE_SIZE, formatDistance, metresPerMm, metresPerPixel, niceScaleBar, representativeFraction, type ScaleBar } from './scale-bar';
export { atlasPlan, fitBBoxToAspect, mercatorLngLat, mercatorXY, zoomToFit, type AtlasOptions, type AtlasPage } from './atlas';
export { PROVINCE_PAD, UNIT_PAD, printExtentBBox, type PrintExtent } from './extent';
export { lngLatToBox, outlineOnMap, type PagePoint } from './map-projection';
export { factsLayout, type FactRowLayout, type FactsLayout } from './facts-layout';
export { GEQ, geqGlyph, legendLayout, splitAtGeq, type LegendEntryLayout, type LegendLayout } from './legend-layout';
export { fitLines, lineHeightMm, linesNeeded, wrapWords, type FittedText, type TextWidth } from './wrap-text';
