import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import { warmUpLayers } from '../../src/map/layers/warm-up-layers';
import { coverageLayer } from '../../src/map/layers/coverage-layer';
import { unitHoverLayer, unitLabelsLayer, unitsLayer } from '../../src/map/layers/units-layer';
import { villagesLayer } from '../../src/map/layers/villages-layer';
import { roadsLayer } from '../../src/map/layers/roads-layer';
import { fibreLayer } from '../../src/map/layers/fibre-layer';
import { plannedSectorsLayer, sectorsLayer, sitesLayer } from '../../src/map/layers/sites-layer';

/** What decides a layer's shader program: its class and its extensions (a GeoJsonLayer draws with its sublayers). */
function programs(layer: Layer | null): string[] {
  if (!layer) throw new Error('no layer');
  const extensions = layer.props.extensions.map((e) => e.constructor.name).sort().join('+');
  const classes = layer instanceof GeoJsonLayer ? ['SolidPolygonLayer', 'PathLayer', 'ScatterplotLayer'] : [layer.constructor.name];
  return classes.map((c) => `${c}[${extensions}]`);
}

describe('warmUpLayers', () => {
  it('holds one hidden, empty layer of every program the map draws at start, so each compiles before the data comes', () => {
    const image = { width: 1, height: 1, rgba: new Uint8ClampedArray(4), bounds: [107, 12, 108, 13] as [number, number, number, number] };
    const start: Layer[] = [
      coverageLayer(image, true) as Layer,
      unitsLayer([], null, true),
      unitHoverLayer([], true),
      villagesLayer([], null, '4G', null, true),
      roadsLayer([], true, 9),
      fibreLayer([], null, true, 9),
      sectorsLayer([], true, 12),
      plannedSectorsLayer([], null, 50, true),
      sitesLayer([], 'carrier', null, true, 9),
      unitLabelsLayer([], true, 9),
    ];
    const warm = warmUpLayers();
    const warmed = new Set(warm.flatMap(programs));
    for (const layer of start) for (const p of programs(layer)) expect(warmed, `${layer.id} draws with ${p}`).toContain(p);
    expect(warm.every((l) => !l.props.visible && !l.props.pickable)).toBe(true);
    expect(new Set(warm.map((l) => l.id)).size).toBe(warm.length);
  });
});
