import type { CoverageImage } from '../../domain/display/coverage-image';
import { RasterBitmapLayer } from './raster-bitmap-layer';

/** The land-cover classes, under the coverage; nearest filtering keeps class edges sharp. */
export function landCoverLayer(image: CoverageImage | null, visible: boolean): RasterBitmapLayer | null {
  if (!image) return null;
  return new RasterBitmapLayer({ id: 'land-cover', raster: image, bounds: image.bounds, visible, pickable: false });
}
