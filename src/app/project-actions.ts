/** The project list: open, create, rename, delete, export and import whole projects. */
import { deleteCoverage } from '../io/store/coverage-cache';
import { NO_RESULT, type CoverageMemory } from './coverage-memory';
import {
  copyAsNew, exportProject, importProjectFile, newProject, projectFileName, type Project, type ProjectStore,
} from '../io/store';
import type { StringKey } from '../i18n/strings';
import { tabSyncText, type TabSyncKey } from '../i18n/tab-sync-strings';
import { Autosave } from './autosave';
import type { CoverageWorker } from './coverage-client';
import type { PlannerActions } from './planner-actions';
import { projectFromState, stateFromProject } from './project-sync';
import { newerProjectMessage, storageErrorMessage } from './storage-error-text';
import type { NoticeText } from './notice-queue';
import { CodedError, errorAsMessage, message, type Message, type MessageParam } from '../domain/text/message';
import { FRESH_TAB_SYNC, type AppState, type Notice } from './state';
import type { Store } from './store';
import { TabCoordinator } from './tab-coordinator';
import { browserTabLink, type TabLink } from './tab-link';
import { copyName } from './tab-sync-rules';

export const DEMO_PROJECT_NAME = 'Đắk Nông (dữ liệu mẫu)';

/** What a start reopens; `failed`: a project is remembered as last opened but could not be read. */
export type LastOpened = { project: Project; failed: false } | { project: null; failed: boolean };

/** A stored time as "03:41 06/12/2026", the same in both languages. */
function stamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())} ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export interface ProjectHost {
  notify(level: Notice['level'], text: NoticeText, details?: readonly NoticeText[]): void;
  reloadBaseline(): Promise<void>;
  planner: PlannerActions;
  coverage: Pick<CoverageMemory, 'prefetch' | 'restore'>;
}

export class ProjectActions {
  private projects: ProjectStore | null = null;
  private autosave: Autosave | null = null;
  private tabs: TabCoordinator | null = null;
  /** The stored revision of each project as last loaded, the base of its next save. */
  private readonly loadedRevisions = new Map<string, number>();

  constructor(private readonly store: Store<AppState>, private readonly worker: CoverageWorker, private readonly host: ProjectHost) {}

  /** A text of the app table as a message, rendered when the notice is shown. */
  private t(key: StringKey, params?: Readonly<Record<string, MessageParam>>): Message {
    return message('app', key, params);
  }

  private tt(key: TabSyncKey, vars?: Readonly<Record<string, MessageParam>>): Message {
    return message('tabSync', key, vars);
  }

  /** Starts saving to `projects`; called once the store is open. */
  attach(projects: ProjectStore, link: TabLink = browserTabLink()): void {
    this.projects = projects;
    const tabs = new TabCoordinator(this.store, link, { flush: () => this.saveNow(), refresh: () => this.refresh() });
    this.tabs = tabs;
    this.autosave = new Autosave(this.store, projects, (e) => this.saveFailed(e), undefined, {
      saved: (id, revision) => tabs.announceSaved(id, revision),
    });
  }

  private async loadStored(id: string): Promise<Project | null> {
    const stored = (await this.projects?.loadWithRevision(id)) ?? null;
    if (stored) this.loadedRevisions.set(id, stored.revision);
    if (stored?.unreadableSave) {
      const { savedAt, openedSavedAt } = stored.unreadableSave;
      this.host.notify('warning', this.t('lastSaveUnreadable', { name: stored.project.name, savedAt: stamp(savedAt), openedAt: stamp(openedSavedAt) }));
    }
    return stored?.project ?? null;
  }

  /** Saves what is not saved yet without waiting for the autosave's delay (the page is being hidden or left). */
  saveNow(): Promise<void> {
    return this.store.get().unsavedChanges && this.autosave ? this.autosave.flush() : Promise.resolve();
  }

