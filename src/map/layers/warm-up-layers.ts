import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import { RasterBitmapLayer } from './raster-bitmap-layer';
import { unitLabelsLayer } from './units-layer';

/**
 * One empty layer of every shader program the map draws at start (coverage bitmap; commune and village fills, roads
 * and fibre, all polygons; outlines and dashed sector outlines; site dots; commune labels). With software WebGL each
 * program takes the GPU process 0.1–0.5 s to compile, and deck.gl compiles a layer's program when the layer is first
 * updated: added as soon as the map's style is up, they compile while the worker computes the first coverage, not
 * after it. They stay in the layer list so deck.gl's pipeline cache keeps the programs for the real layers.
 */
export function warmUpLayers(): Layer[] {
  const hidden = { visible: false, pickable: false } as const;
  return [
    new RasterBitmapLayer({ ...hidden, id: 'warm-up-bitmap', raster: null, bounds: [0, 0, 1, 1] }),
    new SolidPolygonLayer({ ...hidden, id: 'warm-up-polygons', data: [] }),
    new PathLayer({ ...hidden, id: 'warm-up-paths', data: [] }),
    new PathLayer({ ...hidden, id: 'warm-up-dashed-paths', data: [], extensions: [new PathStyleExtension({ dash: true })] }),
    new ScatterplotLayer({ ...hidden, id: 'warm-up-dots', data: [] }),
    unitLabelsLayer([], false, 9, 'warm-up-labels'),
  ];
}
