/** Command-line options of `npm run report`, parsed and validated without touching the file system. */
export type ReportFormat = 'json' | 'csv';
export type LayerName = 'units' | 'villages' | 'sites' | 'fibre';
export const LAYER_NAMES: readonly LayerName[] = ['units', 'villages', 'sites', 'fibre'];

export interface ReportArgs {
  inputs: Partial<Record<LayerName, string>>;
  cellM: number;
  format: ReportFormat;
  out: string | null;
  /** RSRP threshold of 4G and 5G. */
  thresholdDbm: number;
  /** --threshold-2g: 2G RxLev threshold; given, 2G is computed too. */
  thresholdRxLevDbm?: number;
  /** --threshold-3g: 3G pilot RSCP threshold; given, 3G is computed too. */
  thresholdRscpDbm?: number;
  help: boolean;
  /** Column mapping profile (JSON) for a CSV --sites file; null = guess the columns from the header. */
  mapping: string | null;
  /** Elevation files (--dem, repeatable). */
  dem: string[];
  /** Land cover (GeoJSON polygons with a class property). */
  clutter: string | null;
  /** Measured samples (CSV) to compare the prediction with. */
  measurements: string | null;
  /** --calibrate: fit per-class offsets to the measurements (needs --measurements). */
  calibrate: boolean;
  /** --holdout: share of the samples the fit does not see and is judged on. */
  holdOut: number;
  /** --include-indoor: fit on the samples the file marks indoor too (needs --calibrate). */
  includeIndoor: boolean;
}

/** A usage error: the caller prints the message and exits with code 2. */
export class ReportArgError extends Error {}

export const USAGE = `Usage: npm run report -- [--units F] [--villages F] [--sites F] [--fibre F] [--mapping profile.json]
                        [--dem F.hgt|F.hgt.zip|F.tif ...] [--clutter F.geojson|F.tif] [--cell 100] [--format json|csv] [--out F]
                        [--threshold -105] [--threshold-2g -95] [--threshold-3g -100]
                        [--measurements F.csv [--calibrate [--include-indoor]] [--holdout 0.2]]
--threshold is the 4G/5G RSRP threshold. 2G and 3G are computed only when their own threshold is given:
--threshold-2g in RxLev, --threshold-3g in pilot RSCP (dBm).
Layers not given come from the built-in demo province. Input files are GeoJSON, zipped shapefiles (.zip) or
KML/KMZ; sites may also be a carrier CSV (.csv), read with columns guessed from its header or with a saved mapping
profile (--mapping). --dem (repeatable) adds terrain: SRTM .hgt tiles (plain or zipped) or a GeoTIFF DEM; without it
the demo's generated relief is used when the units are the demo's, and no terrain otherwise. --clutter gives land
cover (polygons with a class: dense-urban, urban, suburban, village, cropland, forest, open, water, or a classified
GeoTIFF in ESA WorldCover, Dynamic World or PhuSong 1–8 codes, the legend guessed from its values); each site's
propagation model takes the clutter of the ground it stands on (the demo's generated land cover for the demo's sites).
--measurements compares measured samples (CSV: position, rsrp/rscp/rxlev or mức thu, optionally tech, carrier, site,
route, band/EARFCN, PCI, cell id, indoor) with the prediction in a "measurements" section, samples marked indoor
counted apart (the prediction is outdoor); --calibrate also fits per-land-cover offsets on all but a held-out share
(--holdout, default 0.2), indoor samples left out unless --include-indoor, and gives the figures recomputed with them.`;

const MIN_CELL_M = 10;
const MAX_CELL_M = 1000;
const MIN_THRESHOLD_DBM = -140;
const MAX_THRESHOLD_DBM = -40;

function numberOption(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw new ReportArgError(`${flag}: "${raw}" is not a number`);
  if (value < min || value > max) throw new ReportArgError(`${flag}: ${value} is outside ${min}..${max}`);
  return value;
}

const KNOWN_FLAGS = new Set([
  ...LAYER_NAMES.map((n) => `--${n}`), '--cell', '--threshold', '--threshold-2g', '--threshold-3g', '--format', '--out', '--mapping', '--dem', '--clutter',
  '--measurements', '--calibrate', '--holdout', '--include-indoor',
]);

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const args: ReportArgs = {
    inputs: {}, cellM: 100, format: 'json', out: null, thresholdDbm: -105, help: false, mapping: null, dem: [], clutter: null,
    measurements: null, calibrate: false, holdOut: 0.2, includeIndoor: false,
  };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--help' || token === '-h') {
      args.help = true;
      continue;
    }
    if (!token.startsWith('--')) throw new ReportArgError(`unexpected argument "${token}"`);
    const eq = token.indexOf('=');
    const flag = eq > 0 ? token.slice(0, eq) : token;
    if (!KNOWN_FLAGS.has(flag)) throw new ReportArgError(`unknown option ${flag}`);
    if (flag === '--calibrate' || flag === '--include-indoor') {
      if (eq > 0) throw new ReportArgError(`${flag} takes no value`);
      if (flag === '--calibrate') args.calibrate = true;
      else args.includeIndoor = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = token.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw new ReportArgError(`${flag} needs a value`);
    if (flag === '--dem') {
      if (value.trim() === '') throw new ReportArgError('--dem needs a file name');
      args.dem.push(value);
      continue;
    }
    if (seen.has(flag)) throw new ReportArgError(`${flag} given twice`);
    seen.add(flag);
    const name = flag.slice(2);
    if ((LAYER_NAMES as readonly string[]).includes(name)) {
      if (value.trim() === '') throw new ReportArgError(`${flag} needs a file name`);
      args.inputs[name as LayerName] = value;
    } else if (flag === '--cell') {
      args.cellM = numberOption(flag, value, MIN_CELL_M, MAX_CELL_M);
    } else if (flag === '--threshold') {
      args.thresholdDbm = numberOption(flag, value, MIN_THRESHOLD_DBM, MAX_THRESHOLD_DBM);
    } else if (flag === '--threshold-2g') {
      args.thresholdRxLevDbm = numberOption(flag, value, MIN_THRESHOLD_DBM, MAX_THRESHOLD_DBM);
    } else if (flag === '--threshold-3g') {
      args.thresholdRscpDbm = numberOption(flag, value, MIN_THRESHOLD_DBM, MAX_THRESHOLD_DBM);
    } else if (flag === '--format') {
      if (value !== 'json' && value !== 'csv') throw new ReportArgError(`--format: "${value}" must be json or csv`);
      args.format = value;
    } else if (flag === '--mapping') {
      if (value.trim() === '') throw new ReportArgError('--mapping needs a file name');
      args.mapping = value;
    } else if (flag === '--clutter') {
      if (value.trim() === '') throw new ReportArgError('--clutter needs a file name');
      args.clutter = value;
    } else if (flag === '--measurements') {
      if (value.trim() === '') throw new ReportArgError('--measurements needs a file name');
      args.measurements = value;
    } else if (flag === '--holdout') {
      args.holdOut = numberOption(flag, value, 0.05, 0.5);
    } else if (flag === '--out') {
      if (value.trim() === '') throw new ReportArgError('--out needs a file name');
      args.out = value;
    }
  }
  if (args.calibrate && args.measurements === null) throw new ReportArgError('--calibrate needs --measurements');
  if (args.includeIndoor && !args.calibrate) throw new ReportArgError('--include-indoor needs --calibrate');
  return args;
}
