import { ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { sectorWedges, type SectorWedge } from '../../domain/display/sector-wedges';
import type { Site } from '../../domain/model/types';
import { carrierColour, siteColour } from '../colours';

export function sitesLayer(sites: readonly Site[], colourBy: 'carrier' | 'technology', selectedId: string | null, visible: boolean, zoom: number) {
  return new ScatterplotLayer<Site>({
    id: 'sites',
    data: sites as Site[],
    visible,
    pickable: true,
    getPosition: (s) => [s.lon, s.lat],
    getRadius: (s) => (s.id === selectedId ? 7 : 4),
    radiusUnits: 'pixels',
    radiusScale: zoom >= 11 ? 1.4 : zoom >= 9 ? 1 : 0.75,
    getFillColor: (s) => siteColour(s, colourBy),
    stroked: true,
    getLineColor: (s) => (s.id === selectedId ? [20, 60, 200, 255] : [255, 255, 255, 255]),
    getLineWidth: (s) => (s.id === selectedId ? 2.5 : 1),
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: colourBy, getRadius: selectedId, getLineColor: selectedId, getLineWidth: selectedId },
  });
}

const wedgeCache = new WeakMap<readonly Site[], SectorWedge[]>();

/** Sector wedges only make sense zoomed in; below zoom 11 they are hidden. */
export function sectorsLayer(sites: readonly Site[], visible: boolean, zoom: number) {
  let wedges = wedgeCache.get(sites);
  if (!wedges) {
    wedges = sectorWedges(sites, 450);
    wedgeCache.set(sites, wedges);
  }
  const carrierOf = new Map(sites.map((s) => [s.id, s.carrier]));
  return new SolidPolygonLayer<SectorWedge>({
    id: 'sectors',
    data: wedges,
    visible: visible && zoom >= 11,
    pickable: false,
    getPolygon: (w) => w.polygon.map((p): [number, number] => [p[0], p[1]]),
    getFillColor: (w) => {
      const [r, g, b] = carrierColour(carrierOf.get(w.siteId) ?? '');
      return [r, g, b, 90];
    },
  });
}
