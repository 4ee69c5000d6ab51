/** Elevation files built in the tests (no real DEM data here): SRTM .hgt bytes and small GeoTIFFs. */
import { writeArrayBuffer } from 'geotiff';
import { createGrid, unprojectXY, type BBox, type GridSpec } from '../../../src/domain/grid/equal-area-grid';

/** A .hgt of `side`² samples for the tile whose south-west corner is (lon, lat); `height` null makes a void. */
export function makeHgt(side: number, lon: number, lat: number, height: (lon: number, lat: number) => number | null): Uint8Array {
  const bytes = new Uint8Array(side * side * 2);
  const view = new DataView(bytes.buffer);
  const step = 1 / (side - 1);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const h = height(lon + c * step, lat + 1 - r * step);
      view.setInt16((r * side + c) * 2, h === null ? -32768 : Math.round(h), false);
    }
  }
  return bytes;
}

export interface TiffSpec {
  width: number;
  height: number;
  values: Int16Array | Float32Array;
  /** CRS coordinates of the raster's tie point (pixel (0, 0)'s corner, or its centre when pixelIsPoint). */
  tie: [number, number];
  scale: [number, number];
  epsg: number;
  projected: boolean;
  nodata?: string;
  pixelIsPoint?: boolean;
}

/**
 * geotiff's writer has no Int16Array branch (it writes zeros), so int16 samples go in as the same bits in a
 * Uint16Array with SampleFormat 2 (signed).
 */
export function makeGeoTiff(spec: TiffSpec): Uint8Array {
  const signed = spec.values instanceof Int16Array;
  const data = signed ? new Uint16Array(spec.values.buffer, spec.values.byteOffset, spec.values.length) : spec.values;
  const buffer = writeArrayBuffer(data, {
    width: spec.width,
    height: spec.height,
    ModelPixelScale: [spec.scale[0], spec.scale[1], 0],
    ModelTiepoint: [0, 0, 0, spec.tie[0], spec.tie[1], 0],
    ...(signed ? { SampleFormat: [2] } : {}),
    ...(spec.projected ? { ProjectedCSTypeGeoKey: spec.epsg, GTModelTypeGeoKey: 1 } : { GeographicTypeGeoKey: spec.epsg, GTModelTypeGeoKey: 2 }),
    GTRasterTypeGeoKey: spec.pixelIsPoint ? 2 : 1,
    ...(spec.nodata === undefined ? {} : { GDAL_NODATA: spec.nodata }),
  });
  return new Uint8Array(buffer);
}

/** A grid over `bbox` and its cells' centres in lon/lat. */
export function gridWithCentres(bbox: BBox, cellM: number): { grid: GridSpec; centre: (i: number) => [number, number] } {
  const grid = createGrid(bbox, cellM);
  const centre = (i: number): [number, number] => {
    const row = Math.floor(i / grid.nx);
    const col = i - row * grid.nx;
    return unprojectXY(grid, grid.x0 + (col + 0.5) * cellM, grid.y0 - (row + 0.5) * cellM);
  };
  return { grid, centre };
}