  /** Why a stored project could not be opened, in the UI's language when shown. */
  private openFailure(e: unknown): Message {
    return storageErrorMessage(e);
  }

  saveFailed(e: unknown): void {
    this.host.notify('error', this.t('saveFailed', { reason: storageErrorMessage(e) }));
  }

  /**
   * The project opened last. One that is remembered but cannot be read stays remembered (`failed`), so a start
   * that opens the demo in its place does not make the demo the one the next start opens. `onId` learns its id
   * before it is read.
   */
  async lastOpened(onId: (id: string) => void = () => undefined): Promise<LastOpened> {
    if (!this.projects) return { project: null, failed: false };
    let id: string | null = null;
    try {
      id = await this.projects.getLastOpened();
      if (id !== null) onId(id);
      return { project: id ? await this.loadStored(id) : null, failed: false };
    } catch (e) {
      const name = id === null ? '' : await this.storedName(id);
      this.host.notify('error', this.t('projectNotRestored', { name, reason: this.openFailure(e) }));
      return { project: null, failed: id !== null };
    }
  }

  /** The listed name of a stored project, or its id when even the list cannot be read. */
  private async storedName(id: string): Promise<string> {
    const listed = await this.projects?.list().catch(() => []);
    return listed?.find((p) => p.id === id)?.name ?? id;
  }

  /**
   * Puts a project into the state (without recomputing) and remembers it as the last opened. `saveNow` for a
   * project not stored yet; otherwise it is the version last loaded from the store.
   */
  async show(project: Project, saveNow: boolean, remember = true): Promise<void> {
    this.present(project, saveNow ? 0 : (this.loadedRevisions.get(project.id) ?? 0), saveNow, FRESH_TAB_SYNC.mode);
    await this.tabs?.claim(project.id);
    if (saveNow) await this.autosave?.flush();
    if (remember) await this.projects?.setLastOpened(project.id).catch((e: unknown) => this.saveFailed(e));
  }

  private present(project: Project, revision: number, unsaved: boolean, mode: AppState['tabSync']['mode']): void {
    this.store.set({
      ...stateFromProject(project), selection: { kind: 'none' }, compare: null, lastSavedAt: unsaved ? null : project.updatedAt,
      tabSync: { ...FRESH_TAB_SYNC, revision, mode },
    });
    this.host.planner.forgetHistory();
    if (!unsaved) this.autosave?.markSaved();
  }

  /** Replaces the open project by its stored version when that is newer (another tab saved), or after a conflict. */
  private async refresh(): Promise<void> {
    const { project, tabSync } = this.store.get();
    if (!project || !this.projects) return;
    try {
      const stored = await this.projects.loadWithRevision(project.id);
      if (!stored) throw new CodedError(this.t('projectMissing'), 'the project is no longer stored');
      if (stored.revision === tabSync.revision && !tabSync.conflict) return;
      if (this.store.get().project?.id !== project.id) return;
      this.present(stored.project, stored.revision, false, this.store.get().tabSync.mode);
      await this.host.reloadBaseline();
    } catch (e) {
      this.host.notify('error', this.t('projectNotRefreshed', { name: project.name, reason: this.openFailure(e) }));
    }
  }

  /** After a refused save: drops this tab's unsaved changes and shows the version another tab stored. */
  async reloadStored(): Promise<void> {
    const name = this.store.get().project?.name ?? '';
    await this.refresh();
    if (!this.store.get().tabSync.conflict) this.host.notify('info', this.tt('reloadedStored', { name }));
  }

  /** After a refused save: keeps the stored version as it is and saves this tab's state as a new project. */
  async keepBoth(): Promise<void> {
    const current = projectFromState(this.store.get());
    if (!current) return;
    const copy = copyAsNew(current, copyName(current.name, tabSyncText(this.store.get().lang, 'copySuffix')));
    await this.show(copy, true);
    this.host.notify('info', this.tt('copySaved', { name: copy.name, original: current.name }));
  }

