import { describe, expect, it } from 'vitest';
import { LandCoverActions, type LandCoverHost } from '../../src/app/land-cover-actions';
import type { Undoable } from '../../src/app/planner-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { createGrid } from '../../src/domain/grid/equal-area-grid';
import type { Dataset } from '../../src/domain/model/types';
import type { LandCoverLegendId } from '../../src/domain/model/land-cover-legends';
import { renderMessage } from '../../src/i18n/messages';
import type { LandCoverImport } from '../../src/io/land-cover/import-land-cover';

const DATASET: Dataset = { meta: { name: 'd', synthetic: true, sources: [] }, units: [], villages: [], sites: [], fibre: [] };

const grid = createGrid([107.5, 12, 107.6, 12.1], 100);
const good = (legend: LandCoverLegendId): LandCoverImport => ({
  fileName: 'wc.tif', format: 'tiff', legend, guessedLegend: 'worldcover', values: [10], cellM: 100, issues: [],
  model: { id: `lc:${legend}`, sources: ['wc.tif'], generated: false, cover: { grid, classes: new Uint8Array(grid.nx * grid.ny).fill(6) } },
  areaKm2: [0, 0, 0, 0, 0, grid.nx * grid.ny * 0.01, 0, 0],
});
const bad: LandCoverImport = {
  fileName: 'ed50.tif', format: 'tiff', legend: null, guessedLegend: null, values: [], cellM: 100, model: null, areaKm2: [],
  issues: [{ severity: 'error', code: 'lc-tiff-unknown-crs', params: { file: 'ed50.tif', epsg: 4230 } }],
};

function setup(reads: (legend?: LandCoverLegendId) => LandCoverImport) {
  const app = createStore<AppState>({ ...INITIAL_STATE, dataset: DATASET });
  const commits: Partial<Undoable>[] = [];
  let gestures = 0;
  const host: LandCoverHost = {
    worker: { readLandCoverFile: (_f: unknown, legend?: LandCoverLegendId) => Promise.resolve(reads(legend)) },
    planner: { commit: (patch: Partial<Undoable>) => void commits.push(patch), endGesture: () => void gestures++ },
  };
  return { app, commits, gestures: () => gestures, lc: new LandCoverActions(app, host) };
}

const file = (name: string) => new File([new Uint8Array(4)], name);

describe('land-cover import actions', () => {
  it('a read file waits in the dialog; another legend reads it again; committing is one step that replaces the land cover', async () => {
    const { app, commits, gestures, lc } = setup((legend) => good(legend ?? 'worldcover'));
    await lc.open(file('wc.tif'));
    expect(lc.state.get().dialog?.read?.legend).toBe('worldcover');
    expect(commits).toHaveLength(0);
    await lc.setLegend('phusong');
    expect(lc.state.get().dialog?.read?.legend).toBe('phusong');
    lc.commit();
    expect(commits).toHaveLength(1);
    expect(gestures()).toBe(1);
    expect(commits[0]?.dataset?.landCover?.id).toBe('lc:phusong');
    expect(lc.state.get().dialog).toBeNull();
    const notice = app.get().notices.at(-1);
    expect(notice?.level).toBe('info');
  });

  it('a file that gives no land cover is reported by name and reason, and nothing is committed', async () => {
    const { app, commits, lc } = setup(() => bad);
    await lc.open(file('ed50.tif'));
    expect(commits).toHaveLength(0);
    expect(lc.state.get().dialog).toBeNull();
    const notice = app.get().notices.at(-1);
    expect(notice?.level).toBe('error');
    expect(notice?.message && renderMessage('en', notice.message)).toBe('No land cover could be imported from ed50.tif; the project is unchanged.');
    const detail = notice?.detailMessages?.[0];
    expect(detail && renderMessage('en', detail)).toMatch(/ed50\.tif uses the coordinate system EPSG:4230/);
    expect(notice?.details[0]).toMatch(/ed50\.tif dùng hệ tọa độ EPSG:4230/);
  });
});
