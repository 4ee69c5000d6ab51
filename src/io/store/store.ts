/** The persistence contract the UI talks to, and the one error type every implementation throws. */
import type { Project, ProjectSummary } from './project';

export interface ProjectStore {
  /** Most recently updated first. */
  list(): Promise<ProjectSummary[]>;
  /** null when no project has that id. */
  load(id: string): Promise<Project | null>;
  /** Atomic: afterwards the store holds either the whole new project or, on failure, the whole previous one. */
  save(project: Project): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  /** Removing an unknown id is not an error. */
  remove(id: string): Promise<void>;
  /** null when nothing was opened yet or that project has since been removed. */
  getLastOpened(): Promise<string | null>;
  setLastOpened(id: string): Promise<void>;
}

export type StoreErrorKind = 'quota' | 'unavailable' | 'newer-version' | 'invalid' | 'not-found';

/** `message` is meant for the user as is; `details` lists individual problems (validation errors). */
export class StoreError extends Error {
  readonly kind: StoreErrorKind;
  readonly details: string[];

  constructor(kind: StoreErrorKind, message: string, options: { details?: string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreError';
    this.kind = kind;
    this.details = options.details ?? [];
  }
}

export function isStoreError(e: unknown, kind?: StoreErrorKind): e is StoreError {
  return e instanceof StoreError && (kind === undefined || e.kind === kind);
}
