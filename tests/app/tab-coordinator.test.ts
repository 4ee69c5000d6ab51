/** Two or three tabs on one project, with an in-memory stand-in for Web Locks and BroadcastChannel. */
import { describe, expect, it } from 'vitest';
import { Autosave } from '../../src/app/autosave';
import { projectFromState, stateFromProject } from '../../src/app/project-sync';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore, type Store } from '../../src/app/store';
import { TabCoordinator } from '../../src/app/tab-coordinator';
import type { LockEvents, TabLink } from '../../src/app/tab-link';
import type { TabMessage } from '../../src/app/tab-sync-rules';
import type { Dataset } from '../../src/domain/model/types';
import { MemoryProjectStore } from '../../src/io/store';

const dataset: Dataset = { meta: { name: 'd', synthetic: true, sources: [] }, units: [], villages: [], sites: [], fibre: [] };
const base: AppState = {
  ...INITIAL_STATE,
  project: { id: 'p1', name: 'Tỉnh thử', createdAt: '2026-01-01T00:00:00.000Z' },
  dataset,
  scenarios: [{ id: 'sc1', name: 'Kịch bản 1', note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] }],
  activeScenarioId: 'sc1',
};

/** One lock (one project) and one channel shared by the tabs of a test. */
class FakeBrowser {
  holder: { link: FakeLink; events: LockEvents } | null = null;
  queue: { link: FakeLink; events: LockEvents }[] = [];
  readonly links: FakeLink[] = [];

  drop(link: FakeLink): void {
    this.queue = this.queue.filter((q) => q.link !== link);
    if (this.holder?.link !== link) return;
    this.holder = this.queue.shift() ?? null;
    this.holder?.events.onGranted();
  }
}

class FakeLink implements TabLink {
  private readonly handlers: ((m: TabMessage) => void)[] = [];
  /** A frozen tab: it gets no messages. */
  deaf = false;

  constructor(private readonly browser: FakeBrowser) {
    browser.links.push(this);
  }

  async claim(_: string, events: LockEvents, queue = false): Promise<boolean> {
    this.browser.drop(this);
    if (!queue && this.browser.holder === null) {
      this.browser.holder = { link: this, events };
      return true;
    }
    this.browser.queue.push({ link: this, events });
    return false;
  }

  async seize(_: string, events: LockEvents): Promise<void> {
    const previous = this.browser.holder;
    this.browser.drop(this);
    this.browser.holder = { link: this, events };
    if (previous && previous.link !== this) previous.events.onLost();
  }

  post(m: TabMessage): void {
    for (const link of this.browser.links) if (link !== this && !link.deaf) for (const h of link.handlers) h(structuredClone(m));
  }

  listen(handler: (m: TabMessage) => void): void {
    this.handlers.push(handler);
  }

  close(): void {
    this.browser.links.splice(this.browser.links.indexOf(this), 1);
    this.browser.drop(this);
  }
}

interface Tab {
  state: Store<AppState>;
  link: FakeLink;
  tabs: TabCoordinator;
  autosave: Autosave;
}

async function openTab(browser: FakeBrowser, projects: MemoryProjectStore): Promise<Tab> {
  const stored = await projects.loadWithRevision('p1');
  if (!stored) throw new Error('nothing stored');
  const state = createStore<AppState>({ ...base, ...stateFromProject(stored.project), tabSync: { ...base.tabSync, revision: stored.revision } });
  const link = new FakeLink(browser);
  let autosave: Autosave | null = null;
  const host = {
    flush: async () => {
      if (state.get().unsavedChanges) await autosave?.flush();
    },
    // What ProjectActions.refresh does, without the map: the stored version replaces this tab's.
    refresh: async () => {
      const now = await projects.loadWithRevision('p1');
      if (!now || now.revision === state.get().tabSync.revision) return;
      state.set((s) => ({ ...stateFromProject(now.project), tabSync: { ...s.tabSync, revision: now.revision, conflict: false, behind: false } }));
      autosave?.markSaved();
    },
  };
  const tabs = new TabCoordinator(state, link, host, 20);
  autosave = new Autosave(state, projects, () => undefined, 10_000, { saved: (id, r) => tabs.announceSaved(id, r) });
  await tabs.claim('p1');
  return { state, link, tabs, autosave };
}

