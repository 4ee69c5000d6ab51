import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import type { Feature, FeatureCollection } from 'geojson';
import type { AppState, Selection } from '../app/state';
import type { FibreRoute, Site } from '../domain/model/types';
import { BASEMAP_SOURCE, DISTRICTS_SOURCE, UNITS_SOURCE, offlineStyle } from './style';
import { coverageLayer } from './layers/coverage-layer';
import { unitFeatures, unitLabelsLayer, unitsLayer } from './layers/units-layer';
import { villagesLayer } from './layers/villages-layer';
import { sectorsLayer, sitesLayer } from './layers/sites-layer';
import { fibreLayer } from './layers/fibre-layer';

maplibregl.setWorkerUrl(workerUrl);

export type MapView = Pick<
  AppState,
  'dataset' | 'derived' | 'figures' | 'images' | 'layers' | 'coverageTech' | 'siteColour' | 'selection' | 'basemapUrl' | 'moveMode'
> & { sites: readonly Site[] };

export interface MapCallbacks {
  onSelect(selection: Selection): void;
  /** A site dragged in move mode, at each pointer move and on release. */
  onMoveSite(id: string, lon: number, lat: number): void;
}

/** Owns the maplibre map and the deck.gl overlay; React pushes state in with setView and never re-renders the map. */
export class MapController {
  private readonly map: maplibregl.Map;
  private readonly overlay: MapboxOverlay;
  private view: MapView | null = null;
  private shownUnits: unknown = null;
  private shownDistricts: unknown = null;
  private fitted = false;
  private styleReady = false;

