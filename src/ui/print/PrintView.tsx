import { useEffect, useRef, useState } from 'react';
import { usePrintT } from '../i18n-hooks';
import { PrintMap } from '../../app/print-map';
import { AtlasTab } from './AtlasTab';
import { BoundariesTab } from './BoundariesTab';
import { PageTab } from './PageTab';
import { ReportsTab } from './ReportsTab';
import { useAltFiguresFollow } from './use-alt-follow';
import { usePrint, usePrintState } from './use-print';
import './print.css';

type Tab = 'page' | 'atlas' | 'reports' | 'boundaries';

/** Full-screen print view: page settings and preview, atlas, report tables, boundary set. */
export function PrintView() {
  const open = usePrintState((s) => s.open);
  return open ? <PrintOverlay /> : null;
}

function PrintOverlay() {
  const t = usePrintT();
  const [tab, setTab] = useState<Tab>('page');
  const printMap = useRef<PrintMap | null>(null);
  printMap.current ??= new PrintMap();
  const print = usePrint();
  const progress = usePrintState((s) => s.progress);
  const error = usePrintState((s) => s.error);
  useAltFiguresFollow();
  useEffect(() => () => {
    printMap.current?.destroy();
    printMap.current = null;
  }, []);
  const tabs: [Tab, string][] = [['page', t('tabPage')], ['atlas', t('tabAtlas')], ['reports', t('tabReports')], ['boundaries', t('tabBoundaries')]];
  return (
    <div className="print-view" data-testid="print-view" role="dialog" aria-modal="true" aria-labelledby="print-title">
      <div className="print-head">
        <h2 id="print-title">{t('printTitle')}</h2>
        <nav className="print-tabs" role="tablist">
          {tabs.map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} data-testid={`print-tab-${id}`} onClick={() => setTab(id)}>
              {label}
            </button>
          ))}
        </nav>
        <button type="button" data-testid="print-close" onClick={() => print.close()}>
          ✕ {t('close')}
        </button>
      </div>
      {progress && (
        <div className="print-progress" data-testid="print-progress">
          <span>{progress.label}</span>
          <progress max={Math.max(1, progress.total)} value={progress.done} />
        </div>
      )}
      {error && (
        <p className="print-error" data-testid="print-error" role="alert">
          {error}
        </p>
      )}
      <div className="print-body">
        {tab === 'page' && <PageTab printMap={printMap.current} />}
        {tab === 'atlas' && <AtlasTab printMap={printMap.current} />}
        {tab === 'reports' && <ReportsTab />}
        {tab === 'boundaries' && <BoundariesTab />}
      </div>
    </div>
  );
}
