/**
 * Issue 17: before a carrier's quarterly upload is committed, the dialog lists what it adds, drops, moves and changes
 * against that carrier's current sites, the report CSV carries the same list, and the map previews the points (bad
 * rows in red) until the commit or the cancel.
 */
import { describe, expect, it } from 'vitest';
import type { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { ImportActions } from '../../src/app/import-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { Dataset, Site } from '../../src/domain/model/types';
import { importReportCsv } from '../../src/io/csv/issues-csv';
import { issueReason } from '../../src/i18n/import-strings';
import { siteDiffReportRows } from '../../src/i18n/site-diff-strings';
import { csvImportApi } from '../../src/worker/import-csv';

const site = (id: string, carrier: string, lat: number): Site => ({
  id, name: id, carrier, lon: 107.6, lat, heightM: 30,
  sectors: [{ azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 }], radios: [{ tech: '4G', bandMHz: 1800 }], proposed: false, layer: 'q2',
});
const dataset: Dataset = {
  meta: { name: 'toy', synthetic: false, sources: [] }, units: [], villages: [], fibre: [],
  sites: [site('V1', 'Viettel', 12.06), site('V2', 'Viettel', 12.07), site('V3', 'Viettel', 12.08), site('V4', 'Viettel', 12.09), site('N1', 'VNPT', 12.1)],
};

function setup() {
  const store = createStore<AppState>({ ...INITIAL_STATE, dataset });
  const planner = { commit: (patch: { dataset: Dataset }) => store.set({ dataset: patch.dataset }), endGesture: () => undefined };
  const actions = { worker: csvImportApi as unknown as CoverageWorker, planner } as unknown as AppActions;
  return { store, imports: new ImportActions(store, actions) };
}

// V1 as it was; V2 ~222 m north; V3 at 45 m; V4 not listed; V5 new; line 6 an azimuth of 400 at a position
const Q3 = new File([[
  'site_id,operator,latitude,longitude,technology,band,azimuth,antenna_height',
  'V1,Viettel,12.06,107.6,LTE,1800,0,30',
  'V2,Viettel,12.072,107.6,LTE,1800,0,30',
  'V3,Viettel,12.08,107.6,LTE,1800,0,45',
  'V5,Viettel,12.2,107.6,LTE,1800,0,30',
  'V6,Viettel,12.3,107.7,LTE,1800,400,30',
].join('\n')], 'viettel-q3.csv');

describe('the quarter\'s diff in the import dialog', () => {
  it('counts added, removed, moved and changed sites of the file\'s carrier, and puts them in the report CSV', async () => {
    const { imports } = setup();
    await imports.openFile(Q3);
    const diff = imports.quarterDiff();
    expect(diff?.added.map((s) => s.id)).toEqual(['V5']);
    expect(diff?.removed.map((s) => s.id)).toEqual(['V4']);
    expect(diff?.moved.map((m) => [m.after.id, Math.round(m.metres)])).toEqual([['V2', 222]]);
    expect(diff?.changed.map((c) => [c.after.id, c.changes])).toEqual([['V3', ['height']]]);
    expect(diff?.unchanged).toBe(1);
    expect(imports.quarterDiff()).toBe(diff);

    const read = imports.state.get().csv?.read;
    if (!diff || !read) throw new Error('no read');
    const csv = importReportCsv(read.issues, (i) => issueReason('en', i), siteDiffReportRows('en', diff));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFline,column,value,reason,severity,excluded');
    expect(lines.slice(lines.indexOf('') + 1)).toEqual([
      'site_id,change,distance_m,detail',
      'V5,added,,new site',
      'V4,removed,,not in the file; the commit removes it',
      'V2,moved,222,moved 222 m',
      'V3,changed,,height 30 → 45 m',
      '',
    ]);
    expect(siteDiffReportRows('vi', diff).map((r) => r.detail)).toEqual([
      'trạm mới', 'không còn trong tệp; khi nhập sẽ bị xoá', 'dời 222 m', 'độ cao 30 → 45 m',
    ]);
  });

  it('in Add mode a site of the carrier not in the file is kept, and the diff says so instead of removed', async () => {
    const { imports, store } = setup();
    await imports.openFile(Q3);
    expect(imports.quarterDiff()?.removed.map((s) => s.id)).toEqual(['V4']);
    imports.setMode('add');
    const diff = imports.quarterDiff();
    expect([diff?.removed.map((s) => s.id), diff?.kept.map((s) => s.id)]).toEqual([[], ['V4']]);
    if (!diff) throw new Error('no diff');
    expect(siteDiffReportRows('en', diff).filter((r) => r.siteId === 'V4')).toEqual([
      { siteId: 'V4', change: 'kept', metres: null, detail: 'not in the file; kept (Add keeps the carrier\'s other sites)' },
    ]);
    expect(siteDiffReportRows('vi', diff).find((r) => r.siteId === 'V4')?.detail).toBe('không có trong tệp; vẫn giữ (Thêm giữ các trạm khác của nhà mạng)');
    // Add still replaces a layer of the same name: its sites not in the file are removed
    imports.setLayerName('q2');
    expect([imports.quarterDiff()?.removed.map((s) => s.id), imports.quarterDiff()?.kept.map((s) => s.id)]).toEqual([['V4'], []]);
    imports.setLayerName('');
    imports.commitCsv();
    // what the diff said is what the commit did
    expect(store.get().dataset?.sites.some((s) => s.id === 'V4')).toBe(true);
  });

  it('previews the read\'s sites and its bad rows with a position until the commit', async () => {
    const { imports, store } = setup();
    expect(imports.previewPoints()).toBeNull();
    await imports.openFile(Q3);
    const preview = imports.previewPoints();
    expect(preview && [...preview.sites].length / 2).toBe(4);
    expect(preview && [...preview.bad].map((v) => Math.round(v * 10) / 10)).toEqual([107.7, 12.3]);
    // folding the dialog to look at the map keeps the preview; unfolding brings the report back
    const before = store.get().mapFocus;
    imports.showOnMap(true);
    expect(imports.state.get().csv?.onMap).toBe(true);
    // the map is asked to fit the file's points, the sites and the bad row (107.7, 12.3) alike
    const focus = store.get().mapFocus;
    expect(focus).not.toBe(before);
    expect(focus?.bbox?.map((v) => Math.round(v * 100) / 100)).toEqual([107.6, 12.06, 107.7, 12.3]);
    expect(imports.previewPoints()).toBe(preview);
    imports.showOnMap(false);
    expect(imports.state.get().csv?.onMap).toBe(false);
    imports.setMode('add');
    imports.commitCsv();
    expect(imports.state.get().csv).toBeNull();
    expect(imports.previewPoints()).toBeNull();
  });

  it('the preview goes with a cancel', async () => {
    const { imports } = setup();
    await imports.openFile(Q3);
    expect(imports.previewPoints()).not.toBeNull();
    await imports.closeCsv();
    expect(imports.previewPoints()).toBeNull();
  });
});
