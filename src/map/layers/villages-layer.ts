import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import type { VillageFigures } from '../../domain/coverage';
import type { Technology, Village } from '../../domain/model/types';
import type { ViewBox } from '../../domain/display/paths-for-view';
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

const boxes = new WeakMap<readonly Village[], Float64Array>();

/** Each village's [west, south, east, north], four numbers a village. */
function villageBoxes(villages: readonly Village[]): Float64Array {
  let out = boxes.get(villages);
  if (out) return out;
  out = new Float64Array(villages.length * 4);
  villages.forEach((v, i) => {
    const ring = v.geometry ? (v.geometry.type === 'Polygon' ? v.geometry.coordinates : v.geometry.coordinates.flat()).flat() : [v.point];
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of ring) {
      w = Math.min(w, p[0] ?? Infinity);
      e = Math.max(e, p[0] ?? -Infinity);
      s = Math.min(s, p[1] ?? Infinity);
      n = Math.max(n, p[1] ?? -Infinity);
    }
    out.set([w, s, e, n], i * 4);
  });
  boxes.set(villages, out);
  return out;
}

/**
 * The villages whose box meets `view` (a print map, drawn once per view): software WebGL pays for every village's
 * outline segments, on the page or not. The features keep their index into the full list, which the figures follow.
 */
let near: { villages: readonly Village[]; key: string; fc: FeatureCollection } | null = null;

function villagesNear(villages: readonly Village[], view: ViewBox): FeatureCollection {
  const key = view.join();
  if (near?.villages === villages && near.key === key) return near.fc;
  const all = villageFeatures(villages);
  const b = villageBoxes(villages);
  const [w, s, e, n] = view;
  const features = all.features.filter((_, i) => (b[i * 4] ?? 0) <= e && (b[i * 4 + 2] ?? 0) >= w && (b[i * 4 + 1] ?? 0) <= n && (b[i * 4 + 3] ?? 0) >= s);
  near = { villages, key, fc: { type: 'FeatureCollection', features } };
  return near.fc;
}

/** Village outlines, filled green when covered by the shown technology and red when not; `view`: only those near it. */
export function villagesLayer(
  villages: readonly Village[],
  figures: readonly VillageFigures[] | null,
  tech: Technology,
  selectedId: string | null,
  visible: boolean,
  colours: MapColours = mapColours(),
  view?: ViewBox,
): GeoJsonLayer {
  const coveredOf = (f: Feature): boolean | null => {
    const index = f.properties?.index;
    const fig = typeof index === 'number' ? figures?.[index] : undefined;
    return fig ? fig.covered[tech] : null;
  };
  return new GeoJsonLayer({
    id: 'villages',
    data: view ? villagesNear(villages, view) : villageFeatures(villages),
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
