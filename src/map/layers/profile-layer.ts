import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { ProfileOverlay } from '../map-view';

const LINE: [number, number, number, number] = [20, 20, 20, 230];
const END: [number, number, number, number] = [255, 255, 255, 255];
const EDGE: [number, number, number, number] = [220, 38, 38, 255];

interface Mark {
  position: [number, number];
  edge: boolean;
}

/** The terrain profile's path (its start alone until the end is picked) and its dominant edge. */
export function profileLayers(profile: ProfileOverlay | null) {
  if (!profile) return [];
  const { from, to, edge } = profile;
  const marks: Mark[] = [{ position: from, edge: false }];
  if (to) marks.push({ position: to, edge: false });
  if (edge) marks.push({ position: edge, edge: true });
  return [
    new LineLayer<{ from: [number, number]; to: [number, number] }>({
      id: 'profile-path',
      data: to ? [{ from, to }] : [],
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getColor: LINE,
      getWidth: 3,
      widthUnits: 'pixels',
    }),
    new ScatterplotLayer<Mark>({
      id: 'profile-marks',
      data: marks,
      getPosition: (m) => m.position,
      getRadius: (m) => (m.edge ? 6 : 7),
      radiusUnits: 'pixels',
      getFillColor: (m) => (m.edge ? EDGE : END),
      stroked: true,
      getLineColor: LINE,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      updateTriggers: { getFillColor: [edge?.[0], edge?.[1]] },
    }),
  ];
}
