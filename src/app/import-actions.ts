/**
 * The import flows behind the header button and the map drop zone: GeoJSON and project files go to the existing
 * actions; carrier CSVs, zipped shapefiles and KML/KMZ are read in the worker, checked in a dialog, then committed
 * through the planner (one undo step each).
 */
import * as Comlink from 'comlink';
import { importPreviewPoints, previewBounds, type ImportPreviewPoints } from '../domain/display/import-preview';
import { diffCarrierSites, type SiteDiff } from '../domain/model/site-diff';
import { generatedLayers } from '../domain/model/generated-layers';
import type { Dataset, Site } from '../domain/model/types';
import { errorMessage } from '../domain/text/error-message';
import type { ColumnMapping, CsvEncodingChoice, MappingProfile } from '../io/csv';
import { fileTypeOf, type FileTypeId } from '../io/file-formats';
import type { LayerKind } from '../io/geojson';
import { isClassifiedTiff } from '../io/land-cover/classified-tiff-probe';
import type { ImportStringKey } from '../i18n/import-strings';
import type { CsvChoices, CsvReadResult } from '../worker/import-csv';
import type { LayerFormat } from '../worker/import-layer';
import type { LayerRead } from '../io/shapefile';
import type { CoverageWorker } from './coverage-client';
import { mergeLayer } from './dataset-merge';
import { largeRemovals, layerNameOf, mergeCarrierSites, mergeDrops, mergeEffect, type MergeEffect, type SiteMergeMode } from './import-merge';
import { deleteProfile, loadProfiles, matchingProfile, saveProfile } from './import-profiles';
import { INITIAL_IMPORT_STATE, type CsvDialog, type ImportState } from './import-state';
import type { LandCoverActions } from './land-cover-actions';
import type { MeasureActions } from './measure-actions';
import type { PlannerActions } from './planner-actions';
import type { ProjectActions } from './project-actions';
import { importRefusal } from './unusable-data';
import { mapFocusBox } from './view-memory';
import type { Lang } from '../i18n/lang';
import { message, errorAsMessage, type MessageParam } from '../domain/text/message';
import { noticeAction, postNotice, type NoticeText } from './notice-queue';
import type { AppState, Notice } from './state';
import { createStore, type Store } from './store';

const NO_CHOICES: CsvChoices = { excludedLines: [] };

/** What the import flows need from the app: the worker, the planner's write path, and the project and GeoJSON imports. */
export interface ImportHost {
  readonly worker: CoverageWorker;
  readonly planner: Pick<PlannerActions, 'commit' | 'endGesture'>;
  readonly projects: Pick<ProjectActions, 'importFile'>;
  /** Where an 8-bit GeoTIFF goes: it cannot hold heights, so it is read as a classified land cover. */
  readonly landCover: Pick<LandCoverActions, 'open'>;
  /** Where a CSV of measured levels (rsrp, rscp, rxlev, mức thu) goes. */
  readonly measurements: Pick<MeasureActions, 'open'>;
  importFile(fileName: string, text: string): Promise<void>;
}


export class ImportActions {
  readonly state: Store<ImportState> = createStore<ImportState>({ ...INITIAL_IMPORT_STATE, profiles: loadProfiles() });
  private readSeq = 0;

  constructor(private readonly app: Store<AppState>, private readonly actions: ImportHost) {}

  /** A text of the import table as a message, rendered when the notice is shown. */
  private m(key: ImportStringKey, params?: Readonly<Record<string, MessageParam>>) {
    return message('import', key, params);
  }

  /** Notices go on the app's one queue as messages, so they follow a language switch. */
  private notify(
    level: Notice['level'], text: NoticeText | ((lang: Lang) => string), details: readonly NoticeText[] = [], actions?: Notice['actions'],
  ): void {
    postNotice(this.app, level, text, details, actions);
  }

  private patchCsv(patch: Partial<CsvDialog>): void {
    this.state.set((s) => (s.csv ? { csv: { ...s.csv, ...patch } } : {}));
  }

  /**
   * The one route of every file the user drops or picks: its format from the registry (or `as`, when the picker
   * allows one format only), then that format's read and review flow.
   */
  async openFile(file: File, as?: FileTypeId): Promise<void> {
    return this.openFiles([file], as);
  }

