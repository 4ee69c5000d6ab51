import { useState, type ReactNode } from 'react';
import { CommuneTable } from './CommuneTable';
import { useT } from './context';
import type { StringKey } from '../i18n/strings';
import { DashboardPanel, MeasureStatsPanel, UndergroundingPanel, UnderservedPanel } from './lazy-parts';
import { ProvincePanel } from './ProvincePanel';

type Tab = 'figures' | 'underserved' | 'undergrounding' | 'dashboard' | 'measurements';

const TABS: { id: Tab; label: StringKey; body: () => ReactNode }[] = [
  { id: 'figures', label: 'tabFigures', body: () => <><ProvincePanel /><CommuneTable /></> },
  { id: 'underserved', label: 'tabUnderserved', body: () => <UnderservedPanel /> },
  { id: 'undergrounding', label: 'tabUndergrounding', body: () => <UndergroundingPanel /> },
  { id: 'dashboard', label: 'tabDashboard', body: () => <DashboardPanel /> },
  { id: 'measurements', label: 'tabMeasurements', body: () => <MeasureStatsPanel /> },
];

/** The right sidebar's lists: province figures, underserved villages, undergrounding, the ministry dashboard, measurements. */
export function SidebarTabs() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('figures');
  const current = TABS.find((x) => x.id === tab) ?? TABS[0];
  return (
    <>
      <div className="tabs" role="tablist">
        {TABS.map((x) => (
          <button key={x.id} type="button" role="tab" aria-selected={x.id === tab} data-testid={`tab-${x.id}`} onClick={() => setTab(x.id)}>
            {t(x.label)}
          </button>
        ))}
      </div>
      {current?.body()}
    </>
  );
}
