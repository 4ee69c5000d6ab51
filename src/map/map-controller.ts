import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { FeatureCollection } from 'geojson';
import type { MapFocus, MapView, Selection } from './map-view';
import type { FibreRoute, LngLat, Road, Site } from '../domain/model/types';
import { DrawnPaths } from './drawn-paths';
import { roadsAtZoom } from '../domain/display/roads-at-zoom';
import { ribbonZoom } from '../domain/display/line-ribbons';
import { DRAW_ALL_UP_TO, sitesToDraw } from '../domain/display/thin-sites';
import { bearingDeg, metresPerPixel, sectorHandles } from '../domain/display/sector-handles';
import { hitAt, type HitScene, type MapHit } from './hit-tester';
import { BASEMAP_SOURCE, DISTRICTS_SOURCE, UNITS_SOURCE, offlineStyle } from './style';
import { mapColours } from './colours';
import { metresPerPixel as metresPerPixelAt, niceScaleBar } from '../domain/print/scale-bar';
import { coverageLayer } from './layers/coverage-layer';
import { HILLSHADE_LAYER, HillshadeOnMap } from './hillshade-source';
import { landCoverLayer } from './layers/land-cover-layer';
import { measurementLayers } from './layers/measurement-layer';
import { UNIT_LABELS_FROM_ZOOM, unitFeatures, unitHoverLayer, unitLabelSizePx, unitLabelsLayer, unitPolygons, unitsLayer } from './layers/units-layer';
import { LayerMemo } from './layer-memo';
import { DragFrameHold } from './drag-frame-hold';
import { placeScreenLabels, type ScreenLabel } from './screen-labels';
import { labelTextWidthPx } from './text-width';
import type { DerivedLayers } from '../worker/derived-layers';
import { warmUpLayers } from './layers/warm-up-layers';
import { villagesLayer } from './layers/villages-layer';
import { SECTORS_FROM_ZOOM, plannedSectorsLayer, sectorHandlesLayer, sectorsLayer, siteRadiusPx, siteRadiusScale, sitesLayer } from './layers/sites-layer';
import { fibreLayer } from './layers/fibre-layer';
import { roadsLayer } from './layers/roads-layer';
import { highlightLayers } from './layers/highlight-layer';
import { profileLayers } from './layers/profile-layer';
import { importPreviewLayers } from './layers/import-preview-layer';

maplibregl.setWorkerUrl(workerUrl);

export type { MapView } from './map-view';

export interface MapCallbacks {
  onSelect(selection: Selection): void;
  /** A dragged site at each pointer move; `gesture` is the same for one drag. */
  onMoveSite(id: string, lon: number, lat: number, gesture: string): void;
  onRotateSector(id: string, sector: number, azimuthDeg: number, gesture: string): void;
  /** A click on the map with the propose tool. */
  onPlaceSite(lon: number, lat: number): void;
  /** A click with the profile tool: on a site (its id) or on any point (null). */
  onProfilePoint(lon: number, lat: number, siteId: string | null): void;
  /** A drag ended (one undo step). */
  onGestureEnd(): void;
  /** The pointer over the map as lon/lat (no picking), null when it leaves the map. */
  onPointer?(at: { lon: number; lat: number } | null): void;
  /** A click on the map with the select or move tool, as lon/lat (after onSelect). */
  onPointClick?(lon: number, lat: number): void;
  /** The map stopped moving: its centre and zoom (to restore the view after a reload). */
  onViewChange?(lon: number, lat: number, zoom: number): void;
  /** How many of the sites the map draws at this view (fewer when tens of thousands are thinned), when it changes. */
  onSitesDrawn?(drawn: number, total: number): void;
}