  /**
   * Several files at once (a drop, a multiple pick): elevation tiles go together into one elevation layer, every
   * other file its own way. A file is routed by its name and first bytes, before the rest of it is read (an
   * elevation file may be refused for its size unread).
   */
  async openFiles(files: readonly File[], as?: FileTypeId): Promise<void> {
    const dem: File[] = [];
    for (const file of files) {
      try {
        const route = as ?? fileTypeOf(file.name, new Uint8Array(await file.slice(0, 512).arrayBuffer()));
        if (route === 'dem') dem.push(file);
        else await this.openRouted(file, route);
      } catch (e) {
        this.notify('error', this.m('readFailed', { file: file.name, reason: errorAsMessage(e) }));
      }
    }
    if (dem.length > 0) await this.openDem(dem);
  }

  private async openRouted(file: File, route: Exclude<FileTypeId, 'dem'>): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = () => new TextDecoder().decode(bytes);
    switch (route) {
      case 'project':
        return await this.actions.projects.importFile(file.name, text());
      case 'geojson':
        // classed land-cover polygons would otherwise be taken for reporting units
        if (await this.actions.worker.isLandCoverGeoJson(text())) return await this.actions.landCover.open(file);
        if (await this.actions.worker.measureIsGeoJson(text())) return await this.actions.measurements.open(file.name, bytes);
        return await this.actions.importFile(file.name, text());
      case 'csv':
        // the reader (and papaparse) is fetched with the first CSV, not at start-up
        if ((await import('../io/measure/recognise-measurements')).looksLikeMeasurements(bytes)) return await this.actions.measurements.open(file.name, bytes);
        return await this.openCsv(file.name, bytes);
      case 'shapefile':
      case 'kml':
        return await this.openLayer(file.name, bytes, route);
    }
  }

  // ---- elevation ----

  /**
   * Files routed as elevation; an 8-bit GeoTIFF among them is a class map (no DEM is stored so) and opens the
   * land-cover import instead (the first one: a project has one land cover).
   */
  private async openDem(files: File[]): Promise<void> {
    const classified: File[] = [];
    for (const f of files) if (/\.tiff?$/i.test(f.name) && (await isClassifiedTiff(f))) classified.push(f);
    const [landCover] = classified;
    if (landCover) await this.actions.landCover.open(landCover);
    const dem = files.filter((f) => !classified.includes(f));
    if (dem.length > 0) await this.readDem(dem);
  }

  /**
   * Elevation files, read and resampled in the worker into one elevation layer that replaces the project's (one
   * undo step); coverage is then recomputed with terrain. Nothing changes when no file gives a height in the area.
   */
  private async readDem(files: File[]): Promise<void> {
    const dataset = this.app.get().dataset;
    if (!dataset) return;
    const names = files.map((f) => f.name).join(', ');
    this.state.set({ demBusy: names });
    try {
      const read = await this.actions.worker.readElevationFiles(files);
      const details = read.issues.map((i) => message('dem', i.code, i.params));
      const current = this.app.get().dataset;
      if (!read.elevation || !current) {
        this.notify('error', message('dem', 'demNothing', { files: names }), details);
        return;
      }
      this.app.set({ selection: { kind: 'none' } });
      this.actions.planner.commit({ dataset: { ...current, elevation: read.elevation } });
      this.actions.planner.endGesture();
      const covered = Math.round(read.coveredShare * 1000) / 10;
      this.notify(read.issues.length > 0 ? 'warning' : 'info', message('dem', 'demDone', { files: names, cell: read.cellM, covered }), details);
    } finally {
      this.state.set({ demBusy: null });
    }
  }

  // ---- CSV ----

  private async openCsv(fileName: string, bytes: Uint8Array): Promise<void> {
    await this.closeCsv();
    const seq = ++this.readSeq;
    this.state.set({
      csv: {
        fileName, sessionId: null, step: 'mapping', progress: { fraction: 0, rows: 0 }, read: null, choices: NO_CHOICES,
        mode: 'replace', layerName: layerNameOf(fileName), confirming: false, onMap: false, profileName: null, error: null,
      },
    });
    try {
      const sessionId = await this.actions.worker.csvOpen(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), fileName);
      if (seq !== this.readSeq) return void this.actions.worker.csvClose(sessionId);
      this.patchCsv({ sessionId });
      let read = await this.actions.worker.csvRead(sessionId, NO_CHOICES, this.progressProxy(seq));
      if (seq !== this.readSeq) return;
      const saved = matchingProfile(this.state.get().profiles, read.headers);
      let choices = NO_CHOICES;
      if (saved) {
        choices = { ...NO_CHOICES, ...profileChoices(saved.profile) };
        read = await this.actions.worker.csvRead(sessionId, choices, this.progressProxy(seq));
        if (seq !== this.readSeq) return;
      }
      this.patchCsv({ read, choices: this.settled(choices, read), progress: null, profileName: saved?.profile.name ?? null });
    } catch (e) {
      this.readFailed(seq, fileName, e);
    }
  }

  /** The choices as the reader settled them (guessed mapping and CRS become explicit, so the selects show them). */
  private settled(choices: CsvChoices, read: CsvReadResult): CsvChoices {
    // the crs is left to the mapping (both pairs mapped: each row from the pair it fills), so it is not pinned here
    this.lastChoices = { ...choices, mapping: read.mapping };
    return this.lastChoices;
  }

  /** The choices of the shown result, restored when a re-read is cancelled. */
  private lastChoices: CsvChoices = NO_CHOICES;

  private progressProxy(seq: number) {
    return Comlink.proxy((fraction: number, rows: number) => {
      if (seq === this.readSeq) this.patchCsv({ progress: { fraction, rows } });
    });
  }

  private readFailed(seq: number, fileName: string, e: unknown): void {
    if (seq !== this.readSeq) return;
    const aborted = typeof e === 'object' && e !== null && 'name' in e && e.name === 'AbortError';
    if (aborted && this.state.get().csv?.read) {
      this.patchCsv({ progress: null });
    } else if (aborted) {
      void this.closeCsv();
      this.notify('info', this.m('cancelled', { file: fileName }));
    } else {
      this.patchCsv({ progress: null, error: errorMessage(e) });
    }
  }

  /** Reads the file again with changed choices (mapping, CRS, carrier, fixes, exclusions). */
  rereadCsv(patch: Partial<CsvChoices>): Promise<void> {
    return this.readWith({ ...(this.state.get().csv?.choices ?? NO_CHOICES), ...patch });
  }

  /** Reads the file again with exactly these choices (a choice left out goes back to the reader's guess). */
  private async readWith(choices: CsvChoices): Promise<void> {
    const csv = this.state.get().csv;
    const sessionId = csv?.sessionId;
    if (!csv || sessionId === null || sessionId === undefined) return;
    this.patchCsv({ choices, progress: { fraction: 0, rows: 0 }, error: null, confirming: false });
    const seq = ++this.readSeq;
    try {
      const read = await this.actions.worker.csvRead(sessionId, choices, this.progressProxy(seq));
      if (seq !== this.readSeq) return;
      this.patchCsv({ read, choices: this.settled(choices, read), progress: null });
    } catch (e) {
      this.readFailed(seq, csv.fileName, e);
    }
  }

  /** A new mapping drops any profile's crs narrowing: the mapped pairs decide what is read. */
  setMapping(mapping: ColumnMapping): void {
    const { crs: _old, ...rest } = this.state.get().csv?.choices ?? NO_CHOICES;
    void _old;
    void this.readWith({ ...rest, mapping });
  }

  /** The province whose VN-2000 zone the file's X/Y are in ('' for none). */
  setProvince(province: string): void {
    const { province: _old, ...rest } = this.state.get().csv?.choices ?? NO_CHOICES;
    void _old;
    void this.readWith({ ...rest, ...(province ? { province } : {}) });
  }

  /** Re-reads the file in the chosen encoding ('' goes back to telling it from the bytes). */
  setEncoding(encoding: CsvEncodingChoice | ''): void {
    // the headers read differently in another encoding: the columns are guessed again
    const { encoding: _old, mapping: _mapping, ...rest } = this.state.get().csv?.choices ?? NO_CHOICES;
    void _old;
    void _mapping;
    void this.readWith({ ...rest, ...(encoding ? { encoding } : {}) });
  }

  setCarrier(carrier: string): void {
    const { carrier: _old, ...rest } = this.state.get().csv?.choices ?? NO_CHOICES;
    void _old;
    void this.readWith({ ...rest, ...(carrier ? { carrier } : {}) });
  }

  /** The distance, m, beyond which rows of one site id are errors (null: the default). */
  setMaxRowsApart(metres: number | null): void {
    const { maxRowsApartM: _old, ...rest } = this.state.get().csv?.choices ?? NO_CHOICES;
    void _old;
    void this.readWith({ ...rest, ...(metres !== null && Number.isFinite(metres) && metres >= 0 ? { maxRowsApartM: metres } : {}) });
  }

  /** Sites outside the province by more than this, km, are errors (null: the default). */
  setProvinceMargin(km: number | null): void {
    const { provinceMarginKm: _old, ...rest } = this.state.get().csv?.choices ?? NO_CHOICES;
    void _old;
    void this.readWith({ ...rest, ...(km !== null && Number.isFinite(km) && km >= 0 ? { provinceMarginKm: km } : {}) });
  }

  /** Includes a line outside the province as read (or stops including it): no error, no automatic swap or sign fix. */
  toggleKept(line: number): Promise<void> {
    const lines = this.state.get().csv?.choices.keptLines ?? [];
    return this.rereadCsv({ keptLines: lines.includes(line) ? lines.filter((l) => l !== line) : [...lines, line] });
  }

  toggleExcluded(line: number): void {
    const lines = this.state.get().csv?.choices.excludedLines ?? [];
    void this.rereadCsv({ excludedLines: lines.includes(line) ? lines.filter((l) => l !== line) : [...lines, line] });
  }

  setStep(step: CsvDialog['step']): void {
    this.patchCsv({ step, confirming: false });
  }

  /** Folds the dialog to show the map's preview of the file, fitting the map to its points, good and bad (or unfolds it). */
  showOnMap(onMap: boolean): void {
    this.patchCsv({ onMap });
    const points = onMap ? this.previewPoints() : null;
    const bbox = points && previewBounds(points);
    if (bbox) this.app.set({ mapFocus: mapFocusBox(bbox) });
  }

  setMode(mode: SiteMergeMode): void {
    this.patchCsv({ mode, confirming: false });
  }

  setLayerName(layerName: string): void {
    this.patchCsv({ layerName, confirming: false });
  }

  /** Back from the confirmation to the report, nothing committed. */
  cancelConfirm(): void {
    this.patchCsv({ confirming: false });
  }

  /** Stops the running read: the first read closes the dialog; a re-read goes back to the last result and its choices. */
  cancelRead(): void {
    const csv = this.state.get().csv;
    if (!csv) return;
    if (csv.sessionId !== null) void this.actions.worker.csvCancel(csv.sessionId);
    this.readSeq++; // whatever the cancelled read still returns is dropped
    if (csv.read) {
      this.patchCsv({ progress: null, choices: this.lastChoices });
    } else {
      void this.closeCsv();
      this.notify('info', this.m('cancelled', { file: csv.fileName }));
    }
  }

  async closeCsv(): Promise<void> {
    const csv = this.state.get().csv;
    this.readSeq++;
    this.state.set({ csv: null });
    if (csv && csv.sessionId !== null) await this.actions.worker.csvClose(csv.sessionId);
  }

  /** The layer the CSV's sites will make: the name typed, else the file's name. */
  layerNameShown(): string {
    const csv = this.state.get().csv;
    return csv ? csv.layerName.trim() || layerNameOf(csv.fileName) : '';
  }

  /** What committing would remove (same ids, a layer of the same name, the carriers' earlier sites), or null. */
  commitEffect(): MergeEffect | null {
    const csv = this.state.get().csv;
    const dataset = this.app.get().dataset;
    if (!csv?.read || !dataset) return null;
    return mergeEffect(dataset, csv.read.sites, csv.mode, this.layerNameShown());
  }

  private diffOf: { read: CsvReadResult; sites: readonly Site[]; mode: SiteMergeMode; layer: string; diff: SiteDiff } | null = null;

  /**
   * The upload against its carriers' current sites (added, removed or kept when not in the file, as the commit in
   * the chosen mode would do, moved, changed), or null with no read.
   */
  quarterDiff(): SiteDiff | null {
    const csv = this.state.get().csv;
    const read = csv?.read;
    const sites = this.app.get().dataset?.sites;
    if (!csv || !read || !sites) return null;
    const { mode } = csv;
    const layer = this.layerNameShown();
    const d = this.diffOf;
    if (d?.read === read && d.sites === sites && d.mode === mode && d.layer === layer) return d.diff;
    const diff = diffCarrierSites(sites, read.sites, mergeDrops(read.sites, mode, layer));
    this.diffOf = { read, sites, mode, layer, diff };
    return diff;
  }

  private previewOf: { read: CsvReadResult; points: ImportPreviewPoints } | null = null;

  /** The points the map draws for the read not yet committed: its sites, and its rejected rows that have a position. */
  previewPoints(): ImportPreviewPoints | null {
    const read = this.state.get().csv?.read;
    if (!read) return null;
    if (this.previewOf?.read !== read) {
      const bad = read.issues.flatMap((i) => (i.severity === 'error' && !i.excluded && i.at ? [i.at] : []));
      this.previewOf = { read, points: importPreviewPoints(read.sites, bad) };
    }
    return this.previewOf.points;
  }

  /**
   * Merges the checked sites into the baseline as one undoable step. A merge that would remove more than half of a
   * carrier's sites waits for `confirmed` (the dialog shows the counts and asks).
   */
  commitCsv(confirmed = false): void {
    const csv = this.state.get().csv;
    const dataset = this.app.get().dataset;
    if (!csv?.read || !dataset || csv.read.sites.length === 0) return;
    const effect = this.commitEffect();
    if (!confirmed && effect && largeRemovals(effect).length > 0) return void this.patchCsv({ confirming: true });
    const { sites, stats } = csv.read;
    const merged = mergeCarrierSites(dataset, sites, csv.fileName, csv.mode, csv.layerName.trim() || layerNameOf(csv.fileName));
    if (this.refused(merged, csv.fileName)) return void this.closeCsv();
    this.app.set({ selection: { kind: 'none' } });
    this.actions.planner.commit({ dataset: merged });
    this.actions.planner.endGesture();
    void this.closeCsv();
    const first: Site | undefined = sites[0];
    const rejected = stats.rejectedRows;
    const excluded = csv.read.excluded;
    this.notify(
      rejected > 0 || csv.read.excluded > 0 ? 'warning' : 'info',
      this.m('csvDone', { n: sites.length, carriers: carriersOf(sites), file: csv.fileName, rejected, excluded }),
      [],
      first ? [noticeAction(this.app.get().lang, this.m('showSite', { id: first.id }), () => this.app.set({ selection: { kind: 'site', id: first.id } }))] : undefined,
    );
  }

  // ---- profiles ----

  saveProfile(name: string): void {
    const csv = this.state.get().csv;
    if (!csv?.read || !name.trim()) return;
    const { mapping, crs, province, carrier, maxRowsApartM, provinceMarginKm, encoding } = csv.choices;
    const profile: MappingProfile = {
      name: name.trim(), mapping: mapping ?? csv.read.mapping, crs: crs ?? csv.read.crs,
      ...(province ? { province } : {}), ...(carrier ? { carrier } : {}), ...(maxRowsApartM !== undefined ? { maxRowsApartM } : {}),
      ...(provinceMarginKm !== undefined ? { provinceMarginKm } : {}), ...(encoding ? { encoding } : {}),
      delimiter: csv.read.delimiter, decimalComma: csv.read.decimalComma,
    };
    this.state.set({ profiles: saveProfile({ profile, headers: csv.read.headers }) });
    this.patchCsv({ profileName: profile.name });
  }

  applyProfile(index: number): void {
    const saved = this.state.get().profiles[index];
    if (!saved) return;
    const p = saved.profile;
    this.patchCsv({ profileName: p.name });
    const { excludedLines, keptLines } = this.state.get().csv?.choices ?? NO_CHOICES;
    void this.readWith({ excludedLines, ...(keptLines ? { keptLines } : {}), ...profileChoices(p) });
  }

  deleteProfile(index: number): void {
    const saved = this.state.get().profiles[index];
    if (saved) this.state.set({ profiles: deleteProfile(saved.profile.name, saved.profile.carrier) });
  }

  // ---- shapefile, KML ----

  private async openLayer(fileName: string, bytes: Uint8Array, format: LayerFormat, kind?: LayerKind): Promise<void> {
    this.state.set({ layer: { fileName, format, bytes, busy: true, read: null, kind: kind ?? null } });
    try {
      const read = await this.actions.worker.readLayerFile(bytes, fileName, format, kind);
      this.state.set((s) => (s.layer?.bytes === bytes ? { layer: { ...s.layer, busy: false, read, kind: read.kind } } : {}));
    } catch (e) {
      this.state.set({ layer: null });
      this.notify('error', this.m('readFailed', { file: fileName, reason: errorAsMessage(e) }));
    }
  }

  /** Reads the shapefile/KML again as the given layer kind (when it was not recognised, or recognised wrongly). */
  readLayerAs(kind: LayerKind): void {
    const layer = this.state.get().layer;
    if (layer) void this.openLayer(layer.fileName, layer.bytes, layer.format, kind);
  }

  /** True (with the reason posted) when the merged layers would make a grid the engine cannot compute. */
  private refused(merged: Dataset, fileName: string): boolean {
    const { cellSizeM } = this.app.get();
    // Rendered per language, so the notice follows a language switch (the check itself runs once per language).
    const reason = { vi: importRefusal('vi', merged, cellSizeM, fileName), en: importRefusal('en', merged, cellSizeM, fileName) };
    if (reason.vi !== null) this.notify('error', (l) => reason[l] ?? '');
    return reason.vi !== null;
  }

  /** What committing the read layer replaces: the items of that layer now loaded, and whether they are generated. */
  layerReplaces(): { count: number; generated: boolean } | null {
    const kind = this.state.get().layer?.read?.kind;
    const dataset = this.app.get().dataset;
    if (!kind || !dataset) return null;
    return layerReplacedBy(dataset, kind);
  }

  /** A GeoJSON layer already read, shown in the layer dialog so its commit is asked for (see AppActions.importFile). */
  askLayer(fileName: string, text: string, read: LayerRead): void {
    this.state.set({ layer: { fileName, format: 'geojson', bytes: new TextEncoder().encode(text), busy: false, read, kind: read.kind } });
  }

  closeLayer(): void {
    this.state.set({ layer: null });
  }

  commitLayer(): void {
    const layer = this.state.get().layer;
    const dataset = this.app.get().dataset;
    const read = layer?.read;
    if (!layer || !read || read.kind === null || !dataset || read.result.items.length === 0) return;
    const merged = mergeLayer(dataset, read, layer.fileName);
    if (this.refused(merged, layer.fileName)) return this.closeLayer();
    this.app.set({ selection: { kind: 'none' } });
    this.actions.planner.commit({ dataset: merged });
    this.actions.planner.endGesture();
    this.state.set({ layer: null });
    const issues = read.result.issues.length;
    const kind = read.kind;
    this.notify(issues > 0 ? 'warning' : 'info', this.m('layerDone', {
      n: read.result.items.length, kind: this.m(`kind${kind}`), file: layer.fileName, issues,
    }));
  }
}

