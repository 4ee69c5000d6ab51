/**
 * A stored project that cannot be computed (a ring of two positions, a commune covering the world) opens in a safe
 * state: the app becomes ready on it, one notice gives the reason in the UI's language naming the feature, and
 * offers to export the project as it is and to remove the bad features. It used to end in the "failed" status on
 * every start, with turf's English error or "Invalid array buffer length", and an empty map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { CoverageModel } from '../../src/domain/coverage';
import type { Dataset } from '../../src/domain/model/types';
import type { Project, ProjectFile } from '../../src/io/store';
import { downloadText } from '../../src/io/download';
import type { CoverageSettings } from '../../src/domain/coverage';
import { deriveLayers } from '../../src/worker/derived-layers';

const stored = vi.hoisted(() => ({ project: null as unknown }));

vi.mock('../../src/io/download', () => ({ downloadText: vi.fn(), downloadBlob: vi.fn() }));
vi.mock('../../src/io/store/open-store', async () => {
  const { MemoryProjectStore: Memory } = await import('../../src/io/store/memory-store');
  return {
    openProjectStore: () => {
      const store = new Memory();
      // The poisoned project is already in storage (written before the save guard existed).
      const project = stored.project as Project;
      vi.spyOn(store, 'getLastOpened').mockResolvedValue(project.id);
      vi.spyOn(store, 'load').mockResolvedValue(structuredClone(project));
      vi.spyOn(store, 'setLastOpened').mockResolvedValue(undefined);
      return Promise.resolve({ store, persistent: true, problem: null });
    },
  };
});

afterEach(() => vi.mocked(downloadText).mockReset());

const poisoned = (file: string): Project =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/malformed', file), 'utf8')) as ProjectFile).project;

/** The worker's own layers and engine, in this thread: what they throw reaches the app as the worker's would. */
function realWorker(): CoverageWorker {
  let baseline: Dataset | null = null;
  const api = {
    setDataset: (d: Dataset) => {
      baseline = d;
      return Promise.resolve().then(() => deriveLayers(d));
    },
    compute: (settings: CoverageSettings) => Promise.resolve().then(() => {
      if (!baseline) throw new Error('no dataset');
      const figures = new CoverageModel(baseline, settings).figures();
      return { figures, baselineFigures: figures, images: {}, elapsedMs: 1, threads: 1 };
    }),
    applyEdits: () => Promise.resolve(null),
    image: () => Promise.resolve(null),
    // the project's stored measurements: none
    measureRestore: () => Promise.resolve(null),
  };
  return api as unknown as CoverageWorker;
}

async function boot(file: string, lang: AppState['lang']) {
  const project = poisoned(file);
  // The interface language is the project's own.
  stored.project = { ...project, settings: { ...project.settings, lang } };
  const store = createStore<AppState>({ ...INITIAL_STATE, lang });
  const actions = new AppActions(store, realWorker());
  await actions.boot();
  return { store, actions };
}

const until = async (done: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('a stored project that cannot be computed opens in a safe state', () => {
  it('a 2-point ring: ready, the reason in Vietnamese naming the commune, export and remove offered', async () => {
    const { store } = await boot('project-two-point-ring.phusong.json', 'vi');
    expect(store.get().status).toEqual({ kind: 'ready' });
    expect(store.get().project?.id).toBe('p-poison');
    expect(store.get().dataset?.units.map((u) => u.code)).toEqual(['U1', 'U2']);
    const errors = store.get().notices.filter((n) => n.level === 'error');
    expect(errors.map((n) => n.text)).toEqual([
      'Dự án “Poisoned” đã mở nhưng không tính được vùng phủ: xã "U2" (Two points): có vòng chỉ gồm 2 vị trí; một vòng cần ít nhất 4. ' +
        'Bản đồ chỉ hiện những gì hiện được.',
    ]);
    const actions = errors[0]?.actions ?? [];
    expect(actions.map((a) => a.label)).toEqual(['Xuất dự án ra tệp', 'Xóa 1 đối tượng lỗi']);

    actions[0]?.run();
    const [, text] = vi.mocked(downloadText).mock.calls[0] ?? [];
    // The export is the project as it is, bad unit included: nothing is lost by exporting.
    expect(JSON.parse(text ?? '{}').project.baseline.units.map((u: { code: string }) => u.code)).toEqual(['U1', 'U2']);

    actions[1]?.run();
    await until(() => store.get().figures !== null && !store.get().computing);
    expect(store.get().dataset?.units.map((u) => u.code)).toEqual(['U1']);
    expect(store.get().figures?.units.map((u) => u.code)).toEqual(['U1']);
    expect(store.get().notices.filter((n) => n.level === 'error')).toEqual([]);
    expect(store.get().canUndo).toBe(true);
  });

  it('a world-sized commune: the reason in English names the unit and the limit; removing it computes the rest', async () => {
    const { store } = await boot('project-world-unit.phusong.json', 'en');
    expect(store.get().status).toEqual({ kind: 'ready' });
    const [error] = store.get().notices.filter((n) => n.level === 'error');
    expect(error?.text).toMatch(
      /^Project “Poisoned” is open but its coverage cannot be computed: unit "W1" \(The whole world\) makes the coverage area [\d,]+ km² \([\d,]+ cells of 100 m\), beyond the limit of 1,000,000 km² \(100,000,000 cells\)\. The map shows what it can\.$/,
    );
    expect(error?.actions?.map((a) => a.label)).toEqual(['Export project to a file', 'Remove 1 bad features']);
    error?.actions?.[1]?.run();
    await until(() => store.get().figures !== null && !store.get().computing);
    expect(store.get().figures?.units.map((u) => u.code)).toEqual(['U1']);
  });
});