/** How long the pointer rests on a commune before it is tinted, ms. */
export const HOVER_TINT_REST_MS = 120;
/** The longest a drag's frame waits for the moved site's coverage before the site is drawn alone, ms. */
const DRAG_HOLD_MS = 100;
/** On-screen length of planned sector wedges and the distance of their handles, CSS pixels. */
const HANDLE_PX = 56;
/** Slack of a propose-tool click on a site symbol, CSS pixels (antialiased edge). */
const ON_SYMBOL_PX = 1;
/** The most of the map's height the terrain profile panel may take, at the bottom (styles.css .profile-panel). */
const PANEL_SHARE = 0.62;
let gestureSeq = 0;
const NO_ROADS: Road[] = [];
const NO_LABELS: ScreenLabel[] = [];
const NO_SITES: Site[] = [];

/** What whenIdle reads of the overlay's deck.gl instance. */
interface DeckState {
  isInitialized: boolean;
  needsRedraw(opts: { clearRedrawFlags: boolean }): false | string;
  layerManager: { getLayers(): { isLoaded: boolean }[] } | null;
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
  /** The last focus acted on. */
  private focusSeq = -1;
  /** Index of the commune under the resting pointer (tinted), −1 for none. */
  private hoveredUnit = -1;
  private tintTimer: ReturnType<typeof setTimeout> | null = null;
  private dragging = false;
  private readonly dragHold = new DragFrameHold(DRAG_HOLD_MS, () => this.draw());
  private drawnImages: MapView['images'] | null = null;
  private readonly roadPaths = new DrawnPaths<Road>();
  private readonly fibrePaths = new DrawnPaths<FibreRoute>();
  /** The sites drawn for a site list at a view (see sitesToDraw). */
  private drawn: { sites: readonly Site[]; key: string; out: readonly Site[] } | null = null;

  private readonly loaded: Promise<void>;
  private readonly warmUp = warmUpLayers();
  private readonly layerMemo = new LayerMemo();
  private readonly hillshade: HillshadeOnMap;
  /** A print map: draws each view once, so it draws only the villages near it. */
  private readonly print: boolean;

  /**
   * `options.print` makes a non-interactive map for printing: no controls, no fade, one canvas pixel per CSS pixel
   * (deck.gl's canvas too), so `canvasDataUrl()` can stack the two canvases into one image.
   */
  constructor(private readonly container: HTMLElement, private readonly callbacks: MapCallbacks, options: { print?: boolean } = {}) {
    const print = options.print ?? false;
    this.print = print;
    this.map = new maplibregl.Map({
      container,
      style: offlineStyle({ outlines: !print }),
      center: [107.7, 12.2],
      zoom: 8,
      attributionControl: print ? false : { compact: true, customAttribution: 'PhuSong' },
      canvasContextAttributes: { preserveDrawingBuffer: true },
      ...(print ? { interactive: false, pixelRatio: 1, fadeDuration: 0 } : {}),
    });
    this.hillshade = new HillshadeOnMap(this.map);
    this.measureCanvas();
    if (!print) {
      this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
      this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    }
    // No deck layer is pickable, so deck.gl never runs a GPU picking pass: clicks and hover are hit-tested on the CPU.
    // No MSAA on either: software GL pays for it on every pixel, and the print page draws its lines as vectors.
    this.overlay = new MapboxOverlay({ interleaved: false, layers: [], deviceProps: { webgl: { antialias: false } }, ...(print ? { useDevicePixels: false } : {}) });
    this.map.addControl(this.overlay);
    this.loaded = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.map.on('load', () => {
      this.styleReady = true;
      this.render();
    });
    this.map.on('resize', () => this.measureCanvas());
    this.map.on('zoomend', () => this.render());
    this.map.on('moveend', () => {
      this.render();
      const c = this.map.getCenter();
      this.callbacks.onViewChange?.(c.lng, c.lat, this.map.getZoom());
    });
    this.map.on('idle', () => {
      // The view's [west, south, east, north] for end-to-end tests that click at a place (a north-up map).
      const b = this.map.getBounds();
      container.setAttribute('data-bounds', [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].join(','));
      container.setAttribute('data-map-idle', String(Date.now()));
    });
    if (print) return;
    this.enableSiteDragging();
    this.map.on('click', (e) => this.handleClick(e.point.x, e.point.y, e.lngLat));
    this.map.on('mousemove', (e) => this.hover(e.point.x, e.point.y, e.originalEvent.buttons !== 0));
    this.map.on('mouseout', () => this.showHover({ kind: 'none' }));
    if (callbacks.onPointer) {
      const report = callbacks.onPointer.bind(callbacks);
      this.map.on('mousemove', (e) => report({ lon: e.lngLat.lng, lat: e.lngLat.lat }));
      this.map.on('mouseout', () => report(null));
    }
  }

