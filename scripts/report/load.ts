import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Dataset, ImportIssue } from '../../src/domain/model/types';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { readKmlOrKmzLayer, xmldomParseXml } from '../../src/io/kml';
import { readShapefileLayer } from '../../src/io/shapefile';
import { LAYER_NAMES, type LayerName } from './args';
import { loadSitesCsv, readBytes, readMappingProfile, ReportInputError } from './load-sites-csv';

export interface ReportIssue extends ImportIssue {
  file: string;
  layer: LayerName;
}

export interface LoadOptions {
  /** A CSV mapping profile (JSON) for a CSV --sites file. */
  mappingProfile?: string | null;
}

export interface LoadedInputs {
  dataset: Dataset;
  /** Where each layer came from: a path, or "demo". */
  sources: Record<LayerName, string>;
  issues: ReportIssue[];
  /** True when any layer comes from the (synthetic) demo. */
  synthetic: boolean;
}

export { ReportInputError };

function readText(path: string, layer: LayerName): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new ReportInputError(`${path} (--${layer}): cannot read file: ${code}`);
  }
}

const isCsv = (path: string): boolean => ['.csv', '.txt', '.tsv'].includes(extname(path).toLowerCase());

/** A GeoJSON file, or a zipped shapefile or KML/KMZ by its extension, read as the app's worker reads it (zip limits included). */
function readLayerFile(path: string, layer: LayerName): ReturnType<typeof readGeoJsonLayer> {
  const ext = extname(path).toLowerCase();
  if (ext === '.zip') return readShapefileLayer(readBytes(path, `--${layer}`), basename(path), layer);
  if (ext === '.kml' || ext === '.kmz') return readKmlOrKmzLayer(readBytes(path, `--${layer}`), basename(path), layer, xmldomParseXml);
  return readGeoJsonLayer(readText(path, layer), basename(path), layer);
}

function readLayer<K extends LayerName>(path: string, layer: K, options: LoadOptions): { items: Dataset[K]; issues: ImportIssue[] } {
  if (layer === 'sites' && isCsv(path)) {
    const profile = options.mappingProfile ? readMappingProfile(options.mappingProfile) : null;
    const read = loadSitesCsv(path, profile);
    return { items: read.items as Dataset[K], issues: read.issues };
  }
  const read = readLayerFile(path, layer);
  if (read.kind === null) {
    const reason = read.issues.find((i) => i.severity === 'error')?.reason ?? `not a ${layer} layer`;
    throw new ReportInputError(`${path} (--${layer}): ${reason}`);
  }
  const { items, issues } = read.result;
  if (items.length === 0) {
    const reason = issues.find((i) => i.severity === 'error')?.reason ?? 'no features';
    throw new ReportInputError(`${path} (--${layer}): no valid ${layer} in the file (${reason})`);
  }
  return { items: items as Dataset[K], issues };
}

/** The dataset the report runs on: each layer from its file when given, from the demo otherwise. */
export async function loadInputs(inputs: Partial<Record<LayerName, string>>, options: LoadOptions = {}): Promise<LoadedInputs> {
  if (options.mappingProfile && !(inputs.sites !== undefined && isCsv(inputs.sites))) {
    throw new ReportInputError('--mapping applies to a CSV --sites file; none given');
  }
  const sources = { units: 'demo', villages: 'demo', sites: 'demo', fibre: 'demo' } as Record<LayerName, string>;
  const issues: ReportIssue[] = [];
  const take = <K extends LayerName>(layer: K): Dataset[K] | null => {
    const path = inputs[layer];
    if (path === undefined) return null;
    const read = readLayer(path, layer, options);
    sources[layer] = path;
    for (const issue of read.issues) issues.push({ file: path, layer, ...issue });
    return read.items;
  };
  // files first: a bad file fails fast, before the demo is generated
  const units = take('units');
  const villages = take('villages');
  const sites = take('sites');
  const fibre = take('fibre');
  const fromDemo = LAYER_NAMES.some((l) => sources[l] === 'demo');
  // loaded only when needed: a report on four files never pays for generating the demo
  const demo = fromDemo ? (await import('../../src/domain/demo')).generateDemoDataset() : null;
  const dataset: Dataset = {
    meta: {
      name: demo ? demo.meta.name : 'report inputs',
      synthetic: demo?.meta.synthetic ?? false,
      sources: [...(demo?.meta.sources ?? []), ...LAYER_NAMES.filter((l) => sources[l] !== 'demo').map((l) => sources[l])],
    },
    units: units ?? demo?.units ?? [],
    villages: villages ?? demo?.villages ?? [],
    sites: sites ?? demo?.sites ?? [],
    fibre: fibre ?? demo?.fibre ?? [],
  };
  return { dataset, sources, issues, synthetic: dataset.meta.synthetic };
}
