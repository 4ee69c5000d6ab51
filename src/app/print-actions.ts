/** What the print view does with its own state: open and close, page settings, and long jobs with their progress. */
import type { BBox } from '../domain/grid/equal-area-grid';
import { officialTextsFrom, type OfficialTexts } from '../domain/print/official-texts';
import { errorMessage } from '../domain/text/error-message';
import { printChoicesFrom } from '../domain/print/print-choices';
import { defaultPageSettings, splitPatch, takeLegacyIssuingBody, type PageSettings, type PrintSettings } from './print-settings';
import { INITIAL_PRINT_STATE, type PrintViewState } from './print-store';
import type { AppState } from './state';
import { createStore, type Store } from './store';

/** Thrown by a print job the user stopped: not an error to show. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export type JobProgress = (label: string, done: number, total: number) => void;

/** Settings as kept from the last opening, the "current view" extent moved to where the main map is now. */
function withView(settings: PageSettings, view: BBox | null): PageSettings {
  if (settings.extent.kind !== 'view') return settings;
  return { ...settings, extent: view ? { kind: 'view', bounds: view } : { kind: 'province' } };
}

export class PrintActions {
  readonly store: Store<PrintViewState> = createStore<PrintViewState>(INITIAL_PRINT_STATE);

  constructor(
    private readonly app: Store<AppState>,
    private readonly storage: Pick<Storage, 'getItem' | 'removeItem'> | null = globalThis.localStorage ?? null,
  ) {}

  /** `view`: the main map's bounds now (null when there is no main map to read). */
  open(view: BBox | null): void {
    this.adoptLegacyIssuingBody();
    this.store.set((s) => ({ open: true, settings: withView(s.settings ?? defaultPageSettings(this.app.get().layers), view), error: null, mainView: view }));
  }

  /** An issuing body an older build kept in this browser becomes the official block's body, once, unless it has one. */
  private adoptLegacyIssuingBody(): void {
    const legacy = takeLegacyIssuingBody(this.storage).trim();
    if (legacy && !this.app.get().officialTexts.body.trim()) this.updateOfficialTexts({ body: legacy });
  }

  close(): void {
    this.store.set({ open: false, progress: null });
  }

  /** The official block is the project's: an edit is a project edit, saved with it. */
  updateOfficialTexts(patch: Partial<OfficialTexts>): void {
    this.app.set((s) => ({ officialTexts: officialTextsFrom(patch, s.officialTexts) }));
  }

  /** The texts, palette and graticule go to the project (saved with it), the rest to the print view. */
  updateSettings(patch: Partial<PrintSettings>): void {
    const { choices, page } = splitPatch(patch);
    if (Object.values(choices).some((v) => v !== undefined)) this.app.set((s) => ({ printChoices: printChoicesFrom(choices, s.printChoices) }));
    if (Object.keys(page).length > 0) this.store.set((s) => (s.settings ? { settings: { ...s.settings, ...page } } : {}));
  }

  showError(message: string): void {
    this.store.set({ error: message });
  }

  /** Runs a long print job with the progress shown and errors reported in the print view; one job at a time. */
  async runJob(job: (progress: JobProgress) => Promise<void>): Promise<void> {
    if (this.store.get().progress) return;
    this.store.set({ progress: { label: '…', done: 0, total: 1 }, error: null });
    try {
      await job((label, done, total) => this.store.set({ progress: { label, done, total } }));
    } catch (e) {
      if (!(e instanceof Cancelled)) this.store.set({ error: errorMessage(e) });
    } finally {
      this.store.set({ progress: null });
    }
  }
}