  constructor(private readonly container: HTMLElement, private readonly callbacks: MapCallbacks) {
    this.map = new maplibregl.Map({
      container,
      style: offlineStyle(),
      center: [107.7, 12.2],
      zoom: 8,
      attributionControl: { compact: true, customAttribution: 'PhuSong' },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.overlay = new MapboxOverlay({ interleaved: false, layers: [], onClick: (info) => this.handleClick(info) });
    this.map.addControl(this.overlay);
    this.map.on('load', () => {
      this.styleReady = true;
      this.render();
    });
    this.map.on('zoomend', () => this.render());
    this.map.on('idle', () => container.setAttribute('data-map-idle', String(Date.now())));
    this.enableSiteDragging();
  }

  /**
   * In move mode, pressing on a site drags the site instead of panning the map. The drag follows the
   * pointer on the window, so releasing it over a panel or notice still ends it.
   */
  private enableSiteDragging(): void {
    this.map.on('mousedown', (e) => {
      if (!this.view?.moveMode || !this.view.layers.sites) return;
      const picked = this.overlay.pickObject({ x: e.point.x, y: e.point.y, radius: 4, layerIds: ['sites'] });
      const site = picked?.object as Site | undefined;
      if (!site) return;
      this.map.dragPan.disable();
      this.container.style.cursor = 'grabbing';
      const id = site.id;
      const toLngLat = (ev: MouseEvent) => {
        const rect = this.map.getCanvas().getBoundingClientRect();
        return this.map.unproject([ev.clientX - rect.left, ev.clientY - rect.top]);
      };
      const move = (ev: MouseEvent) => {
        const at = toLngLat(ev);
        this.callbacks.onMoveSite(id, at.lng, at.lat);
      };
      const up = (ev: MouseEvent) => {
        window.removeEventListener('mousemove', move);
        window.removeEventListener('mouseup', up);
        const at = toLngLat(ev);
        this.callbacks.onMoveSite(id, at.lng, at.lat);
        this.map.dragPan.enable();
        this.container.style.cursor = '';
      };
      window.addEventListener('mousemove', move);
      window.addEventListener('mouseup', up);
    });
  }

  setView(view: MapView): void {
    this.view = view;
    this.render();
  }

  destroy(): void {
    this.map.remove();
  }

  private handleClick(info: PickingInfo): void {
    const id = info.layer?.id;
    const object: unknown = info.object;
    if (!object) return this.callbacks.onSelect({ kind: 'none' });
    if (id === 'units') this.callbacks.onSelect({ kind: 'unit', code: String((object as Feature).properties?.code) });
    else if (id === 'villages') this.callbacks.onSelect({ kind: 'village', id: String((object as Feature).properties?.id) });
    else if (id === 'sites') this.callbacks.onSelect({ kind: 'site', id: (object as Site).id });
    else if (id === 'fibre') this.callbacks.onSelect({ kind: 'fibre', id: (object as FibreRoute).id });
  }

  private render(): void {
    const view = this.view;
    if (!view || !this.styleReady) return;
    this.syncBaseSources(view);
    this.syncBasemap(view);
    const zoom = this.map.getZoom();
    const { dataset, derived, layers, selection } = view;
    if (!dataset || !derived) return;
    const sel = (kind: Selection['kind']): string | null =>
      selection.kind === kind ? (selection.kind === 'unit' ? selection.code : 'id' in selection ? selection.id : null) : null;
    this.overlay.setProps({
      layers: [
        coverageLayer(view.images[view.coverageTech], layers.coverage),
        unitsLayer(dataset.units, sel('unit'), layers.units),
        villagesLayer(dataset.villages, view.figures?.villages ?? null, view.coverageTech, sel('village'), layers.villages),
        fibreLayer(dataset.fibre, sel('fibre'), layers.fibre),
        sectorsLayer(view.sites, layers.sectors, zoom),
        sitesLayer(view.sites, view.siteColour, sel('site'), layers.sites, zoom),
        unitLabelsLayer(derived, layers.labels, zoom),
      ],
    });
  }

  private syncBaseSources(view: MapView): void {
    const { dataset, derived } = view;
    if (!dataset || !derived) return;
    if (this.shownUnits !== dataset.units) {
      this.shownUnits = dataset.units;
      (this.map.getSource(UNITS_SOURCE) as maplibregl.GeoJSONSource | undefined)?.setData(unitFeatures(dataset.units));
      if (!this.fitted || dataset.units.length) this.fitToUnits(unitFeatures(dataset.units));
    }
    if (this.shownDistricts !== derived.districts) {
      this.shownDistricts = derived.districts;
      const fc: FeatureCollection = {
        type: 'FeatureCollection',
        features: derived.districts.map((d) => ({ type: 'Feature', geometry: d.geometry, properties: { name: d.key } })),
      };
      (this.map.getSource(DISTRICTS_SOURCE) as maplibregl.GeoJSONSource | undefined)?.setData(fc);
    }
  }

  private fitToUnits(fc: FeatureCollection): void {
    const bounds = new maplibregl.LngLatBounds();
    for (const f of fc.features) {
      const g = f.geometry;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const poly of polys) for (const p of poly[0] ?? []) bounds.extend([p[0] ?? 0, p[1] ?? 0]);
    }
    if (bounds.isEmpty()) return;
    this.fitted = true;
    this.map.fitBounds(bounds, { padding: 30, animate: false });
  }

  private syncBasemap(view: MapView): void {
    const wanted = view.layers.basemap && /^https:\/\//.test(view.basemapUrl) ? view.basemapUrl : null;
    const source = this.map.getSource(BASEMAP_SOURCE) as maplibregl.RasterTileSource | undefined;
    const current = source ? (source.tiles?.[0] ?? null) : null;
    if (current === wanted) return;
    this.map.setPaintProperty('units-fill', 'fill-opacity', wanted ? 0.3 : 1);
    if (this.map.getLayer('basemap')) this.map.removeLayer('basemap');
    if (source) this.map.removeSource(BASEMAP_SOURCE);
    if (!wanted) return;
    this.map.addSource(BASEMAP_SOURCE, { type: 'raster', tiles: [wanted], tileSize: 256, attribution: 'basemap: user URL' });
    this.map.addLayer({ id: 'basemap', type: 'raster', source: BASEMAP_SOURCE, paint: { 'raster-opacity': 0.9 } }, 'units-line');
  }
}
