import { CsvImportDialog } from './CsvImportDialog';
import { LayerImportDialog } from './LayerImportDialog';

/** The import dialogs of the CSV, shapefile and KML flows (GeoJSON keeps its kind question in ImportKindDialog). */
export function ImportDialogs() {
  return (
    <>
      <CsvImportDialog />
      <LayerImportDialog />
    </>
  );
}
