/**
 * A refused project (a file being imported, or one already stored) is named in one short message in the UI's
 * language: a 100,000-deep unknown field, schema versions −1, "1" and 1.5. Nothing is opened or stored.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoverageWorker } from '../../src/app/coverage-client';
import type { PlannerActions } from '../../src/app/planner-actions';
import { ProjectActions } from '../../src/app/project-actions';
import { INITIAL_STATE, type AppState, type Notice } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { IdbProjectStore } from '../../src/io/store/idb-store';
import type { NoticeText } from '../../src/app/notice-queue';
import { renderMessage } from '../../src/i18n/messages';
import { MemoryProjectStore } from '../../src/io/store/memory-store';
import { sampleProject } from '../io/store/fixtures';

afterEach(() => vi.unstubAllGlobals());

function setup(lang: AppState['lang']) {
  const store = createStore<AppState>({ ...INITIAL_STATE, lang });
  const said = (t: NoticeText): string => (typeof t === 'string' ? t : renderMessage(store.get().lang, t));
  const notices: { level: Notice['level']; text: string; details?: string[] }[] = [];
  const host = {
    // notices are messages: read here in the UI's language, as the notices panel shows them
    notify: (level: Notice['level'], text: NoticeText, details?: readonly NoticeText[]) => void notices.push({
      level, text: said(text), ...(details ? { details: details.map(said) } : {}),
    }),
    reloadBaseline: () => Promise.resolve(),
    planner: { forgetHistory: () => undefined } as unknown as PlannerActions,
    coverage: { prefetch: () => undefined, restore: () => Promise.resolve(false) },
  };
  const actions = new ProjectActions(store, {} as CoverageWorker, host);
  return { store, notices, actions };
}

/** `{"a":{"a":…}}` 100,000 levels deep, as text (JSON.stringify would overflow on it). */
const deepField = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

function fileWith(project: Record<string, unknown>, extra = ''): string {
  const body = JSON.stringify({ format: 'phusong-project', project });
  return extra === '' ? body : `${body.slice(0, -2)},"extra":${extra}}}`;
}

describe('importing a project file that cannot be used', () => {
  it('refuses a 100,000-deep unknown field before anything copies it, in Vietnamese, naming the file', async () => {
    const { actions, notices, store } = setup('vi');
    const projects = new MemoryProjectStore();
    actions.attach(projects);
    const text = fileWith({ ...sampleProject() }, deepField(100_000));
    expect(JSON.parse(text)).toBeTruthy(); // the parser copes; structuredClone would not
    await actions.importFile('sau.phusong.json', text);
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice?.level).toBe('error');
    expect(notice?.text).toMatch(/^Không mở được sau\.phusong\.json: dữ liệu lồng nhau sâu hơn 100 cấp \(trong "project\.extra\.a\.a"\)/);
    expect(notice?.text.length).toBeLessThan(300);
    expect(store.get().project).toBeNull();
    expect(await projects.list()).toEqual([]);
  });

  it('says the same in English when the UI is in English', async () => {
    const { actions, notices } = setup('en');
    await actions.importFile('deep.phusong.json', fileWith({ ...sampleProject() }, deepField(100_000)));
    expect(notices[0]?.text).toMatch(/^Could not open deep\.phusong\.json: it nests values more than 100 levels deep/);
  });

  const versions: [unknown, string, string][] = [
    [-1, 'phiên bản lược đồ -1 nhỏ hơn 0', 'schema version -1 is below 0'],
    ['1', 'phiên bản lược đồ "1" không phải là số', 'schema version "1" is not a number'],
    [1.5, 'phiên bản lược đồ 1.5 không phải là số nguyên', 'schema version 1.5 is not a whole number'],
  ];
  for (const [version, vi, en] of versions) {
    it(`refuses schema version ${JSON.stringify(version)} with a short message in the UI's language`, async () => {
      const text = fileWith({ ...sampleProject({ name: 'Bản lạ' }), schemaVersion: version });
      const inVi = setup('vi');
      await inVi.actions.importFile('la.phusong.json', text);
      expect(inVi.notices[0]?.text).toBe(`Không mở được la.phusong.json: Dự án “Bản lạ” không mở được: ${vi}`);
      const inEn = setup('en');
      await inEn.actions.importFile('la.phusong.json', text);
      expect(inEn.notices[0]?.text).toBe(`Could not open la.phusong.json: "Bản lạ" cannot be opened: its ${en}`);
    });
  }

  it('cuts a 1 MB project name quoted in the message', async () => {
    const { actions, notices } = setup('vi');
    await actions.importFile('dai.phusong.json', fileWith({ ...sampleProject({ name: 'x'.repeat(1_000_000) }), schemaVersion: '1' }));
    expect(notices[0]?.text.length).toBeLessThan(300);
    expect(notices[0]?.text).toMatch(/^Không mở được dai\.phusong\.json: Dự án “x+…” không mở được/);
  });
});

describe('opening a stored project with a bad schema version', () => {
  it('names the project and the version in Vietnamese', async () => {
    const factory = new IDBFactory();
    const projects = await IdbProjectStore.open(factory);
    vi.stubGlobal('indexedDB', factory);
    const db = await openDB('phusong');
    await db.put('payload', { ...sampleProject({ id: 'odd', name: 'Đắk Song' }), schemaVersion: '1' });
    await db.put('meta', { id: 'odd', name: 'Đắk Song', updatedAt: '2025-03-02T09:30:00.000Z', sites: 2, units: 1 });
    db.close();
    const { actions, notices } = setup('vi');
    actions.attach(projects);
    await actions.open('odd');
    expect(notices.map((n) => n.text)).toEqual([
      'Không mở được dự án: Dự án “Đắk Song” không mở được: phiên bản lược đồ "1" không phải là số. Dự án đang mở vẫn giữ nguyên.',
    ]);
    projects.close();
  });
});
