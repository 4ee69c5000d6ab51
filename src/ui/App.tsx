import { BasemapSettings } from './BasemapSettings';
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
      </main>
      <aside className="sidebar right">
        <FeaturePanel />
        <ProvincePanel />
        <CommuneTable />
      </aside>
    </div>
  );
}
