import { BasemapSettings } from './BasemapSettings';
import { ComparePanel } from './ComparePanel';
import { DeltaPanel } from './DeltaPanel';
import { EngineWarnings } from './reliability/EngineWarnings';
import { ProjectsDialog } from './ProjectsDialog';
import { ScenarioPanel } from './ScenarioPanel';
import { FeaturePanel } from './FeaturePanel';
import { Header } from './Header';
import { ImportKindDialog } from './ImportKindDialog';
import { LayerPanel } from './LayerPanel';
import { Legend } from './Legend';
import { MapPanel } from './MapPanel';
import { MapToolbar } from './MapToolbar';
import { Notices } from './Notices';
import { SidebarTabs } from './SidebarTabs';
import { ImportDialogsGate, PrintViewGate } from './lazy-parts';
import { ProfilePanel } from './ProfilePanel';
import { RadioSettings } from './RadioSettings';
import { SignalReadout } from './SignalReadout';

export function App() {
  return (
    <div className="app">
      <Header />
      <aside className="sidebar left">
        <ScenarioPanel />
        <LayerPanel />
        <Legend />
        <RadioSettings />
        <BasemapSettings />
      </aside>
      <main className="main">
        <MapPanel />
        <MapToolbar />
        <SignalReadout />
        <Notices />
        <ImportKindDialog />
        <ComparePanel />
        <ProfilePanel />
        <ProjectsDialog />
        <ImportDialogsGate />
      </main>
      <aside className="sidebar right">
        <EngineWarnings />
        <DeltaPanel />
        <FeaturePanel />
        <SidebarTabs />
      </aside>
      <PrintViewGate />
    </div>
  );
}
