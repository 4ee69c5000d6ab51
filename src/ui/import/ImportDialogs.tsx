import { CsvImportDialog } from './CsvImportDialog';
import { LandCoverImportDialog } from './LandCoverImportDialog';
import { LayerImportDialog } from './LayerImportDialog';
import { MeasureImportDialog } from './MeasureImportDialog';

/** The import dialogs of the CSV, shapefile, KML and land-cover flows (GeoJSON keeps its kind question in ImportKindDialog). */
export function ImportDialogs() {
  return (
    <>
      <CsvImportDialog />
      <LayerImportDialog />
      <LandCoverImportDialog />
      <MeasureImportDialog />
    </>
  );
}
