import type { LayerKind } from '../io/geojson';
import { useApp, useAppState, useT } from './context';

const KINDS: LayerKind[] = ['units', 'villages', 'sites', 'fibre', 'roads'];

/** Asked when a dropped file's layer kind cannot be recognised from its geometry and properties. */
export function ImportKindDialog() {
  const { store, actions } = useApp();
  const pending = useAppState((s) => s.pendingImport);
  const t = useT();
  if (!pending) return null;
  return (
    <div className="dialog" role="dialog" aria-modal="true" aria-label={t('importAs', { file: pending.fileName })}>
      <p>{t('importAs', { file: pending.fileName })}</p>
      <div className="dialog-buttons">
        {KINDS.map((kind) => (
          <button key={kind} type="button" onClick={() => void actions.importFile(pending.fileName, pending.text, kind)}>
            {t(`kind${kind}`)}
          </button>
        ))}
        <button type="button" onClick={() => store.set({ pendingImport: null })}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
