import { largeRemovals } from '../../app/import-merge';
import { useImportT } from '../i18n-hooks';
import { useImportActions, useImportState } from './use-import';

/** What the commit would remove, said before it: nothing an import replaces goes quietly. */
export function MergeEffectLine() {
  const imports = useImportActions();
  const t = useImportT();
  // re-rendered when the mode, the layer name or the read change
  useImportState((s) => s.csv?.mode);
  useImportState((s) => s.csv?.layerName);
  useImportState((s) => s.csv?.read);
  const effect = imports.commitEffect();
  if (!effect) return null;
  if (effect.removed === 0) return <p className="hint" data-testid="import-merge-effect" data-removed={0}>{t('effectNone')}</p>;
  const parts = [
    ...[...effect.earlierOfCarrier].map(([carrier, n]) => t('effectCarrier', { n, carrier })),
    ...[...effect.sameIdByLayer].map(([layer, n]) => t('effectSameId', { n, layer: layer === '' ? t('effectGenerated') : layer })),
    ...(effect.sameLayer > 0 ? [t('effectSameLayer', { n: effect.sameLayer, layer: imports.layerNameShown() })] : []),
  ];
  // more than half of a carrier's sites: said in the warning colour
  const large = largeRemovals(effect).length > 0;
  return (
    <p className={large ? 'merge-effect large' : 'merge-effect'} data-testid="import-merge-effect" data-removed={effect.removed} data-large={large}>
      {t('effectRemoved', { removed: effect.removed, parts: parts.join('; ') })}
    </p>
  );
}
