/**
 * The decisions a tab takes about a project other tabs may have open too, as pure functions of what the tab
 * knows (tab-link.ts carries the messages and locks; project-actions acts on the answers).
 *
 * One tab edits a project at a time (it holds the project's Web Lock); the others are read-only and follow each
 * save it announces. Without locks or messages (an older browser) every tab edits and the store's revision check
 * refuses a stale save: that is the safety net, never the only protection.
 */
import type { TabSync } from './state';

/** What tabs tell each other on the BroadcastChannel. */
export type TabMessage =
  | { type: 'saved'; projectId: string; revision: number }
  /** A read-only tab asks the editing tab to save what it has and let go of the project. */
  | { type: 'handover'; projectId: string };

export interface LocalView {
  projectId: string | null;
  sync: TabSync;
  unsavedChanges: boolean;
}

/**
 * After another tab saved: 'follow' reloads the stored version (this tab has nothing of its own to lose),
 * 'behind' leaves this tab's unsaved changes on screen (its next save is refused as stale), 'ignore' otherwise.
 */
export function onRemoteSave(local: LocalView, msg: Extract<TabMessage, { type: 'saved' }>): 'follow' | 'behind' | 'ignore' {
  if (msg.projectId !== local.projectId || msg.revision <= local.sync.revision) return 'ignore';
  return local.unsavedChanges || local.sync.conflict ? 'behind' : 'follow';
}

/** Only the editing tab of that project hands it over. */
export function shouldHandOver(local: LocalView, msg: Extract<TabMessage, { type: 'handover' }>): boolean {
  return msg.projectId === local.projectId && local.sync.mode === 'editing';
}

/** On becoming the editor: save this tab's own changes (checked against the stored revision), else catch up. */
export function onBecomingEditor(local: LocalView): 'save' | 'refresh' {
  return local.unsavedChanges ? 'save' : 'refresh';
}

/** Autosave writes only from the editing tab, and not after a refused save until the user has chosen. */
export function maySave(sync: TabSync): boolean {
  return sync.mode === 'editing' && !sync.conflict;
}

/** "Đắk Nông (bản sao)". */
export function copyName(name: string, suffix: string): string {
  return `${name} ${suffix}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Messages come from other tabs, maybe of another PhuSong build: anything unexpected is dropped. */
export function isTabMessage(v: unknown): v is TabMessage {
  if (!isRecord(v) || typeof v.projectId !== 'string') return false;
  if (v.type === 'handover') return true;
  return v.type === 'saved' && typeof v.revision === 'number' && Number.isInteger(v.revision) && v.revision >= 0;
}
