import { largeRemovals } from '../../app/import-merge';
import { confirmRemovalText } from '../../i18n/import-strings';
import { useAppState } from '../context';
import { useImportT } from '../i18n-hooks';
import { useImportActions } from './use-import';

/** Asked before a commit that removes more than half of a carrier's sites: the counts, then remove-and-import or back. */
export function ConfirmRemoval({ sites }: { sites: number }) {
  const imports = useImportActions();
  const t = useImportT();
  const lang = useAppState((s) => s.lang);
  const effect = imports.commitEffect();
  const large = effect ? largeRemovals(effect) : [];
  return (
    <div className="import-confirm" role="alertdialog" aria-labelledby="import-confirm-text" data-testid="import-confirm">
      <div id="import-confirm-text">
        {large.map((c) => (
          <p key={c.carrier} data-testid="import-confirm-carrier" data-carrier={c.carrier} data-removed={c.removed} data-before={c.before}>
            {confirmRemovalText(lang, c)}
          </p>
        ))}
        <p>{t('confirmQuestion')}</p>
      </div>
      <button type="button" data-testid="import-confirm-back" onClick={() => imports.cancelConfirm()}>{t('confirmBack')}</button>
      <button type="button" className="danger" data-testid="import-confirm-commit" onClick={() => imports.commitCsv(true)}>
        {t('confirmCommit', { n: sites })}
      </button>
    </div>
  );
}
