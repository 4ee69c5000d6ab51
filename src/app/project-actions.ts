/** The project list: open, create, rename, delete, export and import whole projects. */
import { errorMessage } from '../domain/text/error-message';
import {
  CodedStoreError, copyAsNew, exportProject, importProjectFile, newProject, projectFileName, type Project, type ProjectStore,
} from '../io/store';
import { projectFileReason } from '../ui/i18n/project-file-strings';
import { translate } from '../ui/i18n/strings';
import { Autosave } from './autosave';
import type { CoverageWorker } from './coverage-client';
import type { PlannerActions } from './planner-actions';
import { projectFromState, stateFromProject } from './project-sync';
import { newerProjectText } from './storage-error-text';
import type { AppState, Notice } from './state';
import type { Store } from './store';

export const DEMO_PROJECT_NAME = 'Đắk Nông (dữ liệu mẫu)';

export interface ProjectHost {
  notify(level: Notice['level'], text: string, details?: string[]): void;
  reloadBaseline(): Promise<void>;
  planner: PlannerActions;
}

export class ProjectActions {
  private projects: ProjectStore | null = null;
  private autosave: Autosave | null = null;

  constructor(private readonly store: Store<AppState>, private readonly worker: CoverageWorker, private readonly host: ProjectHost) {}

  private t(key: Parameters<typeof translate>[1], params?: Record<string, string | number>): string {
    return translate(this.store.get().lang, key, params);
  }

  /** Starts saving to `projects`; called once the store is open. */
  attach(projects: ProjectStore): void {
    this.projects = projects;
    this.autosave = new Autosave(this.store, projects, (e) => this.saveFailed(e));
  }

  /** Saves what is not saved yet without waiting for the autosave's delay (the page is being hidden or left). */
  saveNow(): Promise<void> {
    return this.store.get().unsavedChanges && this.autosave ? this.autosave.flush() : Promise.resolve();
  }

  /** Why a stored project could not be opened, in the UI's language when the store gave a code. */
  private openFailure(e: unknown): string {
    return e instanceof CodedStoreError ? projectFileReason(this.store.get().lang, e.text) : errorMessage(e);
  }

  saveFailed(e: unknown): void {
    this.host.notify('error', this.t('saveFailed', { reason: errorMessage(e) }));
  }

  async lastOpened(): Promise<Project | null> {
    if (!this.projects) return null;
    try {
      const id = await this.projects.getLastOpened();
      return id ? await this.projects.load(id) : null;
    } catch (e) {
      this.host.notify('error', this.t('projectNotRestored', { reason: this.openFailure(e) }));
      return null;
    }
  }

  /** Puts a project into the state (without recomputing) and remembers it as the last opened. */
  async show(project: Project, saveNow: boolean): Promise<void> {
    this.store.set({ ...stateFromProject(project), selection: { kind: 'none' }, compare: null, lastSavedAt: saveNow ? null : project.updatedAt });
    this.host.planner.forgetHistory();
    if (saveNow) await this.autosave?.flush();
    else this.autosave?.markSaved();
    await this.projects?.setLastOpened(project.id).catch((e: unknown) => this.saveFailed(e));
  }

  async list(): Promise<void> {
    if (!this.projects) return;
    try {
      this.store.set({ projects: await this.projects.list() });
    } catch (e) {
      this.host.notify('error', errorMessage(e));
    }
  }

  close(): void {
    this.store.set({ projects: null });
  }

  async open(id: string): Promise<void> {
    if (!this.projects || id === this.store.get().project?.id) return;
    await this.autosave?.flush();
    try {
      const project = await this.projects.load(id);
      if (!project) throw new Error(this.t('projectMissing'));
      await this.show(project, false);
      this.store.set({ projects: null });
      await this.host.reloadBaseline();
    } catch (e) {
      this.host.notify('error', this.t('projectNotRestored', { reason: this.openFailure(e) }));
    }
  }

  /** A new project on a freshly generated demo province. */
  async createDemo(): Promise<void> {
    await this.autosave?.flush();
    const { dataset } = await this.worker.loadDemo();
    const existing = this.store.get().projects ?? [];
    const taken = new Set(existing.map((p) => p.name));
    let name = DEMO_PROJECT_NAME;
    for (let n = 2; taken.has(name); n++) name = `${DEMO_PROJECT_NAME} ${n}`;
    await this.show(newProject(name, dataset), true);
    this.store.set({ projects: null });
    await this.host.reloadBaseline();
  }

  async rename(id: string, name: string): Promise<void> {
    const trimmed = name.trim();
    if (!this.projects || !trimmed) return;
    const open = this.store.get().project;
    if (open?.id === id) this.store.set({ project: { ...open, name: trimmed } });
    else await this.projects.rename(id, trimmed).catch((e: unknown) => this.saveFailed(e));
    await this.autosave?.flush();
    await this.list();
  }

  /** The open project cannot be deleted (open another first). */
  async remove(id: string): Promise<void> {
    if (!this.projects || id === this.store.get().project?.id) return;
    await this.projects.remove(id).catch((e: unknown) => this.saveFailed(e));
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
      const newer = newerProjectText(read, fileName, this.store.get().lang);
      this.host.notify('error', newer ?? projectFileReason(this.store.get().lang, read.message), read.errors);
      return;
    }
    await this.autosave?.flush();
    await this.show(copyAsNew(read.project), true);
    this.store.set({ projects: null });
    await this.host.reloadBaseline();
    this.host.notify('info', this.t('projectImported', { name: read.project.name, file: fileName }));
  }
}
