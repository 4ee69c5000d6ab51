import { generatedLayers, VECTOR_LAYERS, type GeneratedLayer } from '../domain/model/generated-layers';
import type { StringKey } from '../i18n/strings';
import { formatDuration } from '../i18n/format';
import { renderMessage } from '../i18n/messages';
import { useApp, useAppState, useT } from './context';
import { useTabSyncT } from './i18n-hooks';
import { ImportButton } from './ImportButton';
import { ExportMenu } from './import/ExportMenu';
import { PrintButton } from './print/PrintButton';
import { SyncBanner } from './SyncBanner';

const GENERATED_LABEL: Record<GeneratedLayer, StringKey> = {
  units: 'genUnits', villages: 'genVillages', sites: 'genSites', fibre: 'genFibre', roads: 'genRoads', elevation: 'genElevation', landCover: 'genLandCover',
};

/** Every layer of the demo: the vector layers, the relief and the land cover. */
const ALL_GENERATED = VECTOR_LAYERS.length + 2;

export function Header() {
  const { store, actions } = useApp();
  const projectName = useAppState((s) => s.project?.name ?? '');
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const status = useAppState((s) => s.status);
  const computing = useAppState((s) => s.computing);
  const lastMs = useAppState((s) => s.lastComputeMs);
  const waitMs = useAppState((s) => s.lastWaitMs);
  const threads = useAppState((s) => s.lastComputeThreads);
  const buildThreads = useAppState((s) => s.buildThreads);
  const dataset = useAppState((s) => s.dataset);
  const generated = dataset ? generatedLayers(dataset) : [];
  const savedAt = useAppState((s) => s.lastSavedAt);
  const persistent = useAppState((s) => s.storagePersistent);
  const unsaved = useAppState((s) => s.unsavedChanges);
  const conflict = useAppState((s) => s.tabSync.conflict);
  const readOnly = useAppState((s) => s.tabSync.mode === 'read-only');
  const tt = useTabSyncT();
  // After a refused save nothing of this tab is stored: never "saved", even if a later edit is undone.
  const saveState = !persistent ? 'memory' : conflict ? 'conflict' : readOnly ? 'read-only' : unsaved ? 'unsaved' : savedAt ? 'saved' : 'none';

  const restored = useAppState((s) => s.coverageRestored);
  const coverageKept = useAppState((s) => s.coverageKept);
  const computingText = t(restored ? 'recomputingSaved' : 'computing');
  const progress =
    status.kind === 'loading' ? (status.stage === 'demo' ? t('loadingDemo') : status.stage === 'opening' ? t('loadingProject') : computingText) : computing ? computingText : null;

  return (
    <header className="header">
      <div className="brand">
        <strong>{t('appTitle')}</strong> <span>{t('appSubtitle')}</span>
      </div>
      <button type="button" className="project-button" data-testid="projects" title={t('projects')} onClick={() => void actions.projects.list()}>
        ▤ {projectName || t('projects')}
      </button>
      <div className="status" data-testid="status" data-state={progress ? 'busy' : status.kind} data-build-threads={buildThreads}>
        {progress ? (
          <>
            <span className="spinner" aria-hidden="true" /> {progress}
          </>
        ) : status.kind === 'failed' ? (
          <span className="error">{renderMessage(lang, status.message)}</span>
        ) : lastMs !== null ? (
          t(threads > 1 ? 'readyAfterThreads' : 'readyAfter', {
            wait: formatDuration(lang, waitMs ?? lastMs), compute: formatDuration(lang, lastMs), threads,
          })
        ) : null}
      </div>
      <div className="saved" data-testid="saved-state" data-saved-at={savedAt ?? ''} data-state={saveState} data-coverage-kept={coverageKept ?? ''}>
        {saveState === 'memory'
          ? t('notSaved')
          : saveState === 'conflict'
            ? tt('saveStateConflict')
            : saveState === 'read-only'
              ? tt('saveStateReadOnly')
              : saveState === 'unsaved'
                ? t('unsavedChanges')
                : savedAt
                  ? t('savedAt', { time: new Date(savedAt).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB') })
                  : null}
      </div>
      <div className="header-tools">
        <ImportButton />
        <ExportMenu />
        <PrintButton />
        <label>
          {t('language')}{' '}
          <select value={lang} data-testid="lang" onChange={(e) => store.set({ lang: e.target.value === 'en' ? 'en' : 'vi' })}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {generated.length > 0 && (
        <p className="demo-notice" data-testid="demo-notice" data-generated={generated.join(' ')}>
          {generated.length === ALL_GENERATED ? t('demoNotice') : t('partlyGenerated', { layers: generated.map((l) => t(GENERATED_LABEL[l])).join(', ') })}
        </p>
      )}
      <SyncBanner />
    </header>
  );
}
