/**
 * ProjectStore kept in memory, for tests and as the fallback when IndexedDB is unavailable. Projects are deep-copied
 * on the way in and out, so callers never share state with the store. `setQuotaBytes` simulates a full disk.
 */
import { summarize, byUpdatedDesc, type Project, type ProjectSummary } from './project';
import { assertSavable, cleanName, notFound } from './save-guard';
import type { ProjectStore, StoredProject } from './store';
import { conflictError, quotaError, writeError } from './store-errors';
import { saveAction } from './store-texts';

export class MemoryProjectStore implements ProjectStore {
  private readonly projects = new Map<string, Project>();
  private readonly revisions = new Map<string, number>();
  private lastOpened: string | null = null;
  private quotaBytes: number | null = null;

  /** Saves that would bring the stored JSON size above `bytes` fail with StoreError 'quota'; null lifts the limit. */
  setQuotaBytes(bytes: number | null): void {
    this.quotaBytes = bytes;
  }

  async list(): Promise<ProjectSummary[]> {
    return [...this.projects.values()].map(summarize).sort(byUpdatedDesc);
  }

  async load(id: string): Promise<Project | null> {
    const p = this.projects.get(id);
    return p ? structuredClone(p) : null;
  }

  async loadWithRevision(id: string): Promise<StoredProject | null> {
    const project = await this.load(id);
    return project ? { project, revision: this.revisions.get(id) ?? 0 } : null;
  }

  async save(project: Project, baseRevision?: number): Promise<number> {
    assertSavable(project);
    const current = this.projects.has(project.id) ? (this.revisions.get(project.id) ?? 0) : null;
    if (current !== null && baseRevision !== undefined && current !== baseRevision) {
      throw conflictError(project.name, current, baseRevision);
    }
    let copy: Project;
    try {
      copy = structuredClone(project);
    } catch (e) {
      throw writeError(e, saveAction(project.name));
    }
    if (this.quotaBytes !== null && this.sizeWith(copy) > this.quotaBytes) throw quotaError(saveAction(project.name));
    const next = (current ?? baseRevision ?? 0) + 1;
    this.projects.set(copy.id, copy);
    this.revisions.set(copy.id, next);
    return next;
  }

  async rename(id: string, name: string): Promise<void> {
    const p = this.projects.get(id);
    if (!p) throw notFound(id);
    this.projects.set(id, { ...p, name: cleanName(id, name), updatedAt: new Date().toISOString() });
    this.revisions.set(id, (this.revisions.get(id) ?? 0) + 1);
  }

  async remove(id: string): Promise<void> {
    this.projects.delete(id);
    this.revisions.delete(id);
    if (this.lastOpened === id) this.lastOpened = null;
  }

  async getLastOpened(): Promise<string | null> {
    return this.lastOpened;
  }

  async setLastOpened(id: string): Promise<void> {
    if (!this.projects.has(id)) throw notFound(id);
    this.lastOpened = id;
  }

  private sizeWith(next: Project): number {
    let bytes = JSON.stringify(next).length;
    for (const [id, p] of this.projects) if (id !== next.id) bytes += JSON.stringify(p).length;
    return bytes;
  }
}
