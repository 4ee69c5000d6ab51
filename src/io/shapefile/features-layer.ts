import type { ImportIssue, ReportingUnit } from '../../domain/model/types';
import { readGeoJsonLayer, type LayerKind } from '../geojson';

export type LayerRead = ReturnType<typeof readGeoJsonLayer>;

/**
 * Runs features decoded from another format through the GeoJSON layer readers, so every format reports issues the
 * same way; `before` (the decoder's own issues) comes first.
 */
export function readFeaturesAsLayer(
  features: readonly unknown[],
  before: readonly ImportIssue[],
  fileName: string,
  kind?: LayerKind,
  units?: readonly ReportingUnit[],
): LayerRead {
  const read = readGeoJsonLayer(JSON.stringify({ type: 'FeatureCollection', features }), fileName, kind, units);
  if (read.kind === null) return { kind: null, issues: [...before, ...read.issues] };
  // The reader's result is freshly built here, so prefixing its issues in place changes nothing anyone else holds.
  read.result.issues.unshift(...before);
  return read;
}
