/**
 * What the browser bench watches inside the page, installed before the app's own scripts: the time of every WebGL
 * draw (deck.gl's canvas apart from maplibre's), and each change of the header status, the delta panel and the
 * map's idle mark. Plain JavaScript in a string: a function compiled by tsx would carry helpers the page lacks.
 */
export const PROBE_SCRIPT = String.raw`(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const b = { draws: [], deckDraws: [], events: [], inputs: [], lastDraw: 0 };
  window.__bench = b;
  const note = (list, t) => {
    const last = list[list.length - 1];
    if (last === undefined || t - last > 1) list.push(t);
    if (list.length > 20000) list.splice(0, 10000);
  };
  for (const proto of [window.WebGL2RenderingContext && WebGL2RenderingContext.prototype, window.WebGLRenderingContext && WebGLRenderingContext.prototype]) {
    if (!proto) continue;
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        const t = now();
        b.lastDraw = t;
        note(b.draws, t);
        const c = this.canvas;
        if (c && c.classList && !c.classList.contains('maplibregl-canvas')) note(b.deckDraws, t);
        return original.apply(this, args);
      };
    }
  }
  const watched = '[data-testid="status"],[data-testid="delta"],[data-testid="map"]';
  new MutationObserver((records) => {
    const t = now();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const owner = el && el.closest ? el.closest(watched) : null;
      if (!owner) continue;
      const id = owner.getAttribute('data-testid');
      if (id === 'map') {
        if (r.type === 'attributes' && r.attributeName === 'data-map-idle' && r.target === owner) b.events.push({ kind: 'idle', t });
        if (r.type === 'attributes' && r.attributeName === 'data-coverage' && r.target === owner && owner.getAttribute('data-coverage')) b.events.push({ kind: 'coverage', t });
      } else if (id === 'status') {
        b.events.push({ kind: 'status', t, state: owner.getAttribute('data-state') });
      } else {
        b.events.push({ kind: 'delta', t });
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  for (const type of ['mousedown', 'mousemove', 'mouseup', 'wheel']) addEventListener(type, () => b.inputs.push({ type, t: now() }), true);
  /** The first event of a kind after t (a status event: one that reads state). */
  b.after = (kind, t, state) => b.events.find((e) => e.kind === kind && e.t > t && (state === undefined || e.state === state)) || null;
  b.firstAfter = (list, t) => { for (const x of list) if (x > t) return x; return null; };
  b.lastInput = (type) => { for (let i = b.inputs.length - 1; i >= 0; i--) if (b.inputs[i].type === type) return b.inputs[i].t; return null; };
  /** Once the map was idle after t0 and nothing has drawn for quietMs: when it settled (the later of the two). */
  b.settled = (t0, quietMs) => {
    const idle = b.after('idle', t0);
    if (!idle || now() - b.lastDraw < quietMs) return null;
    return { idle: idle.t, lastDraw: b.lastDraw, settled: Math.max(idle.t, b.lastDraw) };
  };
})();`;

export interface ProbeEvent {
  kind: 'status' | 'delta' | 'idle' | 'coverage';
  t: number;
  state?: string | null;
}

/** The page side of PROBE_SCRIPT, for the functions the bench evaluates in the page. */
export interface Probe {
  draws: number[];
  deckDraws: number[];
  events: ProbeEvent[];
  lastDraw: number;
  after(kind: ProbeEvent['kind'], t: number, state?: string): ProbeEvent | null;
  firstAfter(list: readonly number[], t: number): number | null;
  lastInput(type: 'mousedown' | 'mousemove' | 'mouseup' | 'wheel'): number | null;
  settled(t0: number, quietMs: number): { idle: number; lastDraw: number; settled: number } | null;
}

/** `(window as unknown as BenchWindow).__bench` in a function evaluated in the page. */
export type BenchWindow = Window & { __bench: Probe };
