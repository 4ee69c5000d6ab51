import type { CoverageImage } from '../../domain/display/coverage-image';
import { RasterBitmapLayer } from './raster-bitmap-layer';

/** The elevation layer's hillshade, under the coverage (it is transparent on flat ground). */
export function hillshadeLayer(image: CoverageImage | null, visible: boolean): RasterBitmapLayer | null {
  if (!image) return null;
  return new RasterBitmapLayer({ id: 'hillshade', raster: image, bounds: image.bounds, visible, pickable: false, smooth: true });
}
