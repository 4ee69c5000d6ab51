/**
 * Structural validation of a project read from outside (a file, or storage written by an older build) before it
 * is used or stored. No schema library: each field is checked by hand and every error names its path, e.g.
 * `baseline.sites[17].lon: "abc" is not a number` (as messages, io/store/validation-texts). Strings are only ever checked to be strings, so markup inside
 * them stays inert data. Unknown extra fields are kept as they are.
 */
import { areaGridProblem } from '../../domain/coverage/area-limit';
import { CALIBRATION_LIMIT_DB } from '../../domain/coverage/input-checks';
import { areaGridMessage } from '../../domain/coverage/grid-too-large';
import { OFFICIAL_TEXT_KEYS } from '../../domain/print/official-texts';
import { PALETTES, PRINT_CHOICE_TEXTS } from '../../domain/print/print-choices';
import type { Message } from '../../domain/text/message';
import { TECHNOLOGIES, type Dataset } from '../../domain/model/types';
import { CURRENT_SCHEMA_VERSION, type Project } from './project';
import { checkClutter, checkDataset, checkSite } from './validate-dataset';
import { Checker, isRecord, type Rec } from './validate-kit';
import { validationMessage } from './validation-texts';

/** An applied calibration: every term within the engine's bound (a file edited beyond it is refused by its path). */
function checkCalibration(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  c.arr(v.offsetsDb, `${path}.offsetsDb`, (o, p) => c.num(o, p, -CALIBRATION_LIMIT_DB, CALIBRATION_LIMIT_DB));
  if (v.slopeDbPerDecade !== null) c.num(v.slopeDbPerDecade, `${path}.slopeDbPerDecade`, -CALIBRATION_LIMIT_DB, CALIBRATION_LIMIT_DB);
  c.num(v.log10RefM, `${path}.log10RefM`, 0, 7);
  c.num(v.samples, `${path}.samples`, 0);
  c.num(v.heldOutRmseDb, `${path}.heldOutRmseDb`, 0);
  c.str(v.fileName, `${path}.fileName`);
  c.date(v.appliedAt, `${path}.appliedAt`);
}

/** Each field present is a string (over-long ones are cut when the project is opened). */
function checkOfficialTexts(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  for (const key of OFFICIAL_TEXT_KEYS) if (v[key] !== undefined) c.str(v[key], `${path}.${key}`);
}

/** Each field present has its type: texts (cut when opened), a known palette, a yes/no graticule. */
function checkPrintChoices(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  for (const key of PRINT_CHOICE_TEXTS) if (v[key] !== undefined) c.str(v[key], `${path}.${key}`);
  if (v.palette !== undefined) c.oneOf(v.palette, `${path}.palette`, PALETTES);
  if (v.graticule !== undefined) c.bool(v.graticule, `${path}.graticule`);
}

function checkSettings(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  c.num(v.thresholdDbm, `${path}.thresholdDbm`, -200, 0);
  if (v.thresholdRxLevDbm !== undefined) c.num(v.thresholdRxLevDbm, `${path}.thresholdRxLevDbm`, -200, 0);
  if (v.thresholdRscpDbm !== undefined) c.num(v.thresholdRscpDbm, `${path}.thresholdRscpDbm`, -200, 0);
  c.num(v.cellSizeM, `${path}.cellSizeM`, 1, 100_000);
  c.bool(v.indoor, `${path}.indoor`);
  c.oneOf(v.lang, `${path}.lang`, ['vi', 'en'] as const);
  c.str(v.basemapUrl, `${path}.basemapUrl`);
  if (v.officialTexts !== undefined) checkOfficialTexts(c, v.officialTexts, `${path}.officialTexts`);
  if (v.print !== undefined) checkPrintChoices(c, v.print, `${path}.print`);
  if (v.calibration !== undefined) checkCalibration(c, v.calibration, `${path}.calibration`);
  c.record(v.clutterOverrides, `${path}.clutterOverrides`, (cl, p) => checkClutter(c, cl, p));
  c.arr(v.budgets, `${path}.budgets`, (b, p) => {
    if (!c.obj(b, p)) return;
    c.oneOf(b.tech, `${p}.tech`, TECHNOLOGIES);
    c.num(b.bandMHz, `${p}.bandMHz`, 0);
    c.str(b.label, `${p}.label`);
    for (const key of ['txPowerPerReDbm', 'antennaGainDbi', 'feederLossDb', 'beamformingGainDb', 'shadowMarginDb', 'indoorLossDb', 'mobileHeightM']) {
      c.num(b[key], `${p}.${key}`);
    }
  });
}

function checkScenario(c: Checker, v: unknown, path: string, baselineIds: ReadonlySet<string>): void {
  if (!c.obj(v, path)) return;
  c.nonEmpty(v.id, `${path}.id`);
  c.str(v.name, `${path}.name`);
  c.str(v.note, `${path}.note`);
  c.record(v.siteEdits, `${path}.siteEdits`, (site, p, key) => {
    checkSite(c, site, p);
    if (isRecord(site) && typeof site.id === 'string' && site.id !== key) c.problem(validationMessage('keyMismatch', { path: p, id: site.id }));
  });
  const ids = new Set(baselineIds);
  c.arr(v.addedSites, `${path}.addedSites`, (site, p) => {
    checkSite(c, site, p);
    if (isRecord(site)) c.unique(site.id, `${p}.id`, ids);
  });
  c.arr(v.removedSiteIds, `${path}.removedSiteIds`, (id, p) => c.str(id, p));
}

/** The coverage grid the baseline implies (scenario sites never size it), at the project's cell size, against the limit. */
function checkGridSize(c: Checker, v: Rec): void {
  // Only called once the structure passed, so these have the types the checks above verified.
  const baseline = v.baseline as Dataset;
  const problem = areaGridProblem(baseline, (v.settings as { cellSizeM: number }).cellSizeM);
  if (!problem) return;
  const path = problem.culprit ? `baseline.${problem.culprit.layer}[${problem.culprit.index}]` : 'baseline';
  c.problem(validationMessage('grid', { path, problem: areaGridMessage(problem) }));
}

function checkProject(c: Checker, v: Rec): void {
  c.nonEmpty(v.id, 'id');
  c.str(v.name, 'name');
  c.date(v.createdAt, 'createdAt');
  c.date(v.updatedAt, 'updatedAt');
  if (v.schemaVersion !== CURRENT_SCHEMA_VERSION) c.fail('schemaVersion', v.schemaVersion, 'x_exactly', { want: CURRENT_SCHEMA_VERSION });
  const baselineIds = checkDataset(c, v.baseline, 'baseline');
  const scenarioIds = new Set<string>();
  c.arr(v.scenarios, 'scenarios', (s, p) => {
    checkScenario(c, s, p, baselineIds);
    if (isRecord(s)) c.unique(s.id, `${p}.id`, scenarioIds);
  });
  const active = v.activeScenarioId;
  if (active !== null && (typeof active !== 'string' || !scenarioIds.has(active))) {
    c.fail('activeScenarioId', active, 'x_scenarioRef');
  }
  checkSettings(c, v.settings, 'settings');
  if (c.errors.length === 0) checkGridSize(c, v);
}

export function validateProject(raw: unknown): { project: Project } | { errors: Message[] } {
  const c = new Checker();
  if (c.obj(raw, 'project')) checkProject(c, raw);
  // Every field the type declares was checked above, so the cast only names what was verified.
  return c.errors.length > 0 ? { errors: c.errors } : { project: raw as unknown as Project };
}
