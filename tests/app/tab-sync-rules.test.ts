import { describe, expect, it } from 'vitest';
import { FRESH_TAB_SYNC } from '../../src/app/state';
import { copyName, isTabMessage, maySave, onBecomingEditor, onRemoteSave, shouldHandOver, type LocalView } from '../../src/app/tab-sync-rules';

const local = (over: Partial<LocalView> = {}, sync: Partial<LocalView['sync']> = {}): LocalView => ({
  projectId: 'p1', unsavedChanges: false, ...over, sync: { ...FRESH_TAB_SYNC, revision: 3, ...sync },
});
const saved = (revision: number, projectId = 'p1') => ({ type: 'saved' as const, projectId, revision });

describe('tab sync decisions', () => {
  it('follows a newer save of the open project when the tab has nothing unsaved', () => {
    expect(onRemoteSave(local(), saved(4))).toBe('follow');
    expect(onRemoteSave(local({}, { mode: 'read-only' }), saved(9))).toBe('follow');
  });

  it('ignores saves of other projects and ones it already has (its own, or older)', () => {
    expect(onRemoteSave(local(), saved(4, 'p2'))).toBe('ignore');
    expect(onRemoteSave(local(), saved(3))).toBe('ignore');
    expect(onRemoteSave(local(), saved(2))).toBe('ignore');
    expect(onRemoteSave(local({ projectId: null }), saved(4))).toBe('ignore');
  });

  it('never reloads over unsaved changes or a pending conflict: the tab is behind instead', () => {
    expect(onRemoteSave(local({ unsavedChanges: true }), saved(4))).toBe('behind');
    expect(onRemoteSave(local({}, { conflict: true }), saved(4))).toBe('behind');
  });

  it('hands over only from the editing tab of that project', () => {
    const ask = { type: 'handover' as const, projectId: 'p1' };
    expect(shouldHandOver(local(), ask)).toBe(true);
    expect(shouldHandOver(local({}, { mode: 'read-only' }), ask)).toBe(false);
    expect(shouldHandOver(local(), { ...ask, projectId: 'p2' })).toBe(false);
  });

  it('a tab becoming the editor saves its own changes (checked against the store) or catches up', () => {
    expect(onBecomingEditor(local({ unsavedChanges: true }))).toBe('save');
    expect(onBecomingEditor(local())).toBe('refresh');
  });

  it('saves only while editing and not in conflict', () => {
    expect(maySave(FRESH_TAB_SYNC)).toBe(true);
    expect(maySave({ ...FRESH_TAB_SYNC, mode: 'read-only' })).toBe(false);
    expect(maySave({ ...FRESH_TAB_SYNC, conflict: true })).toBe(false);
  });

  it('names a copy after the original', () => {
    expect(copyName('Đắk Nông', '(bản sao)')).toBe('Đắk Nông (bản sao)');
  });

  it('accepts only well-formed messages from other tabs', () => {
    expect(isTabMessage(saved(1))).toBe(true);
    expect(isTabMessage({ type: 'handover', projectId: 'p1' })).toBe(true);
    for (const bad of [null, 'saved', { type: 'saved', projectId: 'p1' }, { type: 'saved', projectId: 'p1', revision: -1 }, { type: 'saved', projectId: 'p1', revision: 1.5 }, { type: 'other', projectId: 'p1' }, { type: 'handover' }]) {
      expect(isTabMessage(bad)).toBe(false);
    }
  });
});