  /** Every site up to a few thousand; beyond, those near the view, thinned below street zooms (sitesToDraw). */
  private drawnSites(view: MapView): readonly Site[] {
    if (view.sites.length <= DRAW_ALL_UP_TO) return this.reportDrawn(view.sites, view.sites.length);
    const zoom = Math.floor(this.map.getZoom() * 2) / 2;
    const b = this.map.getBounds();
    const box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as const;
    const selected = view.selection.kind === 'site' ? view.selection.id : null;
    const key = `${zoom}|${box.join()}|${selected ?? ''}`;
    if (this.drawn?.sites !== view.sites || this.drawn.key !== key) {
      this.drawn = { sites: view.sites, key, out: sitesToDraw(view.sites, zoom, box, (s) => s.proposed || s.id === selected) };
    }
    return this.reportDrawn(this.drawn.out, view.sites.length);
  }

  private lastDrawnReport = '';
  /**
   * The map canvas's CSS size, read when maplibre resizes it: reading it at each render forced a layout of the whole
   * page whenever a panel had just changed (about 16 ms a drag move with the commune table).
   */
  private canvasSize: readonly [number, number] = [0, 0];

  private measureCanvas(): void {
    const canvas = this.map.getCanvas();
    this.canvasSize = [canvas.clientWidth, canvas.clientHeight];
  }

  /** The commune labels placed for a view (see placedLabels). */
  private labelsPlaced: { key: string; labels: readonly DerivedLayers['labels'][number][]; sites: readonly Site[]; out: ScreenLabel[] } | null = null;

  /**
   * Commune names that fit this view without covering one another or a drawn site, placed again when the view,
   * the sites or the selection change (CPU work on a few hundred boxes; the GPU draws only what was kept).
   */
  private placedLabels(view: MapView, labels: DerivedLayers['labels'], zoom: number): readonly ScreenLabel[] {
    if (!view.layers.labels || zoom < UNIT_LABELS_FROM_ZOOM) return NO_LABELS;
    const sites = view.layers.sites ? this.drawnSites(view) : NO_SITES;
    const [widthPx, heightPx] = this.canvasSize;
    const b = this.map.getBounds();
    const selected = view.selection.kind === 'site' ? view.selection.id : null;
    const key = `${zoom}|${b.getWest()},${b.getNorth()}|${widthPx}x${heightPx}|${selected ?? ''}`;
    const held = this.labelsPlaced;
    // While a site is dragged the names stay where they are (placing them again at every move costs the drag a
    // projection of every site); the first render after the drag places them against the site's new position.
    if (held && held.key === key && held.labels === labels && (held.sites === sites || this.dragging)) return held.out;
    const project = (p: readonly [number, number]) => this.map.project([p[0], p[1]]);
    const symbols = sites.map((s) => ({ ...project([s.lon, s.lat]), r: siteRadiusPx(s, selected, zoom) + 1 }));
    const out = placeScreenLabels(labels, symbols, {
      project, unproject: (p) => this.map.unproject([p[0], p[1]]), widthPx, heightPx,
    }, unitLabelSizePx(zoom), labelTextWidthPx);
    this.labelsPlaced = { key, labels, sites, out };
    return out;
  }

  private reportDrawn(out: readonly Site[], total: number): readonly Site[] {
    const report = `${out.length}/${total}`;
    if (report !== this.lastDrawnReport) {
      this.lastDrawnReport = report;
      this.container.dataset.sitesDrawn = report;
      queueMicrotask(() => this.callbacks.onSitesDrawn?.(out.length, total));
    }
    return out;
  }

  private handleM(): number {
    return HANDLE_PX * metresPerPixel(this.map.getZoom(), this.map.getCenter().lat);
  }

