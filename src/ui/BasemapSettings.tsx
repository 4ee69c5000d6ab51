import { useApp, useAppState, useT } from './context';

/** The only way PhuSong reaches the network: an XYZ raster URL the user types and switches on. */
export function BasemapSettings() {
  const { store } = useApp();
  const t = useT();
  const url = useAppState((s) => s.basemapUrl);
  const on = useAppState((s) => s.layers.basemap);
  return (
    <section className="panel" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings')}</h2>
      <label className="row">
        <input type="checkbox" checked={on} onChange={(e) => store.set({ layers: { ...store.get().layers, basemap: e.target.checked } })} />
        {t('layerBasemap')}
      </label>
      <label className="stack">
        {t('basemapUrl')}
        <input
          type="url"
          placeholder="https://…/{z}/{x}/{y}.png"
          value={url}
          onChange={(e) => store.set({ basemapUrl: e.target.value.trim() })}
        />
      </label>
    </section>
  );
}
