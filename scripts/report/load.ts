import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Dataset, ImportIssue, ReportingUnit } from '../../src/domain/model/types';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import type { ElevationModel } from '../../src/domain/terrain/elevation-model';
import { demIssueText } from '../../src/i18n/dem-strings';
import { issueMessage, renderMessage } from '../../src/i18n/messages';
import { importElevation } from '../../src/io/dem/import-elevation';
import type { LandCoverModel } from '../../src/domain/model/land-cover';
import { landCoverIssueText } from '../../src/i18n/land-cover-strings';
import { importLandCover } from '../../src/io/land-cover/import-land-cover';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { readKmlOrKmzLayer, xmldomParseXml } from '../../src/io/kml';
import { readShapefileLayer } from '../../src/io/shapefile';
import { LAYER_NAMES, type LayerName } from './args';
import { loadSitesCsv, readBytes, readMappingProfile, ReportInputError, type SitesArea } from './load-sites-csv';

export interface ReportIssue extends ImportIssue {
  file: string;
  layer: LayerName;
  /** The issue in English, from the same tables the app renders (i18n). */
  reason: string;
}

/** An import issue in English, the CLI's language. */
export const reasonEn = (issue: ImportIssue): string => renderMessage('en', issueMessage(issue));

export interface LoadOptions {
  /** A CSV mapping profile (JSON) for a CSV --sites file. */
  mappingProfile?: string | null;
  /** Elevation files (--dem, repeatable): .hgt, .hgt.zip, .tif. */
  dem?: readonly string[];
  /** Land cover (--clutter): GeoJSON polygons with a class property, or a classified GeoTIFF. */
  clutter?: string | null;
}

export interface LoadedInputs {
  dataset: Dataset;
  /** Where each layer came from: a path, or "demo". */
  sources: Record<LayerName, string>;
  issues: ReportIssue[];
  /** True when any layer comes from the (synthetic) demo. */
  synthetic: boolean;
  /** Where the heights came from (files, or the demo's generated relief); empty: no terrain term. */
  elevationSources: string[];
  /** Where the land cover came from; empty: each site's clutter from the unit it stands in. */
  clutterSources: string[];
}

/** The --clutter file through the app's land-cover import: GeoJSON polygons or a classified GeoTIFF (legend guessed). */
async function loadLandCover(dataset: Dataset, path: string): Promise<{ model: LandCoverModel; issues: ReportIssue[] }> {
  const read = await importLandCover({ name: basename(path), bytes: readBytes(path, '--clutter') }, areaBBox(dataset).bbox);
  const issues: ReportIssue[] = read.issues.map((i) => ({ file: path, layer: 'units', severity: i.severity, reason: landCoverIssueText('en', i) }));
  if (!read.model) throw new ReportInputError(`${path} (--clutter): ${issues.find((i) => i.severity === 'error')?.reason ?? 'no land cover'}`);
  return { model: read.model, issues };
}

/**
 * The elevation layer: the --dem files resampled over the area (the same code as the app's import), else the demo's
 * generated relief when the units are the demo's, else none. A file that gives no height in the area is an error.
 */
