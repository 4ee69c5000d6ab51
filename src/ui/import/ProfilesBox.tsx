import { useState } from 'react';
import { useImportT } from '../i18n-hooks';
import type { CsvDialog } from '../../app/import-state';
import { profileFileName, profileJson } from '../../app/import-profiles';
import { downloadText } from '../../io/download';
import { useImportActions, useImportState } from './use-import';

/** Saved mappings (per carrier): save the current one, apply or delete a saved one. */
export function ProfilesBox({ csv }: { csv: CsvDialog }) {
  const imports = useImportActions();
  const t = useImportT();
  const profiles = useImportState((s) => s.profiles);
  const [name, setName] = useState(csv.profileName ?? csv.choices.carrier ?? '');
  return (
    <fieldset className="import-profiles" data-testid="import-profiles">
      <legend>{t('profiles')}</legend>
      {csv.profileName && <p className="hint" data-testid="import-profile-applied">{t('profileApplied', { name: csv.profileName })}</p>}
      {profiles.length === 0 ? (
        <p className="hint">{t('profileNone')}</p>
      ) : (
        <ul className="import-profile-list">
          {profiles.map((p, i) => (
            <li key={`${p.profile.carrier ?? ''}/${p.profile.name}`} data-testid="import-profile">
              <span>{p.profile.name}{p.profile.carrier ? ` (${p.profile.carrier})` : ''}</span>
              <button type="button" onClick={() => imports.applyProfile(i)}>{t('profileApply')}</button>
              <button type="button" data-testid="import-profile-download" title={t('profileDownloadHint')}
                onClick={() => downloadText(profileFileName(p.profile.name), profileJson(p.profile), 'application/json')}>{t('profileDownload')}</button>
              <button type="button" onClick={() => imports.deleteProfile(i)}>{t('profileDelete')}</button>
            </li>
          ))}
        </ul>
      )}
      <label className="row">
        <input value={name} placeholder={t('profileName')} aria-label={t('profileName')} data-testid="import-profile-name" onChange={(e) => setName(e.target.value)} />
        <button type="button" data-testid="import-profile-save" disabled={name.trim() === ''} onClick={() => imports.saveProfile(name)}>{t('profileSave')}</button>
      </label>
    </fieldset>
  );
}