async function setup(): Promise<{ browser: FakeBrowser; projects: MemoryProjectStore }> {
  const projects = new MemoryProjectStore();
  const first = projectFromState(base);
  if (!first) throw new Error('no project');
  await projects.save(first, 0);
  return { browser: new FakeBrowser(), projects };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const scenario = (tab: Tab) => tab.state.get().scenarios[0];
const edit = (tab: Tab, patch: { name?: string; note?: string }) =>
  tab.state.set((s) => ({ scenarios: s.scenarios.map((x) => ({ ...x, ...patch })) }));

describe('TabCoordinator', () => {
  it('opens a second tab read-only; it follows each save of the editing tab', async () => {
    const { browser, projects } = await setup();
    const a = await openTab(browser, projects);
    const b = await openTab(browser, projects);
    expect(a.state.get().tabSync.mode).toBe('editing');
    expect(b.state.get().tabSync.mode).toBe('read-only');
    edit(a, { name: 'Phủ lõm 2027' });
    await a.autosave.flush();
    await settle();
    expect(scenario(b)?.name).toBe('Phủ lõm 2027');
    expect(b.state.get().tabSync.revision).toBe(a.state.get().tabSync.revision);
  });

  it('hands over on request: the editor saves its pending change first, then follows the new editor', async () => {
    const { browser, projects } = await setup();
    const a = await openTab(browser, projects);
    const b = await openTab(browser, projects);
    edit(a, { name: 'Phủ lõm 2027' }); // not saved yet (autosave delay)
    await b.tabs.takeOver();
    await settle();
    expect(b.state.get().tabSync.mode).toBe('editing');
    expect(a.state.get().tabSync.mode).toBe('read-only');
    expect(scenario(b)?.name).toBe('Phủ lõm 2027');
    edit(b, { note: 'Ghi chú của B' });
    await b.autosave.flush();
    await settle();
    expect(scenario(a)).toMatchObject({ name: 'Phủ lõm 2027', note: 'Ghi chú của B' });
    expect((await projects.load('p1'))?.scenarios[0]).toMatchObject({ name: 'Phủ lõm 2027', note: 'Ghi chú của B' });
  });

  it('takes the project from an editor that does not answer; that tab turns read-only, and its stale save is refused', async () => {
    const { browser, projects } = await setup();
    const a = await openTab(browser, projects);
    const b = await openTab(browser, projects);
    a.link.deaf = true;
    await b.tabs.takeOver();
    expect(b.state.get().tabSync.mode).toBe('editing');
    expect(a.state.get().tabSync.mode).toBe('read-only');
    edit(b, { name: 'B' });
    await b.autosave.flush();
    // A woke up with an edit of its own made before it noticed: it is not saved over B's.
    a.state.set((s) => ({ tabSync: { ...s.tabSync, mode: 'editing' } }));
    edit(a, { note: 'A' });
    await a.autosave.flush();
    expect(a.state.get().tabSync.conflict).toBe(true);
    expect((await projects.load('p1'))?.scenarios[0]).toMatchObject({ name: 'B', note: '' });
  });

  it('does not reload over a read-only tab\'s own unsaved change; it is marked behind, and its save after taking over is refused', async () => {
    const { browser, projects } = await setup();
    const a = await openTab(browser, projects);
    const b = await openTab(browser, projects);
    edit(b, { note: 'B, chỉ xem' });
    edit(a, { name: 'A' });
    await a.autosave.flush();
    await settle();
    expect(scenario(b)).toMatchObject({ name: 'Kịch bản 1', note: 'B, chỉ xem' });
    expect(b.state.get().tabSync.behind).toBe(true);
    await b.tabs.takeOver();
    await settle();
    expect(b.state.get().tabSync).toMatchObject({ mode: 'editing', conflict: true });
    expect((await projects.load('p1'))?.scenarios[0]).toMatchObject({ name: 'A', note: '' });
  });

  it('lets the read-only tab edit once the editing tab closes', async () => {
    const { browser, projects } = await setup();
    const a = await openTab(browser, projects);
    const b = await openTab(browser, projects);
    a.link.close();
    await settle();
    expect(b.state.get().tabSync.mode).toBe('editing');
  });
});
