import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import type { VillageFigures } from '../../domain/coverage';
import type { Technology, Village } from '../../domain/model/types';
import { mapColours, type MapColours } from '../colours';

const cache = new WeakMap<readonly Village[], FeatureCollection>();

function villageFeatures(villages: readonly Village[]): FeatureCollection {
  let fc = cache.get(villages);
  if (!fc) {
    const features: Feature[] = villages.map((v, index) => ({
      type: 'Feature',
      geometry: v.geometry ?? { type: 'Point', coordinates: [v.point[0], v.point[1]] },
      properties: { id: v.id, index },
    }));
    fc = { type: 'FeatureCollection', features };
    cache.set(villages, fc);
  }
  return fc;
}

/** Village outlines, filled green when covered by the shown technology and red when not. */
export function villagesLayer(
  villages: readonly Village[],
  figures: readonly VillageFigures[] | null,
  tech: Technology,
  selectedId: string | null,
  visible: boolean,
  colours: MapColours = mapColours(),
): GeoJsonLayer {
  const coveredOf = (f: Feature): boolean | null => {
    const index = f.properties?.index;
    const fig = typeof index === 'number' ? figures?.[index] : undefined;
    return fig ? fig.covered[tech] : null;
  };
  return new GeoJsonLayer({
    id: 'villages',
    data: villageFeatures(villages),
    visible,
    filled: true,
    stroked: true,
    getFillColor: (f: Feature) => {
      const c = coveredOf(f);
      return c === null ? colours.village.unknown : c ? colours.village.covered : colours.village.uncovered;
    },
    getLineColor: (f: Feature) => (f.properties?.id === selectedId ? [20, 60, 200, 255] : [90, 90, 90, 160]),
    getLineWidth: (f: Feature) => (f.properties?.id === selectedId ? 3 : 0.8),
    lineWidthUnits: 'pixels',
    pointType: 'circle',
    getPointRadius: 4,
    pointRadiusUnits: 'pixels',
    updateTriggers: { getFillColor: [figures, tech, colours], getLineColor: selectedId, getLineWidth: selectedId },
  });
}
