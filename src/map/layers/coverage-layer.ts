import type { CoverageImage } from '../../domain/display/coverage-image';
import { RasterBitmapLayer } from './raster-bitmap-layer';

export function coverageLayer(image: CoverageImage | undefined, visible: boolean): RasterBitmapLayer | null {
  if (!image) return null;
  return new RasterBitmapLayer({ id: 'coverage', raster: image, bounds: image.bounds, visible, opacity: 0.85, pickable: false });
}
