import { BitmapLayer } from '@deck.gl/layers';
import type { CoverageImage } from '../../domain/display/coverage-image';
import { toImageData } from './image-data';

export function coverageLayer(image: CoverageImage | undefined, visible: boolean): BitmapLayer | null {
  if (!image) return null;
  return new BitmapLayer({
    id: 'coverage',
    image: toImageData(image),
    bounds: image.bounds,
    visible,
    opacity: 0.85,
    pickable: false,
    textureParameters: { minFilter: 'nearest', magFilter: 'nearest' },
  });
}