  /** What is drawn and can be hit now: hidden layers are left out, handles only on a site that can be rotated. */
  private scene(view: MapView): HitScene {
    const { layers, dataset } = view;
    const selectedId = view.selection.kind === 'site' ? view.selection.id : null;
    const selected = selectedId === null ? null : (view.sites.find((s) => s.id === selectedId) ?? null);
    const rotatable = selected !== null && layers.sites && (selected.proposed || view.tool === 'move');
    return {
      handles: rotatable ? sectorHandles(selected, this.handleM()) : [],
      sites: layers.sites ? this.drawnSites(view) : null,
      selectedSiteId: selectedId,
      fibre: layers.fibre ? (dataset?.fibre ?? null) : null,
      villages: layers.villages ? (dataset?.villages ?? null) : null,
      units: layers.units ? (dataset?.units ?? null) : null,
    };
  }

  private hitAt(x: number, y: number, slackPx?: number): MapHit {
    const view = this.view;
    if (!view) return { kind: 'none' };
    const projection = {
      project: (p: LngLat) => this.map.project([p[0], p[1]]),
      unproject: (p: [number, number]) => this.map.unproject(p),
      zoom: this.map.getZoom(),
    };
    return hitAt(projection, this.scene(view), x, y, slackPx);
  }

  /** Whether pressing on `hit` starts a drag (a handle; a proposed site, the propose tool too; any site with the move tool). */
  private draggable(hit: MapHit, view: MapView): boolean {
    if (view.tool === 'profile') return false;
    return hit.kind === 'handle' || (hit.kind === 'site' && (hit.site.proposed || view.tool === 'move'));
  }

  private hover(x: number, y: number, buttonDown: boolean): void {
    if (this.dragging || buttonDown) return;
    this.showHover(this.hitAt(x, y));
  }

  /** The cursor tells what a press would do; the commune under the pointer is tinted. */
  private showHover(hit: MapHit): void {
    const view = this.view;
    const state = !view || hit.kind === 'none' ? '' : this.draggable(hit, view) ? 'grab' : hit.kind === 'unit' ? '' : 'pointer';
    if (this.container.dataset.hover !== state) this.container.dataset.hover = state;
    const unit = hit.kind === 'unit' ? hit.index : -1;
    if (this.tintTimer !== null) clearTimeout(this.tintTimer);
    this.tintTimer = null;
    if (unit === this.hoveredUnit) return;
    // The tint waits for the pointer to rest: each change redraws the whole overlay (about 20 ms of main thread
    // with software GL), which a sweep across the province would pay at every commune it crosses.
    this.tintTimer = setTimeout(() => {
      this.tintTimer = null;
      this.hoveredUnit = unit;
      this.render();
    }, HOVER_TINT_REST_MS);
  }

  /**
   * Pressing on a sector handle rotates that sector; on a proposed site (or any site with the move tool) drags it.
   * The drag follows the pointer on the window, so releasing it over a panel or notice still ends it.
   */
  private enableSiteDragging(): void {
    this.map.on('mousedown', (e) => {
      const view = this.view;
      if (!view || e.originalEvent.button !== 0) return;
      const hit = this.hitAt(e.point.x, e.point.y);
      if (!this.draggable(hit, view)) return;
      const gesture = String(++gestureSeq);
      let onMove: (at: maplibregl.LngLat) => void;
      if (hit.kind === 'handle') {
        const { handle } = hit;
        const site = view.sites.find((x) => x.id === handle.siteId);
        if (!site) return;
        onMove = (at) => this.callbacks.onRotateSector(site.id, handle.sectorIndex, bearingDeg([site.lon, site.lat], [at.lng, at.lat]), gesture);
      } else if (hit.kind === 'site') {
        const { site } = hit;
        onMove = (at) => this.callbacks.onMoveSite(site.id, at.lng, at.lat, gesture);
      } else return;
      this.dragging = true;
      this.map.dragPan.disable();
      this.container.style.cursor = 'grabbing';
      // Read once: the map does not move during the drag, and reading it at every move forced a layout of the page
      // the last result had just changed (the delta panel).
      const rect = this.map.getCanvas().getBoundingClientRect();
      const toLngLat = (ev: MouseEvent) => this.map.unproject([ev.clientX - rect.left, ev.clientY - rect.top]);
      let moved = false;
      const move = (ev: MouseEvent) => {
        moved = true;
        onMove(toLngLat(ev));
      };
      const up = (ev: MouseEvent) => {
        window.removeEventListener('mousemove', move);
        window.removeEventListener('mouseup', up);
        if (moved) onMove(toLngLat(ev));
        this.callbacks.onGestureEnd();
        this.map.dragPan.enable();
        this.dragging = false;
        this.container.style.cursor = '';
        this.render();
      };
      window.addEventListener('mousemove', move);
      window.addEventListener('mouseup', up);
    });
  }

