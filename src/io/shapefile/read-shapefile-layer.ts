import type { ImportIssue, ReportingUnit } from '../../domain/model/types';
import type { LayerKind } from '../geojson';
import { readFeaturesAsLayer, type LayerRead } from './features-layer';
import { layerIssue, layerText } from '../layer-issues';
import { readShapefileZip } from './read-shapefile-zip';

/** Each shapefile in the zip read as a layer (kind detected per layer unless given), zip-level problems first. */
export function readShapefileLayers(
  bytes: Uint8Array,
  fileName: string,
  kind?: LayerKind,
  units?: readonly ReportingUnit[],
): { layers: { name: string; read: LayerRead }[]; issues: ImportIssue[] } {
  const zip = readShapefileZip(bytes, fileName);
  const layers = zip.layers.map((layer) => {
    const label = `${fileName} (${layer.name}.shp)`;
    const fatal = layer.issues.some((i) => i.severity === 'error') && layer.features.length === 0;
    const read: LayerRead = fatal ? { kind: null, issues: layer.issues } : readFeaturesAsLayer(layer.features, layer.issues, label, kind, units);
    return { name: layer.name, read };
  });
  return { layers, issues: zip.issues };
}

/** A zipped shapefile read like readGeoJsonLayer; a zip with several layers reads the first and says so. */
export function readShapefileLayer(bytes: Uint8Array, fileName: string, kind?: LayerKind, units?: readonly ReportingUnit[]): LayerRead {
  const { layers, issues } = readShapefileLayers(bytes, fileName, kind, units);
  const [first, ...rest] = layers;
  if (!first) return { kind: null, issues };
  if (rest.length > 0) {
    const warning: ImportIssue = layerIssue('warning', layerText('manyShapefiles', {
      file: fileName, count: layers.length, first: `${first.name}.shp`, rest: rest.map((l) => `${l.name}.shp`).join(', '),
    }));
    if (first.read.kind === null) first.read.issues.unshift(warning);
    else first.read.result.issues.unshift(warning);
  }
  return first.read;
}
