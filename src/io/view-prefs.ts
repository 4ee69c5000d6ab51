/**
 * What the map showed for a project (its layers and view), kept in this browser's localStorage apart from the
 * project: a pan is not an edit, and it never triggers a project save. Read back when the project opens again.
 */
export interface ViewPrefs {
  layers?: Record<string, boolean>;
  view?: { lon: number; lat: number; zoom: number };
}

const KEY = 'phusong.view.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A page with site data blocked throws on the very access.
    return null;
  }
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The saved prefs of `projectId`, checked field by field (anything malformed is left out). */
export function readViewPrefs(projectId: string): ViewPrefs {
  let raw: unknown;
  try {
    raw = JSON.parse(storage()?.getItem(KEY + projectId) ?? 'null');
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const out: ViewPrefs = {};
  const { layers, view } = raw as { layers?: unknown; view?: unknown };
  if (typeof layers === 'object' && layers !== null) {
    const entries = Object.entries(layers).filter((e): e is [string, boolean] => typeof e[1] === 'boolean');
    out.layers = Object.assign(Object.create(null) as Record<string, boolean>, Object.fromEntries(entries));
  }
  if (typeof view === 'object' && view !== null) {
    const { lon, lat, zoom } = view as Record<string, unknown>;
    if (finite(lon) && finite(lat) && finite(zoom) && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 24) out.view = { lon, lat, zoom };
  }
  return out;
}

/** Merges `patch` into the saved prefs of `projectId`; a full or blocked storage only loses the prefs. */
export function writeViewPrefs(projectId: string, patch: ViewPrefs): void {
  const s = storage();
  if (!s) return;
  try {
    s.setItem(KEY + projectId, JSON.stringify({ ...readViewPrefs(projectId), ...patch }));
  } catch {
    // quota or blocked: the view is a convenience, the project is unaffected
  }
}
