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
