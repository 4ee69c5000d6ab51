import { describe, expect, it, vi } from 'vitest';
import type { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { ImportActions } from '../../src/app/import-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { encodeLegacy } from '../../src/io/csv/legacy-vietnamese';
import { csvImportApi } from '../../src/worker/import-csv';

const TEXT = ['Mã trạm;Tên trạm;Vĩ độ;Kinh độ', 'DNG001;Trạm Gia Nghĩa;12,0042;107,6912', 'DNG002;Quảng Khê đồi thông;11,9085;107,4709'].join('\n');

function setup() {
  const store = createStore<AppState>({ ...INITIAL_STATE });
  const actions = { worker: csvImportApi as unknown as CoverageWorker, planner: {} } as unknown as AppActions;
  return new ImportActions(store, actions);
}

describe('the encoding chooser of the CSV dialog', () => {
  it('re-reads the file in the chosen encoding, guessing the columns again, and goes back to the detected one', async () => {
    const imports = setup();
    await imports.openFile(new File([encodeLegacy(TEXT, 'tcvn3')], 'cu.csv'));
    const read = () => imports.state.get().csv?.read;
    expect(read()?.encoding).toBe('tcvn3');
    expect(read()?.sites.map((s) => s.name)).toEqual(['Trạm Gia Nghĩa', 'Quảng Khê đồi thông']);

    imports.setEncoding('windows-1258');
    await vi.waitFor(() => expect(read()?.encoding).toBe('windows-1258'));
    expect(read()?.headers[0]).toBe('M· tr¹m');
    expect(read()?.mapping.siteId).toBeUndefined();

    imports.setEncoding('');
    await vi.waitFor(() => expect(read()?.encoding).toBe('tcvn3'));
    expect(read()?.mapping).toMatchObject({ siteId: 'Mã trạm', name: 'Tên trạm' });
    expect(read()?.sites).toHaveLength(2);

    // an encoding chosen on purpose is kept in a profile saved from the dialog
    imports.setEncoding('tcvn3');
    await vi.waitFor(() => expect(imports.state.get().csv?.choices.encoding).toBe('tcvn3'));
    await vi.waitFor(() => expect(imports.state.get().csv?.progress).toBeNull());
    imports.saveProfile('Viettel cũ');
    expect(imports.state.get().profiles.at(-1)?.profile).toMatchObject({ name: 'Viettel cũ', encoding: 'tcvn3', mapping: { siteId: 'Mã trạm' } });
    await imports.closeCsv();
  });
});
