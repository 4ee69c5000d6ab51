import type { CoverageImage } from '../../domain/display/coverage-image';

const imageCache = new WeakMap<CoverageImage, ImageData>();

/** A worker-made image as ImageData for a deck.gl BitmapLayer, made once per image. */
export function toImageData(image: CoverageImage): ImageData {
  let data = imageCache.get(image);
  if (!data) {
    data = new ImageData(new Uint8ClampedArray(image.rgba), image.width, image.height);
    imageCache.set(image, data);
  }
  return data;
}