async function loadElevation(
  dataset: Dataset, files: readonly string[], demoElevation: ElevationModel | undefined,
): Promise<{ model: ElevationModel | null; issues: ReportIssue[]; sources: string[] }> {
  if (files.length === 0) return { model: demoElevation ?? null, issues: [], sources: demoElevation?.sources ?? [] };
  const inputs = files.map((path) => ({ name: basename(path), bytes: readBytes(path, '--dem') }));
  const read = await importElevation(inputs, areaBBox(dataset).bbox);
  const issues: ReportIssue[] = read.issues.map((i) => ({
    file: i.file, layer: 'units', severity: i.severity, reason: demIssueText('en', i),
  }));
  if (!read.elevation) {
    const why = issues.find((i) => i.severity === 'error')?.reason ?? 'no height inside the area';
    throw new ReportInputError(`${files.join(', ')} (--dem): no elevation could be used (${why})`);
  }
  return { model: read.elevation, issues, sources: [...files] };
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
function readLayerFile(path: string, layer: LayerName, units: readonly ReportingUnit[] | undefined): ReturnType<typeof readGeoJsonLayer> {
  const ext = extname(path).toLowerCase();
  if (ext === '.zip') return readShapefileLayer(readBytes(path, `--${layer}`), basename(path), layer, units);
  if (ext === '.kml' || ext === '.kmz') return readKmlOrKmzLayer(readBytes(path, `--${layer}`), basename(path), layer, xmldomParseXml, units);
  return readGeoJsonLayer(readText(path, layer), basename(path), layer, units);
}

function firstError(issues: readonly ImportIssue[]): string | undefined {
  const found = issues.find((i) => i.severity === 'error');
  return found ? reasonEn(found) : undefined;
}

function readLayer<K extends LayerName>(
  path: string, layer: K, options: LoadOptions, units?: readonly ReportingUnit[], area?: SitesArea,
): { items: Dataset[K]; issues: ImportIssue[] } {
  if (layer === 'sites' && isCsv(path)) {
    const profile = options.mappingProfile ? readMappingProfile(options.mappingProfile) : null;
    const read = loadSitesCsv(path, profile, area);
    return { items: read.items as Dataset[K], issues: read.issues };
  }
  const read = readLayerFile(path, layer, units);
  if (read.kind === null) {
    const reason = firstError(read.issues) ?? `not a ${layer} layer`;
    throw new ReportInputError(`${path} (--${layer}): ${reason}`);
  }
  const { items, issues } = read.result;
  if (items.length === 0) {
    const reason = firstError(issues) ?? 'no features';
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
  const take = <K extends LayerName>(layer: K, units?: readonly ReportingUnit[], area?: SitesArea): Dataset[K] | null => {
    const path = inputs[layer];
    if (path === undefined) return null;
    const read = readLayer(path, layer, options, units, area);
    sources[layer] = path;
    for (const { severity, ...rest } of read.issues) issues.push({ file: path, layer, severity, reason: reasonEn({ severity, ...rest }), ...rest });
    return read.items;
  };
  // files first: a bad file fails fast, before the demo is generated
  const units = take('units');
  // loaded only when needed: a report on four files never pays for generating the demo
  const fromDemo = LAYER_NAMES.some((l) => inputs[l] === undefined);
  const demo = fromDemo && units === null ? (await import('../../src/domain/demo')).generateDemoDataset() : null;
  // Villages without a unit code are located in the units the report runs on.
  const villages = take('villages', units ?? demo?.units);
  const sites = take('sites', undefined, units ? { units, name: '' } : demo ? { units: demo.units, name: demo.meta.name } : undefined);
  const fibre = take('fibre');
  const rest = fromDemo ? (demo ?? (await import('../../src/domain/demo')).generateDemoDataset()) : null;
  const dataset: Dataset = {
    meta: {
      name: rest ? rest.meta.name : 'report inputs',
      synthetic: rest?.meta.synthetic ?? false,
      sources: [...(rest?.meta.sources ?? []), ...LAYER_NAMES.filter((l) => sources[l] !== 'demo').map((l) => sources[l])],
    },
    units: units ?? rest?.units ?? [],
    villages: villages ?? rest?.villages ?? [],
    sites: sites ?? rest?.sites ?? [],
    fibre: fibre ?? rest?.fibre ?? [],
  };
  const elevation = await loadElevation(dataset, options.dem ?? [], units === null ? rest?.elevation : undefined);
  for (const issue of elevation.issues) issues.push(issue);
  // The sites' clutter: the --clutter file, else the demo's generated land cover when the sites are the demo's.
  const cover = options.clutter ? await loadLandCover(dataset, options.clutter) : { model: sites === null ? rest?.landCover ?? null : null, issues: [] };
  for (const issue of cover.issues) issues.push(issue);
  const full: Dataset = {
    ...dataset, ...(elevation.model ? { elevation: elevation.model } : {}), ...(cover.model ? { landCover: cover.model } : {}),
  };
  return {
    dataset: full, sources, issues, synthetic: dataset.meta.synthetic, elevationSources: elevation.sources,
    clutterSources: cover.model?.sources ?? [],
  };
}
