/**
 * Start-up without storage, and the engine's refusals: what AppActions.boot tells the user. The worker is a stub
 * returning a small dataset and chosen figures; storage is the real fallback (no IndexedDB in this run).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppActions } from '../../src/app/actions';
import { noticeIn } from '../../src/app/notice-queue';
import type { CoverageWorker } from '../../src/app/coverage-client';
import type { EngineWarning } from '../../src/domain/coverage';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { importProjectFile } from '../../src/io/store/project-file';
import { downloadText } from '../../src/io/download';
import type { FullResult } from '../../src/worker/coverage.worker';
import { dataset } from '../io/store/fixtures';

vi.mock('../../src/io/download', () => ({ downloadText: vi.fn(), downloadBlob: vi.fn() }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(downloadText).mockReset();
});

const REFUSED: EngineWarning = { code: 'site-not-computed', siteId: 'S9', problems: [{ field: 'heightM', value: '0', reason: 'not-above', min: 0 }] };
const CAVEAT: EngineWarning = {
  code: 'model-range', model: 'okumura-hata', kind: 'outside', quantity: 'base-height', value: 24, min: 30, max: 200, unit: 'm',
};

/** A worker whose every full compute reports `warnings` (the rest of the figures do not matter here). */
function stubWorker(warnings: () => EngineWarning[]): CoverageWorker {
  const figures = () => ({ warnings: warnings(), units: [], villages: [], techs: ['4G', '5G'] });
  const api = {
    loadDemo: () => Promise.resolve({ dataset: dataset(), derived: {} }),
    setDataset: () => Promise.resolve({}),
    // the project's stored measurements: none
    measureRestore: () => Promise.resolve(null),
    compute: () => Promise.resolve({ figures: figures(), baselineFigures: null, images: {}, elapsedMs: 1 } as unknown as FullResult),
  };
  return api as unknown as CoverageWorker;
}

async function boot(lang: AppState['lang'], warnings: () => EngineWarning[] = () => []) {
  vi.stubGlobal('indexedDB', undefined);
  const store = createStore<AppState>({ ...INITIAL_STATE, lang });
  const actions = new AppActions(store, stubWorker(warnings));
  await actions.boot();
  return { store, actions };
}

describe('boot without IndexedDB', () => {
  it('warns in Vietnamese, keeps working, and the warning offers the project export', async () => {
    const { store } = await boot('vi');
    expect(store.get().status).toEqual({ kind: 'ready' });
    const warnings = store.get().notices.filter((n) => n.level === 'warning');
    expect(warnings.map((n) => n.text)).toEqual([
      'Không lưu được dự án trong trình duyệt này (trình duyệt không có IndexedDB): trình duyệt không cho lưu (cửa sổ ẩn danh hoặc dữ liệu trang bị chặn). ' +
        'Hãy xuất dự án ra tệp để giữ một bản. Công việc vẫn mở trong phiên này.',
    ]);
    const action = warnings[0]?.actions?.[0];
    expect(action?.label).toBe('Xuất dự án ra tệp');
    action?.run();
    const [fileName, text] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toMatch(/\.phusong\.json$/);
    const read = importProjectFile(text ?? '', fileName ?? '');
    expect('project' in read && read.project.baseline.sites.map((s) => s.id)).toEqual(dataset().sites.map((s) => s.id));
  });

  it('in English shows the store\'s own sentence with the cause', async () => {
    const { store } = await boot('en');
    const warning = store.get().notices.find((n) => n.level === 'warning');
    // The demo project then opens in its own language; the notice is a message, so it is read here in English.
    const inEnglish = warning && noticeIn(warning, 'en');
    expect(inEnglish?.text).toMatch(/^Projects cannot be saved in this browser \(IndexedDB is not available\)\./);
    expect(inEnglish?.labels).toEqual(['Export project to a file']);
  });
});

describe('engine refusals reach the user', () => {
  it('a refused site is announced once per distinct set, naming the field; caveats alone are not', async () => {
    let warnings: EngineWarning[] = [CAVEAT];
    const { store, actions } = await boot('vi', () => warnings);
    const engineNotices = () => store.get().notices.filter((n) => n.text.startsWith('Tính vùng phủ:'));
    expect(engineNotices()).toEqual([]);
    warnings = [CAVEAT, REFUSED];
    await actions.recompute();
    await actions.recompute();
    expect(engineNotices().map((n) => [n.level, n.text, n.details])).toEqual([
      ['warning', 'Tính vùng phủ: 1 trạm không được tính vì thông số không hợp lệ, 1 cảnh báo khác. Xem chi tiết.',
        ['Trạm S9 không được tính: chiều cao anten (heightM): 0 phải lớn hơn 0', 'Mô hình okumura-hata: chiều cao anten trạm 24 m nằm ngoài dải 30–200 m']],
    ]);
    warnings = [CAVEAT];
    await actions.recompute();
    warnings = [REFUSED];
    await actions.recompute();
    expect(engineNotices()).toHaveLength(2);
  });
});
