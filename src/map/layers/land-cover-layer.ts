import { BitmapLayer } from '@deck.gl/layers';
import type { CoverageImage } from '../../domain/display/coverage-image';
import { toImageData } from './image-data';

/** The land-cover classes, under the coverage; nearest filtering keeps class edges sharp. */
export function landCoverLayer(image: CoverageImage | null, visible: boolean): BitmapLayer | null {
  if (!image) return null;
  return new BitmapLayer({
    id: 'land-cover',
    image: toImageData(image),
    bounds: image.bounds,
    visible,
    pickable: false,
    textureParameters: { minFilter: 'nearest', magFilter: 'nearest' },
  });
}
