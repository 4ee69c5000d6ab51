import { allowedBasemapOrigin, basemapAccess, basemapOrigin } from '../app/basemap-policy';
import { useApp, useAppState, useT } from './context';

/** The only way PhuSong reaches the network: an XYZ raster URL the user types and switches on. */
export function BasemapSettings() {
  const { store, actions } = useApp();
  const t = useT();
  const url = useAppState((s) => s.basemapUrl);
  const on = useAppState((s) => s.layers.basemap);
  const allowed = allowedBasemapOrigin(document);
  const access = basemapAccess(url, allowed);
  const reload = () => void actions.projects.saveNow().finally(() => window.location.reload());
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
      {url !== '' && access === 'none' && <p className="hint" data-testid="basemap-hint">{t('basemapHttpsOnly')}</p>}
      {access === 'needs-reload' && (
        <p className="hint" data-testid="basemap-hint">
          {t('basemapNeedsReload', { allowed: allowed || t('basemapNoHost'), origin: basemapOrigin(url) ?? '' })}{' '}
          <button type="button" data-testid="basemap-reload" onClick={reload}>
            {t('basemapReload')}
          </button>
        </p>
      )}
    </section>
  );
}
