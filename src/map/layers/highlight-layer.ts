import { PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Highlight } from '../map-view';
import type { Village } from '../../domain/model/types';

const MAGENTA: [number, number, number, number] = [214, 0, 147, 255];

/** What a list asks to emphasise: its villages as rings, its cable packages as thick lines, its points labelled. */
export function highlightLayers(highlight: Highlight | null, villages: readonly Village[]) {
  if (!highlight) return [];
  const wanted = new Set(highlight.villageIds);
  const points = villages.filter((v) => wanted.has(v.id));
  return [
    new PathLayer<[number, number][]>({
      id: 'highlight-paths',
      data: highlight.paths,
      getPath: (p) => p,
      getColor: MAGENTA,
      getWidth: 6,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
    }),
    new ScatterplotLayer<Village>({
      id: 'highlight-villages',
      data: points,
      getPosition: (v) => [v.point[0], v.point[1]],
      getRadius: 9,
      radiusUnits: 'pixels',
      filled: false,
      stroked: true,
      getLineColor: MAGENTA,
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
    }),
    new ScatterplotLayer<Highlight['points'][number]>({
      id: 'highlight-points',
      data: highlight.points,
      getPosition: (p) => p.position,
      getRadius: 8,
      radiusUnits: 'pixels',
      getFillColor: [255, 255, 255, 255],
      stroked: true,
      getLineColor: MAGENTA,
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
    }),
    new TextLayer<Highlight['points'][number]>({
      id: 'highlight-labels',
      data: highlight.points,
      getPosition: (p) => p.position,
      getText: (p) => p.label,
      getSize: 13,
      getColor: MAGENTA,
      getPixelOffset: [0, -18],
      fontFamily: 'Noto Sans, sans-serif',
      characterSet: 'auto',
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 255],
      fontSettings: { sdf: true },
    }),
  ];
}
