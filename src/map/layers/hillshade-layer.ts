import { BitmapLayer } from '@deck.gl/layers';
import type { CoverageImage } from '../../domain/display/coverage-image';
import { toImageData } from './image-data';

/** The elevation layer's hillshade, under the coverage (it is transparent on flat ground). */
export function hillshadeLayer(image: CoverageImage | null, visible: boolean): BitmapLayer | null {
  if (!image) return null;
  return new BitmapLayer({
    id: 'hillshade',
    image: toImageData(image),
    bounds: image.bounds,
    visible,
    pickable: false,
    textureParameters: { minFilter: 'linear', magFilter: 'linear' },
  });
}