/** What a layer of `kind` committed into `dataset` replaces: the items of that layer now loaded, and whether they are generated. */
export function layerReplacedBy(dataset: Dataset, kind: LayerKind): { count: number; generated: boolean } {
  const count = (kind === 'roads' ? (dataset.roads ?? []) : dataset[kind]).length;
  return { count, generated: generatedLayers(dataset).includes(kind) };
}

/** A saved profile as dialog choices: mapping, coordinates, carrier and the file format it was saved with. */
function profileChoices(p: MappingProfile): Omit<CsvChoices, 'excludedLines' | 'keptLines'> {
  return {
    mapping: p.mapping, crs: p.crs,
    ...(p.province ? { province: p.province } : {}), ...(p.carrier ? { carrier: p.carrier } : {}),
    ...(p.delimiter ? { delimiter: p.delimiter } : {}), ...(p.decimalComma !== undefined ? { decimalComma: p.decimalComma } : {}),
    ...(p.maxRowsApartM !== undefined ? { maxRowsApartM: p.maxRowsApartM } : {}), ...(p.encoding ? { encoding: p.encoding } : {}),
    ...(p.provinceMarginKm !== undefined ? { provinceMarginKm: p.provinceMarginKm } : {}),
  };
}

function carriersOf(sites: readonly Site[]): string {
  const names = [...new Set(sites.map((s) => s.carrier).filter((c) => c !== ''))];
  return names.length > 0 ? names.join(', ') : '—';
}
