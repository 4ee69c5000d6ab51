/**
 * The map re-rendered at paper size: a separate, non-interactive MapController on an off-screen div sized to the
 * page's map box at 150 dpi (the long side capped), showing the same layers, fitted to a box, then captured.
 */
import { metresPerPixel } from '../domain/print';
import type { MapView } from '../map/map-controller';
import { MapController } from '../map/map-controller';

export const PRINT_DPI = 150;
export const MAX_PRINT_PX = 3000;
/**
 * The map image is a JPEG at this quality: a PNG of coverage at 150 dpi was 3 MB an A4 page (241 MB for the
 * 71-page atlas). The names, outlines of the page's unit, legend, scale bar and tables stay vector.
 */
export const PRINT_JPEG_QUALITY = 0.85;

export interface RenderedMap {
  dataUrl: string;
  widthPx: number;
  heightPx: number;
  zoom: number;
  centre: [number, number];
  bounds: [number, number, number, number];
  /** Ground metres per image pixel at the centre's latitude. */
  metresPerPx: number;
}

/** Image size for a map box in mm at `dpi`, the long side at most MAX_PRINT_PX. */
export function mapPixelSize(widthMm: number, heightMm: number, dpi = PRINT_DPI): { widthPx: number; heightPx: number } {
  let w = (widthMm / 25.4) * dpi;
  let h = (heightMm / 25.4) * dpi;
  const k = Math.min(1, MAX_PRINT_PX / Math.max(w, h));
  w *= k;
  h *= k;
  return { widthPx: Math.max(1, Math.round(w)), heightPx: Math.max(1, Math.round(h)) };
}

export type MapTarget = { bbox: readonly [number, number, number, number] } | { centre: readonly [number, number]; zoom: number };

const noop = () => undefined;

export class PrintMap {
  private host: HTMLDivElement | null = null;
  private controller: MapController | null = null;
  private size = { w: 0, h: 0 };

  private ensure(widthPx: number, heightPx: number): MapController {
    if (!this.host) {
      this.host = document.createElement('div');
      this.host.setAttribute('data-testid', 'print-map');
      this.host.style.cssText = 'position:fixed;top:0;left:-20000px;pointer-events:none;';
      document.body.append(this.host);
    }
    this.host.style.width = `${widthPx}px`;
    this.host.style.height = `${heightPx}px`;
    if (!this.controller) {
      this.controller = new MapController(this.host, { onSelect: noop, onMoveSite: noop, onRotateSector: noop, onPlaceSite: noop, onProfilePoint: noop, onGestureEnd: noop }, { print: true });
    } else if (this.size.w !== widthPx || this.size.h !== heightPx) {
      this.controller.resize();
    }
    this.size = { w: widthPx, h: heightPx };
    return this.controller;
  }

  private chain: Promise<unknown> = Promise.resolve();

  /** Renders one map at a time: the preview and an export never share the map mid-render. */
  render(view: MapView, widthPx: number, heightPx: number, target: MapTarget): Promise<RenderedMap> {
    const next = this.chain.then(() => this.renderNow(view, widthPx, heightPx, target));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async renderNow(view: MapView, widthPx: number, heightPx: number, target: MapTarget): Promise<RenderedMap> {
    const c = this.ensure(widthPx, heightPx);
    c.setView(view);
    await c.ready();
    await c.moveAndSettle(() => ('bbox' in target ? c.fitBBox(target.bbox) : c.jumpTo(target.centre, target.zoom)));
    const v = c.viewState();
    return {
      dataUrl: c.canvasDataUrl('image/jpeg', PRINT_JPEG_QUALITY), widthPx: v.widthPx, heightPx: v.heightPx, zoom: v.zoom, centre: v.centre, bounds: v.bounds,
      metresPerPx: metresPerPixel(v.centre[1], v.zoom),
    };
  }

  destroy(): void {
    this.controller?.destroy();
    this.controller = null;
    this.host?.remove();
    this.host = null;
  }
}
