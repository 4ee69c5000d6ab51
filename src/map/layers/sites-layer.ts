import { PathLayer, ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import { sectorWedges, type SectorWedge } from '../../domain/display/sector-wedges';
import { sectorHandles, type SectorHandle } from '../../domain/display/sector-handles';
import type { Site } from '../../domain/model/types';
import { mapColours, siteColourIn, type MapColours } from '../colours';

const WHITE: [number, number, number, number] = [255, 255, 255, 255];
const SELECTED: [number, number, number, number] = [20, 60, 200, 255];

const siteRadius = (s: Site, selectedId: string | null): number => (s.id === selectedId ? 7 : s.proposed ? 6 : 4);
/** How much larger sites are drawn at a zoom than at zoom 9–11 (discrete, so a zoom within a band changes nothing). */
export const siteRadiusScale = (zoom: number): number => (zoom >= 11 ? 1.4 : zoom >= 9 ? 1 : 0.75);

/** A site's drawn radius in CSS pixels at a zoom (what hit-testing measures against). */
export function siteRadiusPx(site: Site, selectedId: string | null, zoom: number): number {
  return siteRadius(site, selectedId) * siteRadiusScale(zoom);
}

/** The drawn radius of sector handles, CSS pixels. */
export const HANDLE_RADIUS_PX = 6;

/**
 * Existing sites are filled dots; proposed ones are white rings in their colour, so the two never look alike.
 * No layer here is pickable: the map hit-tests on the CPU (map/hit-tester.ts).
 */
export function sitesLayer(sites: readonly Site[], colourBy: 'carrier' | 'technology', selectedId: string | null, visible: boolean, zoom: number, colours: MapColours = mapColours()) {
  const siteColour = (s: Site, by: 'carrier' | 'technology') => siteColourIn(colours, s, by);
  return new ScatterplotLayer<Site>({
    id: 'sites',
    data: sites as Site[],
    visible,
    getPosition: (s) => [s.lon, s.lat],
    getRadius: (s) => siteRadius(s, selectedId),
    radiusUnits: 'pixels',
    radiusScale: siteRadiusScale(zoom),
    getFillColor: (s) => (s.proposed ? WHITE : siteColour(s, colourBy)),
    stroked: true,
    getLineColor: (s) => (s.id === selectedId ? SELECTED : s.proposed ? siteColour(s, colourBy) : WHITE),
    getLineWidth: (s) => (s.id === selectedId ? 2.5 : s.proposed ? 3 : 1),
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: [colourBy, colours], getRadius: selectedId, getLineColor: [selectedId, colourBy, colours], getLineWidth: selectedId },
  });
}

const wedgeCache = new WeakMap<readonly Site[], SectorWedge[]>();
const NO_WEDGES: SectorWedge[] = [];

function wedgesOf(sites: readonly Site[]): SectorWedge[] {
  let wedges = wedgeCache.get(sites);
  if (!wedges) {
    wedges = sectorWedges(sites.filter((s) => !s.proposed), 450);
    wedgeCache.set(sites, wedges);
  }
  return wedges;
}

/** Sector wedges of existing sites only make sense zoomed in; below this zoom they are hidden. */
export const SECTORS_FROM_ZOOM = 11;

export function sectorsLayer(sites: readonly Site[], visible: boolean, zoom: number, colours: MapColours = mapColours()) {
  // A hidden layer is still updated by deck.gl: it gets no data, so a drag or a large import zoomed out never
  // builds and tessellates every site's wedges.
  const shown = visible && zoom >= SECTORS_FROM_ZOOM;
  const carrierOf = new Map(shown ? sites.map((s) => [s.id, s.carrier]) : []);
  return new SolidPolygonLayer<SectorWedge>({
    id: 'sectors',
    data: shown ? wedgesOf(sites) : NO_WEDGES,
    visible: shown,
    getPolygon: (w) => w.polygon.map((p): [number, number] => [p[0], p[1]]),
    getFillColor: (w) => {
      const [r, g, b] = colours.carrier(carrierOf.get(w.siteId) ?? '');
      return [r, g, b, 90];
    },
    updateTriggers: { getFillColor: colours },
  });
}

const dashed = new PathStyleExtension({ dash: true });

/**
 * Sectors of proposed sites (and of the selected site) drawn as dashed outlines at a size fixed on screen,
 * `radiusM` being that size in metres at the current zoom.
 */
export function plannedSectorsLayer(sites: readonly Site[], selectedId: string | null, radiusM: number, visible: boolean, colours: MapColours = mapColours()) {
  const shown = sites.filter((s) => s.proposed || s.id === selectedId);
  const wedges = sectorWedges(shown, radiusM);
  const carrierOf = new Map(shown.map((s) => [s.id, s.carrier]));
  return new PathLayer<SectorWedge, { getDashArray: (w: SectorWedge) => [number, number]; dashJustified: boolean }>({
    id: 'planned-sectors',
    data: wedges,
    visible,
    getPath: (w) => w.polygon.map((p): [number, number] => [p[0], p[1]]),
    getColor: (w) => (w.siteId === selectedId ? SELECTED : colours.carrier(carrierOf.get(w.siteId) ?? '')),
    getWidth: 2,
    widthUnits: 'pixels',
    getDashArray: () => [5, 3],
    dashJustified: true,
    extensions: [dashed],
  });
}

/** Round handles at the sector tips of the selected site, dragged to rotate a sector. */
export function sectorHandlesLayer(site: Site | null, radiusM: number, visible: boolean) {
  return new ScatterplotLayer<SectorHandle>({
    id: 'sector-handles',
    data: site && visible ? sectorHandles(site, radiusM) : [],
    getPosition: (h) => [h.position[0], h.position[1]],
    getRadius: HANDLE_RADIUS_PX,
    radiusUnits: 'pixels',
    getFillColor: WHITE,
    stroked: true,
    getLineColor: SELECTED,
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
  });
}