  setView(view: MapView): void {
    const before = this.view?.profile ?? null;
    this.view = view;
    this.render();
    const now = view.profile ?? null;
    if (now?.to && (before?.to?.[0] !== now.to[0] || before.to[1] !== now.to[1] || before.from[0] !== now.from[0] || before.from[1] !== now.from[1])) {
      this.showProfilePath(now.from, now.to);
    }
  }

  /**
   * A new profile path is brought into the part of the map its panel leaves free (the panel takes up to PANEL_SHARE
   * of the map's height at the bottom), never zooming in.
   */
  private showProfilePath(from: [number, number], to: [number, number]): void {
    if (!this.styleReady) return;
    const canvas = this.map.getCanvas();
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    const free = h * (1 - PANEL_SHARE) - 10;
    const inside = (p: maplibregl.Point) => p.x >= 30 && p.x <= w - 60 && p.y >= 70 && p.y <= free;
    if (inside(this.map.project(from)) && inside(this.map.project(to))) return;
    const bounds = new maplibregl.LngLatBounds(from, from).extend(to);
    const top = 80;
    const bottom = Math.max(0, h - free + 10);
    if (free - top < 60 || w < 160) return;
    this.map.fitBounds(bounds, { padding: { top, bottom, left: 40, right: 70 }, maxZoom: this.map.getZoom(), duration: 300 });
  }

  destroy(): void {
    if (this.tintTimer !== null) clearTimeout(this.tintTimer);
    this.dragHold.cancel();
    this.map.remove();
  }