  /** A read-only tab becomes the one that edits (the other tab saves first, then follows this one). */
  takeOver(): Promise<void> {
    return this.tabs?.takeOver() ?? Promise.resolve();
  }

  async list(): Promise<void> {
    if (!this.projects) return;
    try {
      this.store.set({ projects: await this.projects.list() });
    } catch (e) {
      this.host.notify('error', errorAsMessage(e));
    }
  }

  close(): void {
    this.store.set({ projects: null });
  }

  async open(id: string): Promise<void> {
    if (!this.projects || id === this.store.get().project?.id) return;
    await this.autosave?.flush();
    try {
      this.host.coverage.prefetch(id);
      const project = await this.loadStored(id);
      if (!project) throw new CodedError(this.t('projectMissing'), 'the project is no longer stored');
      // Not the other project's coverage over this one's layers: its own kept coverage, or none until it is built.
      this.store.set({ projects: null, ...NO_RESULT, computing: true });
      await this.show(project, false);
      await this.host.coverage.restore();
      await this.host.reloadBaseline();
    } catch (e) {
      this.store.set({ computing: false });
      this.host.notify('error', this.t('projectNotOpened', { reason: this.openFailure(e) }));
    }
  }

  /** A new project on a freshly generated demo province. */
  async createDemo(): Promise<void> {
    const existing = this.store.get().projects ?? [];
    // The list closes at once: it would show the projects as they were while the new one is made and saved.
    this.store.set({ projects: null });
    await this.autosave?.flush();
    const { dataset } = await this.worker.loadDemo();
    const taken = new Set(existing.map((p) => p.name));
    let name = DEMO_PROJECT_NAME;
    for (let n = 2; taken.has(name); n++) name = `${DEMO_PROJECT_NAME} ${n}`;
    this.store.set({ ...NO_RESULT, computing: true });
    await this.show(newProject(name, dataset), true);
    await this.host.reloadBaseline();
  }

  async rename(id: string, name: string): Promise<void> {
    const trimmed = name.trim();
    if (!this.projects || !trimmed) return;
    const open = this.store.get().project;
    if (open?.id === id) this.store.set({ project: { ...open, name: trimmed } });
    else await this.renameStored(id, trimmed);
    await this.saveNow();
    await this.list();
  }

  /** A project not open here may be open in another tab: that tab follows the rename (or its next save is refused). */
  private async renameStored(id: string, name: string): Promise<void> {
    if (!this.projects) return;
    try {
      await this.projects.rename(id, name);
      const stored = await this.projects.loadWithRevision(id);
      if (stored) this.tabs?.announceSaved(id, stored.revision);
    } catch (e) {
      this.saveFailed(e);
    }
  }

  /** The open project cannot be deleted (open another first). */
  async remove(id: string): Promise<void> {
    if (!this.projects || id === this.store.get().project?.id) return;
    await this.projects.remove(id).catch((e: unknown) => this.saveFailed(e));
    await deleteCoverage(id).catch(() => undefined);
    await this.list();
  }

  /** The open project as one JSON file; works without storage too. */
  exportOpen(): { fileName: string; text: string } | null {
    const project = projectFromState(this.store.get());
    return project ? { fileName: projectFileName(project), text: exportProject(project) } : null;
  }

  /** Imports a project file as a new project (never over a stored one) and opens it. */
  async importFile(fileName: string, text: string): Promise<void> {
    const read = importProjectFile(text, fileName);
    if ('errors' in read) {
      const newer = newerProjectMessage(read, fileName);
      this.host.notify('error', newer ?? message('projectFile', read.message.code, read.message.params), read.errors);
      return;
    }
    await this.autosave?.flush();
    this.store.set({ projects: null, ...NO_RESULT, computing: true });
    await this.show(copyAsNew(read.project), true);
    await this.host.reloadBaseline();
    this.host.notify('info', this.t('projectImported', { name: read.project.name, file: fileName }));
  }
}
