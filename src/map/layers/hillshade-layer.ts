import { BitmapLayer } from '@deck.gl/layers';
import type { CoverageImage } from '../../domain/display/coverage-image';

const imageCache = new WeakMap<CoverageImage, ImageData>();

function toImageData(image: CoverageImage): ImageData {
  let data = imageCache.get(image);
  if (!data) {
    data = new ImageData(new Uint8ClampedArray(image.rgba), image.width, image.height);
    imageCache.set(image, data);
  }
  return data;
}

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
