import { useEffect, useRef } from 'react';
import { useApp, useAppState, useT } from './context';
import { downloadText } from '../io/download';
import { formatInt } from '../i18n/format';
import { useImportActions } from './import/use-import';

/** The projects stored in this browser: open, rename, delete, create, export and import. */
export function ProjectsDialog() {
  const { store, actions } = useApp();
  const imports = useImportActions();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const list = useAppState((s) => s.projects);
  const openId = useAppState((s) => s.project?.id ?? null);
  const fileInput = useRef<HTMLInputElement>(null);
  const projects = actions.projects;
  const open = list !== null;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') projects.close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, projects]);
  if (!list) return null;

  return (
    <div className="dialog projects-dialog" role="dialog" aria-modal="true" aria-labelledby="projects-title" data-testid="projects-dialog">
      <h2 id="projects-title">
        {t('projectsTitle')}
        <button type="button" className="close" aria-label={t('close2')} onClick={() => projects.close()}>×</button>
      </h2>
      <table className="mini">
        <tbody>
          {list.map((p) => (
            <tr key={p.id} data-testid="project-row">
              <td>
                <strong>{p.name}</strong> {p.id === openId && <em>({t('projectCurrent')})</em>}
                <br />
                <span className="hint">
                  {new Date(p.updatedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')} · {t(p.sites === 1 ? 'projectSite' : 'projectSites', { n: formatInt(lang, p.sites) })}
                </span>
              </td>
              <td>
                <button type="button" disabled={p.id === openId} onClick={() => void projects.open(p.id)}>{t('projectOpen')}</button>{' '}
                <button
                  type="button"
                  onClick={() => {
                    const name = window.prompt(t('newName'), p.name);
                    if (name) void projects.rename(p.id, name);
                  }}
                >
                  {t('projectRename')}
                </button>{' '}
                <button
                  type="button"
                  disabled={p.id === openId}
                  onClick={() => {
                    if (window.confirm(t('confirmDeleteProject', { name: p.name }))) void projects.remove(p.id);
                  }}
                >
                  {t('projectDelete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button type="button" data-testid="project-new-demo" onClick={() => void projects.createDemo()}>{t('projectNewDemo')}</button>
        <button
          type="button"
          data-testid="project-export"
          onClick={() => {
            const file = projects.exportOpen();
            if (file) downloadText(file.fileName, file.text, 'application/json');
          }}
        >
          ⤓ {t('projectExport')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>⤒ {t('projectImport')}</button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="project-import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void imports.openFile(file, 'project');
            e.target.value = '';
          }}
        />
        <button type="button" onClick={() => store.set({ projects: null })}>{t('close2')}</button>
      </div>
    </div>
  );
}