  /** Shows `bbox` [west, south, east, north] exactly (no padding, no animation). */
  fitBBox(bbox: readonly [number, number, number, number], paddingPx = 0): void {
    this.fitted = true;
    this.map.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]], { padding: paddingPx, animate: false });
  }

  jumpTo(centre: readonly [number, number], zoom: number): void {
    this.fitted = true;
    this.map.jumpTo({ center: [centre[0], centre[1]], zoom });
  }

  /**
   * Runs `move` (a jump or fit) and resolves once the map has drawn it and deck.gl with it (see whenIdle), waiting for
   * the frame the move itself asks for rather than forcing another one: software GL pays for every frame.
   */
  async moveAndSettle(move: () => void): Promise<void> {
    await this.loaded;
    const idle = this.nextIdle();
    move();
    // Joins the move's own frame (an unchanged view asks for none, and would never be idle again).
    this.map.triggerRepaint();
    await idle;
    await this.whenIdle(false);
  }

  private nextIdle(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 8000);
      this.map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Resolves once the style is loaded and the first view rendered. */
  ready(): Promise<void> {
    return this.loaded;
  }

  /**
   * Resolves once the map has rendered the current view and deck.gl has drawn its layers into it: maplibre's `idle`,
   * again while deck.gl still wants a frame or has a layer loading (the overlay draws inside maplibre's render event,
   * so one more map frame draws it). No fixed waits: the atlas renders one map per page.
   */
  async whenIdle(firstFrame = true): Promise<void> {
    await this.loaded;
    for (let i = 0; i < 20; i++) {
      if (i > 0 || firstFrame) {
        const idle = this.nextIdle();
        this.map.triggerRepaint();
        await idle;
      }
      if (!this.deckBusy()) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Whether the overlay's deck.gl wants to draw again or has a layer still loading (read from its private instance). */
  private deckBusy(): boolean {
    const deck = (this.overlay as unknown as { _deck?: DeckState })._deck;
    if (!deck?.isInitialized) return true;
    if (deck.needsRedraw({ clearRedrawFlags: false })) return true;
    return !(deck.layerManager?.getLayers().every((l) => l.isLoaded) ?? true);
  }

  /** After the container changed size. */
  resize(): void {
    this.map.resize();
  }

  /** The map canvas with deck.gl's canvas on top, as a data URL (both keep their drawing buffers). */
  canvasDataUrl(type: 'image/png' | 'image/jpeg' = 'image/png', quality?: number): string {
    // JPEG has no alpha: what the map leaves transparent would come out black.
    const ctx = this.composite(type === 'image/jpeg' ? '#fff' : null);
    return (ctx?.canvas ?? this.map.getCanvas()).toDataURL(type, quality);
  }

  /** maplibre's canvas with deck.gl's drawn over it, on a new 2D canvas over `background` (null without a 2D context). */
  private composite(background: string | null = null): CanvasRenderingContext2D | null {
    const base = this.map.getCanvas();
    const out = document.createElement('canvas');
    out.width = base.width;
    out.height = base.height;
    const ctx = out.getContext('2d');
    if (!ctx) return null;
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, out.width, out.height);
    }
    ctx.drawImage(base, 0, 0);
    for (const c of this.container.querySelectorAll('canvas')) if (c !== base) ctx.drawImage(c, 0, 0, out.width, out.height);
    return ctx;
  }


  /**
   * The map as `canvasDataUrl` gives it, with a true scale bar drawn in at the bottom left (the page's scale control
   * would not scale with the image when a printout shrinks it).
   */
  snapshotWithScaleBar(): string {
    const ctx = this.composite();
    if (!ctx) return this.canvasDataUrl();
    const out = ctx.canvas;
    const base = this.map.getCanvas();
    const pxPerCss = base.width / Math.max(1, base.clientWidth);
    const bar = niceScaleBar(metresPerPixelAt(this.map.getCenter().lat, this.map.getZoom()) / pxPerCss, 120 * pxPerCss);
    if (bar) {
      const x = 10 * pxPerCss;
      const y = out.height - 12 * pxPerCss;
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(x - 4 * pxPerCss, y - 18 * pxPerCss, bar.width + 8 * pxPerCss, 24 * pxPerCss);
      ctx.fillStyle = '#000';
      ctx.fillRect(x, y, bar.width, 3 * pxPerCss);
      ctx.fillRect(x, y - 6 * pxPerCss, 1.5 * pxPerCss, 9 * pxPerCss);
      ctx.fillRect(x + bar.width - 1.5 * pxPerCss, y - 6 * pxPerCss, 1.5 * pxPerCss, 9 * pxPerCss);
      ctx.font = `${11 * pxPerCss}px sans-serif`;
      ctx.fillText(bar.label, x + 4 * pxPerCss, y - 5 * pxPerCss);
    }
    return out.toDataURL('image/png');
  }

  /** What the map shows now: zoom, centre and bounds [west, south, east, north], canvas size in pixels. */
  viewState(): { zoom: number; centre: [number, number]; bounds: [number, number, number, number]; widthPx: number; heightPx: number } {
    const b = this.map.getBounds();
    const c = this.map.getCenter();
    const canvas = this.map.getCanvas();
    return { zoom: this.map.getZoom(), centre: [c.lng, c.lat], bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], widthPx: canvas.width, heightPx: canvas.height };
  }

  private handleClick(x: number, y: number, at: maplibregl.LngLat): void {
    const view = this.view;
    if (!view) return;
    if (view.tool === 'propose') {
      // A click on a site selects it rather than stacking a new proposed site on it; only on the drawn symbol, so
      // placing a site right beside another stays possible.
      const hit = this.hitAt(x, y, ON_SYMBOL_PX);
      if (hit.kind === 'site') this.callbacks.onSelect({ kind: 'site', id: hit.site.id });
      else if (hit.kind !== 'handle') this.callbacks.onPlaceSite(at.lng, at.lat);
      return;
    }
    const hit = this.hitAt(x, y);
    if (view.tool === 'profile') {
      if (hit.kind === 'site') this.callbacks.onProfilePoint(hit.site.lon, hit.site.lat, hit.site.id);
      else this.callbacks.onProfilePoint(at.lng, at.lat, null);
      return;
    }
    this.callbacks.onPointClick?.(at.lng, at.lat);
    if (hit.kind === 'none') this.callbacks.onSelect({ kind: 'none' });
    else if (hit.kind === 'unit') this.callbacks.onSelect({ kind: 'unit', code: hit.unit.code });
    else if (hit.kind === 'village') this.callbacks.onSelect({ kind: 'village', id: hit.village.id });
    else if (hit.kind === 'site') this.callbacks.onSelect({ kind: 'site', id: hit.site.id });
    else if (hit.kind === 'fibre') this.callbacks.onSelect({ kind: 'fibre', id: hit.route.id });
  }

  private render(): void {
    const view = this.view;
    // Only a frame that would move the site over the old coverage waits; one with new coverage is drawn at once.
    if (!view || this.dragHold.hold(this.dragging, view.coverageDue === true && view.images === this.drawnImages)) return;
    this.draw();
  }

  private draw(): void {
    const view = this.view;
    if (!view) return;
    this.drawnImages = view.images;
    this.container.dataset.tool = view.tool;
    if (!this.styleReady) return;
    this.syncBaseSources(view);
    this.syncBasemap(view);
    this.hillshade.sync(view.derived?.hillshade ?? null, view.layers.terrain, this.map.getLayer('units-line') ? 'units-line' : undefined);
    const zoom = this.map.getZoom();
    const { dataset, derived, layers, selection } = view;
    if (!dataset || !derived) {
      this.overlay.setProps({ layers: this.warmUp });
      return;
    }
    if (view.focus && view.focus.seq !== this.focusSeq) this.showFocus(view.focus);
    const sel = (kind: Selection['kind']): string | null =>
      selection.kind === kind ? (selection.kind === 'unit' ? selection.code : 'id' in selection ? selection.id : null) : null;
    const selectedSite = view.sites.find((x) => x.id === sel('site')) ?? null;
    const handleM = this.handleM();
    const rotatable = selectedSite !== null && (selectedSite.proposed || view.tool === 'move');
    const colours = mapColours(view.palette);
    const b = this.map.getBounds();
    const box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as const;
    const m = this.layerMemo;
    const image = view.compareImage ?? view.images[view.coverageTech];
    const coverageShown = layers.coverage || view.compareImage !== null;
    // Which coverage image the map was given, for the browser benchmark's "first coverage on screen".
    const coverageMark = image && coverageShown ? `${image.width}x${image.height}` : '';
    if (this.container.getAttribute('data-coverage') !== coverageMark) this.container.setAttribute('data-coverage', coverageMark);
    const villagesBox = this.print ? box : undefined;
    const roads = this.roadPaths.at(roadsAtZoom(dataset.roads ?? NO_ROADS, zoom), zoom, box);
    const fibre = this.fibrePaths.at(dataset.fibre, zoom, box);
    const cutZoom = ribbonZoom(zoom);
    const drawnSites = this.drawnSites(view);
    const siteScale = siteRadiusScale(zoom);
    const sectorsShown = zoom >= SECTORS_FROM_ZOOM;
    const labels = this.placedLabels(view, derived.labels, zoom);
    const labelSize = unitLabelSizePx(zoom);
    const labelsShown = zoom >= UNIT_LABELS_FROM_ZOOM;
    this.overlay.setProps({
      layers: [
        ...this.warmUp,
        m.keep('land-cover', [derived.landCover, layers.landCover], () => landCoverLayer(derived.landCover, layers.landCover)),
        m.keep('coverage', [image, coverageShown], () => coverageLayer(image, coverageShown)),
        m.keep('unit-hover', [dataset.units, this.hoveredUnit, layers.units], () => unitHoverLayer(unitPolygons(dataset.units[this.hoveredUnit]), layers.units)),
        m.keep('units', [dataset.units, sel('unit'), layers.units], () => unitsLayer(dataset.units, sel('unit'), layers.units)),
        m.keep('villages', [dataset.villages, view.figures?.villages ?? null, view.coverageTech, sel('village'), layers.villages, colours, villagesBox?.join()],
          () => villagesLayer(dataset.villages, view.figures?.villages ?? null, view.coverageTech, sel('village'), layers.villages, colours, villagesBox)),
        m.keep('roads', [roads, layers.roads, cutZoom, colours], () => roadsLayer(roads, layers.roads, cutZoom, colours)),
        m.keep('fibre', [fibre, sel('fibre'), layers.fibre, cutZoom, colours], () => fibreLayer(fibre, sel('fibre'), layers.fibre, cutZoom, colours)),
        ...m.keep('measurements', [view.measurePoints], () => measurementLayers(view.measurePoints)),
        m.keep('sectors', [view.sites, layers.sectors, sectorsShown, colours], () => sectorsLayer(view.sites, layers.sectors, zoom, colours)),
        m.keep('planned-sectors', [view.sites, sel('site'), handleM, layers.sites, colours], () => plannedSectorsLayer(view.sites, sel('site'), handleM, layers.sites, colours)),
        m.keep('sites', [drawnSites, view.siteColour, sel('site'), layers.sites, siteScale, colours], () => sitesLayer(drawnSites, view.siteColour, sel('site'), layers.sites, zoom, colours)),
        m.keep('sector-handles', [selectedSite, handleM, layers.sites && rotatable], () => sectorHandlesLayer(selectedSite, handleM, layers.sites && rotatable)),
        m.keep('unit-labels', [labels, layers.labels, labelSize, labelsShown], () => unitLabelsLayer(labels, layers.labels, zoom)),
        ...m.keep('highlight', [view.highlight, dataset.villages], () => highlightLayers(view.highlight, dataset.villages)),
        ...m.keep('profile', [view.profile ?? null], () => profileLayers(view.profile ?? null)),
        ...m.keep('import-preview', [view.importPreview], () => importPreviewLayers(view.importPreview)),
      ],
    });
    this.markPreview(view);
  }

  /** What the import preview draws, for end-to-end tests: "sites/bad", absent when none. */
  private markPreview(view: MapView): void {
    const p = view.importPreview;
    if (!p) delete this.container.dataset.importPreview;
    else this.container.dataset.importPreview = `${p.sites.length / 2}/${p.bad.length / 2}`;
  }

  /** A restored view exactly; a picked place only when it is off screen, keeping the zoom. */
  private showFocus(focus: MapFocus): void {
    this.focusSeq = focus.seq;
    this.fitted = true;
    if (focus.bbox) {
      const [w, s, e, n] = focus.bbox;
      // the folded import dialog sits at the bottom of the map
      this.map.fitBounds([[w, s], [e, n]], { padding: { top: 60, bottom: 140, left: 60, right: 80 }, maxZoom: 14, animate: false });
      return;
    }
    if (focus.zoom !== undefined) {
      this.map.jumpTo({ center: [focus.lon, focus.lat], zoom: focus.zoom });
      return;
    }
    const p = this.map.project([focus.lon, focus.lat]);
    const canvas = this.map.getCanvas();
    const margin = 40;
    const inside = p.x >= margin && p.y >= margin && p.x <= canvas.clientWidth - margin && p.y <= canvas.clientHeight - margin;
    if (!inside) this.map.easeTo({ center: [focus.lon, focus.lat], duration: 300 });
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
    const under = this.map.getLayer(HILLSHADE_LAYER) ? HILLSHADE_LAYER : this.map.getLayer('units-line') ? 'units-line' : undefined;
    this.map.addLayer({ id: 'basemap', type: 'raster', source: BASEMAP_SOURCE, paint: { 'raster-opacity': 0.9 } }, under);
  }
}
