import { siteLayers, withoutLayer } from '../domain/model/site-layers';
import { useApp, useAppState, useT } from './context';

/** The named site layers carrier uploads made, each with its sites and carriers and a remove button (undoable). */
export function SiteLayersList() {
  const { store, actions } = useApp();
  const t = useT();
  const sites = useAppState((s) => s.dataset?.sites);
  const layers = sites ? siteLayers(sites) : [];
  if (layers.length === 0) return null;

  const remove = (name: string, n: number): void => {
    const dataset = store.get().dataset;
    if (!dataset) return;
    store.set({ selection: { kind: 'none' } });
    actions.planner.commit({ dataset: withoutLayer(dataset, name) });
    actions.planner.endGesture();
    actions.notify('info', t('layerRemoved', { name, n }));
  };

  return (
    <div className="site-layers" data-testid="site-layers">
      <h3>{t('siteLayers')}</h3>
      <ul>
        {layers.map((l) => (
          <li key={l.name} data-testid="site-layer">
            <span className="site-layer-name">{l.name}</span>{' '}
            <span className="muted">{t(l.sites === 1 ? 'projectSite' : 'projectSites', { n: l.sites })} · {l.carriers.join(', ')}</span>{' '}
            <button type="button" data-testid="site-layer-remove" onClick={() => remove(l.name, l.sites)}>{t('removeLayer')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
