import type { LayerKind } from '../../io/geojson';
import { useImportT } from '../i18n-hooks';
import { useAppState } from '../context';
import { formatInt } from '../../i18n/format';
import { IssuesTable } from './IssuesTable';
import { BusyLine } from '../BusyLine';
import { useImportActions, useImportState } from './use-import';
import './import.css';

const KINDS: LayerKind[] = ['units', 'villages', 'sites', 'fibre', 'roads'];

/** A zipped shapefile, KML/KMZ, or a GeoJSON that would replace real data: its report, what it replaces, the layer kind when it was not recognised, then import. */
export function LayerImportDialog() {
  const imports = useImportActions();
  const t = useImportT();
  const layer = useImportState((s) => s.layer);
  const lang = useAppState((s) => s.lang);
  if (!layer) return null;
  const read = layer.read;
  const replaces = imports.layerReplaces();
  const issues = read ? (read.kind === null ? read.issues : read.result.issues) : [];
  const fatal = read?.kind === null && issues.some((i) => i.severity === 'error' && i.index === undefined && i.layerCode !== 'cannotTell');
  const kindButtons = (
    <div className="dialog-buttons">
      {KINDS.map((k) => (
        <button key={k} type="button" data-testid={`import-kind-${k}`} aria-pressed={read?.kind === k} onClick={() => imports.readLayerAs(k)}>
          {t(`kind${k}`)}
        </button>
      ))}
    </div>
  );

  return (
    <div className="dialog import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-layer-title" data-testid="import-layer-dialog" data-busy={layer.busy}>
      <h2 id="import-layer-title">
        {t('layerTitle', { file: layer.fileName })}
        <button type="button" className="close" aria-label={t('close')} onClick={() => imports.closeLayer()}>×</button>
      </h2>
      {layer.busy && <BusyLine testId="import-progress" text={t('layerBusy')} />}
      {read && read.kind === null && !fatal && (
        <>
          <p>{t('layerAsk')}</p>
          {kindButtons}
        </>
      )}
      {read && read.kind !== null && (
        <>
          <p data-testid="import-layer-summary" data-kind={read.kind} data-count={read.result.items.length}>
            {t('layerRead', { n: read.result.items.length, kind: t(`kind${read.kind}`) })}
          </p>
          {replaces && replaces.count > 0 && (
            <p className="merge-effect" data-testid="import-layer-replaces" data-count={replaces.count} data-generated={replaces.generated}>
              {t(replaces.generated ? 'layerReplacesGenerated' : 'layerReplaces', { n: formatInt(lang, replaces.count), kind: t(`kind${read.kind}`) })}
            </p>
          )}
          <div className="row"><span>{t('layerKindAgain')}</span>{kindButtons}</div>
        </>
      )}
      {read && (
        <>
          <h3>{t('issues', { n: issues.length })}</h3>
          <IssuesTable issues={issues} />
        </>
      )}
      <div className="import-footer">
        {read && read.kind !== null && (
          <button type="button" className="primary" data-testid="import-commit" disabled={read.result.items.length === 0} onClick={() => imports.commitLayer()}>
            {t('layerCommit', { n: read.result.items.length, kind: t(`kind${read.kind}`) })}
          </button>
        )}
        <button type="button" onClick={() => imports.closeLayer()}>{t('cancel')}</button>
      </div>
    </div>
  );
}
