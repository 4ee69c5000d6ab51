/** Classified land-cover GeoTIFFs built in the tests (no real land-cover data here). */
import { writeArrayBuffer } from 'geotiff';

export interface ClassTiffSpec {
  width: number;
  height: number;
  values: Uint8Array | Float32Array;
  /** Longitude and latitude of pixel (0, 0)'s north-west corner. */
  tie: [number, number];
  /** Pixel size in degrees. */
  pixelDeg: number;
  /** A geographic CRS code (4326 unless given). */
  epsg?: number;
  nodata?: string;
}

export function makeClassTiff(spec: ClassTiffSpec): Uint8Array {
  return new Uint8Array(writeArrayBuffer(spec.values, {
    width: spec.width, height: spec.height,
    ModelPixelScale: [spec.pixelDeg, spec.pixelDeg, 0], ModelTiepoint: [0, 0, 0, spec.tie[0], spec.tie[1], 0],
    GeographicTypeGeoKey: spec.epsg ?? 4326, GTModelTypeGeoKey: 2, GTRasterTypeGeoKey: 1,
    ...(spec.nodata === undefined ? {} : { GDAL_NODATA: spec.nodata }),
  }));
}
