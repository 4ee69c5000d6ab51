/**
 * `npm run report -- [--units F] [--villages F] [--sites F.geojson|F.csv] [--mapping profile.json] [--fibre F] [--cell 100] [--format json|csv]
 *  [--out F] [--threshold -105]`: coverage and FTTH figures per reporting unit, from files or the demo.
 * Exit codes: 0 done, 2 bad arguments or unusable input, 1 unexpected failure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { measurementsSection } from './report/measurements-section';
import { areaBBox } from '../src/domain/coverage/area-bbox';
import type { Dataset } from '../src/domain/model/types';
import { ISSUE_TEXT_EN } from '../src/i18n/import-strings';
import { measureIssueText } from '../src/i18n/measure-strings';
import { renderCodedText } from '../src/io/coded-text';
import { decodeCsvBytes } from '../src/io/csv/decode';
import { readMeasurementsCsv, type MeasurementsRead } from '../src/io/measure/read-measurements';
import { parseReportArgs, ReportArgError, USAGE } from './report/args';
import { buildReport } from './report/build-report';
import { formatCsv } from './report/format-csv';
import { formatJson } from './report/format-json';
import { loadInputs, ReportInputError } from './report/load';
import { assertGridFits } from './report/grid-check';
import { rulesSections } from './report/rules-sections';
import { engineWarningText } from '../src/i18n/engine-warnings';
import { renderMessage } from '../src/i18n/messages';
import { errorAsMessage } from '../src/domain/text/message';

/** The samples of --measurements in the dataset's area; a file that cannot be used at all stops the report (exit 2). */
function readMeasurementsFile(path: string, dataset: Dataset): MeasurementsRead {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new ReportArgError(`${path} (--measurements): cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const decoded = decodeCsvBytes(bytes, basename(path));
  if (!decoded.ok) throw new ReportArgError(`${path} (--measurements): ${renderCodedText(ISSUE_TEXT_EN, decoded.reason.code, decoded.reason.params)}`);
  const read = readMeasurementsCsv(decoded.text, { fileName: basename(path), area: areaBBox(dataset).bbox });
  const fatal = read.issues.find((i) => i.severity === 'error' && i.line === 0);
  if (!read.set && fatal) throw new ReportArgError(measureIssueText('en', fatal));
  return read;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseReportArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const loaded = await loadInputs(args.inputs, { mappingProfile: args.mapping, dem: args.dem, clutter: args.clutter });
  // the engine loads after the arguments and inputs are checked, so usage errors stay quick
  const { CoverageModel, DEFAULT_COVERAGE_SETTINGS } = await import('../src/domain/coverage');
  const { TECHNOLOGIES } = await import('../src/domain/model/types');
  const { thresholdRxLevDbm, thresholdRscpDbm } = args;
  const techs = TECHNOLOGIES.filter((t) => DEFAULT_COVERAGE_SETTINGS.techs.includes(t)
    || (t === '2G' && thresholdRxLevDbm !== undefined) || (t === '3G' && thresholdRscpDbm !== undefined));
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: args.cellM, thresholdDbm: args.thresholdDbm, thresholdRxLevDbm, thresholdRscpDbm, techs };
  assertGridFits(loaded, args.cellM, settings.techs.length);
  const measurementsRead = args.measurements === null ? null : readMeasurementsFile(args.measurements, loaded.dataset);
  const model = new CoverageModel(loaded.dataset, settings);
  const figures = model.figures();
  const rules = args.format === 'json' ? rulesSections(loaded.dataset, figures, settings) : undefined;
  const report = buildReport(figures, {
    generated_at: new Date().toISOString(),
    inputs: loaded.sources,
    cell_m: args.cellM,
    threshold_dbm: args.thresholdDbm,
    ...(thresholdRxLevDbm !== undefined ? { threshold_2g_rxlev_dbm: thresholdRxLevDbm } : {}),
    ...(thresholdRscpDbm !== undefined ? { threshold_3g_rscp_dbm: thresholdRscpDbm } : {}),
    synthetic: loaded.synthetic,
    elevation: loaded.elevationSources.length > 0 ? loaded.elevationSources : 'none',
    clutter: loaded.clutterSources.length > 0 ? loaded.clutterSources : 'none',
    techs: [...figures.techs],
    warnings: figures.warnings.map((w) => engineWarningText('en', w)),
    warning_codes: figures.warnings,
  }, loaded.issues, loaded.dataset.sites, rules);
  const measurements = measurementsRead && args.measurements !== null
    ? measurementsSection(loaded.dataset, settings, model, measurementsRead, { file: basename(args.measurements), calibrate: args.calibrate, holdOut: args.holdOut, includeIndoor: args.includeIndoor })
    : null;
  const text = args.format === 'csv' ? formatCsv(report.units) : formatJson(measurements ? { ...report, measurements } : report);
  if (args.out === null) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(args.out, text, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ReportArgError(`${args.out} (--out): cannot write file: ${code}`);
  }
  process.stderr.write(`wrote ${args.out}: ${report.units.length} units, ${report.villages.length} villages\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ReportInputError || (e instanceof Error && 'code' in e && e.code === 'grid-too-large')) {
    // unusable input: one line naming the file and the problem (the usage would not help)
    process.stderr.write(`report: ${e instanceof ReportInputError ? e.message : renderMessage('en', errorAsMessage(e))}\n`);
    process.exitCode = 2;
  } else if (e instanceof ReportArgError) {
    process.stderr.write(`report: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`report: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
}
