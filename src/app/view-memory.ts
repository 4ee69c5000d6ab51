/**
 * The map's layers and view per project, restored when the project opens again (io/view-prefs keeps them in this
 * browser), and the places the map is asked to show (a village picked in a table).
 */
import type { MapFocus } from '../map/map-view';
import { readViewPrefs, writeViewPrefs } from '../io/view-prefs';
import type { AppState, LayerId } from './state';
import type { Store } from './store';

let focusSeq = 0;

/** Not restored: the online basemap sends requests to another host, so each session turns it on by hand. */
const NOT_RESTORED: ReadonlySet<LayerId> = new Set<LayerId>(['basemap']);

/** A place for the map to show: exactly at `zoom` when given, else panned to only when off screen. */
export function mapFocus(lon: number, lat: number, zoom?: number): MapFocus {
  focusSeq += 1;
  return zoom === undefined ? { lon, lat, seq: focusSeq } : { lon, lat, zoom, seq: focusSeq };
}

/** A box for the map to fit (the points of an import's preview); its centre is the focus point. */
export function mapFocusBox(bbox: readonly [number, number, number, number]): MapFocus {
  focusSeq += 1;
  return { lon: (bbox[0] + bbox[2]) / 2, lat: (bbox[1] + bbox[3]) / 2, bbox, seq: focusSeq };
}

export class ViewMemory {
  private projectId: string | null = null;
  private lastLayers: AppState['layers'] | null = null;

  constructor(private readonly store: Store<AppState>) {
    store.subscribe(() => this.sync());
    this.sync();
  }

  /** The map stopped moving (map callback). */
  saveView(lon: number, lat: number, zoom: number): void {
    if (this.projectId) writeViewPrefs(this.projectId, { view: { lon, lat, zoom } });
  }

  private sync(): void {
    const s = this.store.get();
    const id = s.project?.id ?? null;
    if (id !== this.projectId) {
      this.projectId = id;
      if (id) this.restore(id);
      return;
    }
    if (id && s.layers !== this.lastLayers) {
      this.lastLayers = s.layers;
      writeViewPrefs(id, { layers: s.layers });
    }
  }

  private restore(id: string): void {
    const prefs = readViewPrefs(id);
    const current = this.store.get().layers;
    const layers = { ...current };
    for (const key of Object.keys(current) as LayerId[]) {
      if (NOT_RESTORED.has(key)) continue;
      const saved = prefs.layers?.[key];
      if (saved !== undefined) layers[key] = saved;
    }
    this.lastLayers = layers;
    this.store.set(prefs.view ? { layers, mapFocus: mapFocus(prefs.view.lon, prefs.view.lat, prefs.view.zoom) } : { layers });
  }
}
