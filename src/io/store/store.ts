/** The persistence contract the UI talks to, and the one error type every implementation throws. */
import type { Message } from '../../domain/text/message';
import type { Project, ProjectSummary } from './project';

/** A stored project and the revision of its stored copy (0 for a copy written before revisions existed). */
export interface StoredProject {
  project: Project;
  revision: number;
  /**
   * Set when the last save could not be read back and the save before it was opened instead: when each was made
   * (the projects' updatedAt). The next save replaces the unreadable one.
   */
  unreadableSave?: { savedAt: string; openedSavedAt: string };
}

export interface ProjectStore {
  /** Most recently updated first. */
  list(): Promise<ProjectSummary[]>;
  /** null when no project has that id. */
  load(id: string): Promise<Project | null>;
  /** As load, with the revision a later save must name as its base. */
  loadWithRevision(id: string): Promise<StoredProject | null>;
  /**
   * Atomic: afterwards the store holds either the whole new project or, on failure, the whole previous one.
   * Every save or rename adds one to the stored copy's revision; the new revision is returned. With
   * `baseRevision` (the revision the caller last loaded or saved), a stored copy at another revision was written
   * by someone else since (another tab): nothing is written and StoreError 'conflict' is thrown. A project not
   * stored (new, or deleted elsewhere) is written whatever the base. Without it the write is unconditional.
   */
  save(project: Project, baseRevision?: number): Promise<number>;
  /** Adds one to the revision, so a tab holding the project open sees the rename as a change. */
  rename(id: string, name: string): Promise<void>;
  /** Removing an unknown id is not an error. */
  remove(id: string): Promise<void>;
  /** null when nothing was opened yet or that project has since been removed. */
  getLastOpened(): Promise<string | null>;
  setLastOpened(id: string): Promise<void>;
}

export type StoreErrorKind = 'quota' | 'unavailable' | 'newer-version' | 'invalid' | 'not-found' | 'conflict';

/**
 * `text` says what went wrong as a message (io/store/store-texts, project-file-texts), shown in the interface's
 * language; `details` lists individual problems (validation errors). `message` is only the code, for logs.
 */
export class StoreError extends Error {
  readonly kind: StoreErrorKind;
  readonly text: Message;
  readonly details: Message[];

  constructor(kind: StoreErrorKind, text: Message, options: { details?: Message[]; cause?: unknown } = {}) {
    super(text.code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreError';
    this.kind = kind;
    this.text = text;
    this.details = options.details ?? [];
  }

  /** The same as `text`, under the name errorAsMessage reads, so a StoreError shows coded wherever it lands. */
  get coded(): Message {
    return this.text;
  }
}

export function isStoreError(e: unknown, kind?: StoreErrorKind): e is StoreError {
  return e instanceof StoreError && (kind === undefined || e.kind === kind);
}
