import { useState } from 'react';
import { useImportT } from '../i18n-hooks';
import { errorMessage } from '../../domain/text/error-message';
import type { ExportKind } from '../../worker/import-export';
import { useApp, useAppState } from '../context';
import { downloadBlob, downloadText } from '../../io/download';
import { type ImportStringKey } from '../../i18n/import-strings';
import './import.css';

const ITEMS: [ExportKind, ImportStringKey][] = [
  ['sites-csv', 'exportSitesCsv'],
  ['sites-geojson', 'exportSitesGeojson'],
  ['villages-csv', 'exportVillagesCsv'],
  ['villages-geojson', 'exportVillagesGeojson'],
  ['units-csv', 'exportUnitsCsv'],
  ['units-geojson', 'exportUnitsGeojson'],
  ['coverage-png', 'exportCoverage'],
];

/** File-name stem from the project name: "Đắk Nông (dữ liệu mẫu)" → "dak-nong-du-lieu-mau". */
function stemOf(name: string): string {
  const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'phusong';
}

/** The header's export menu: the scenario's layers with figures, the coverage raster, the project file. */
export function ExportMenu() {
  const { actions } = useApp();
  const t = useImportT();
  const tech = useAppState((s) => s.coverageTech);
  const projectName = useAppState((s) => s.project?.name ?? '');
  const ready = useAppState((s) => s.status.kind === 'ready');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (kind: ExportKind) => {
    setBusy(true);
    try {
      const file = await actions.worker.exportFile(kind, stemOf(projectName), tech);
      downloadBlob(file.fileName, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }));
      setOpen(false);
    } catch (e) {
      actions.notify('error', t('exportFailed', { reason: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button type="button" data-testid="export-menu" aria-expanded={open} disabled={!ready} onClick={() => setOpen(!open)}>
        {t('exportMenu')}
      </button>
      {open && (
        <ul className="export-items" role="menu" data-busy={busy}>
          {ITEMS.map(([kind, label]) => (
            <li key={kind} role="none">
              <button type="button" role="menuitem" data-testid={`export-${kind}`} disabled={busy} onClick={() => void run(kind)}>
                {t(label, { tech })}
              </button>
            </li>
          ))}
          <li role="none">
            <button
              type="button"
              role="menuitem"
              data-testid="export-project"
              onClick={() => {
                const file = actions.projects.exportOpen();
                if (file) downloadText(file.fileName, file.text, 'application/json');
                setOpen(false);
              }}
            >
              {t('exportProject')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
