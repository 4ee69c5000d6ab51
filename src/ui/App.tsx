import { BasemapSettings } from './BasemapSettings';
import { ComparePanel } from './ComparePanel';
import { DeltaPanel } from './DeltaPanel';
import { ProjectsDialog } from './ProjectsDialog';
import { ScenarioPanel } from './ScenarioPanel';
import { CommuneTable } from './CommuneTable';
import { FeaturePanel } from './FeaturePanel';
import { Header } from './Header';
import { ImportKindDialog } from './ImportKindDialog';
import { LayerPanel } from './LayerPanel';
import { Legend } from './Legend';
import { MapPanel } from './MapPanel';
import { MapToolbar } from './MapToolbar';
import { Notices } from './Notices';
import { ProvincePanel } from './ProvincePanel';
import { RadioSettings } from './RadioSettings';

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
        <Notices />
        <ImportKindDialog />
        <ComparePanel />
        <ProjectsDialog />
      </main>
      <aside className="sidebar right">
        <DeltaPanel />
        <FeaturePanel />
        <ProvincePanel />
        <CommuneTable />
      </aside>
    </div>
  );
}
