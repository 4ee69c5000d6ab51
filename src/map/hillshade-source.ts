import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CoverageImage } from '../domain/display/coverage-image';

export const HILLSHADE_LAYER = 'hillshade';
const SOURCE = 'hillshade';

/**
 * The elevation layer's hillshade drawn by the base map, under the boundary lines, not by the deck.gl overlay: a
 * site drag redraws only the overlay, and with software WebGL a full-view smoothed texture costs each of its frames
 * about 15 ms. The image (rows evenly spaced in Web Mercator) goes in a canvas source placed by its four corners,
 * which the map also draws Mercator-linear.
 */
export class HillshadeOnMap {
  private shown: CoverageImage | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /** `below`: the layer it is drawn under (the boundary lines), or undefined for the top of the map's own layers. */
  sync(image: CoverageImage | null, visible: boolean, below: string | undefined): void {
    if (image !== this.shown) {
      if (this.map.getLayer(HILLSHADE_LAYER)) this.map.removeLayer(HILLSHADE_LAYER);
      if (this.map.getSource(SOURCE)) this.map.removeSource(SOURCE);
      this.shown = image;
      if (!image) return;
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      canvas.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(image.rgba), image.width, image.height), 0, 0);
      const [w, s, e, n] = image.bounds;
      this.map.addSource(SOURCE, { type: 'canvas', canvas, coordinates: [[w, n], [e, n], [e, s], [w, s]], animate: false });
      this.map.addLayer({ id: HILLSHADE_LAYER, type: 'raster', source: SOURCE, paint: { 'raster-resampling': 'linear', 'raster-fade-duration': 0 } }, below);
    }
    const visibility = visible ? 'visible' : 'none';
    if (image && this.map.getLayoutProperty(HILLSHADE_LAYER, 'visibility') !== visibility) this.map.setLayoutProperty(HILLSHADE_LAYER, 'visibility', visibility);
  }
}
