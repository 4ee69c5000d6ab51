import { describe, expect, it } from 'vitest';
import { joinApis, type Clash } from '../../src/worker/api-catalogue';
import { importApi } from '../../src/worker/import-api';
import { csvImportApi } from '../../src/worker/import-csv';
import { exportApi } from '../../src/worker/import-export';
import { demImportApi } from '../../src/worker/import-dem';
import { layerImportApi } from '../../src/worker/import-layer';
import { landCoverImportApi } from '../../src/worker/import-land-cover';
import { measureImportApi } from '../../src/worker/import-measurements';
import { measureApi } from '../../src/worker/measure-api';
import { measurePersistApi } from '../../src/worker/measure-persist';
import { measureViewApi } from '../../src/worker/measure-view';

const rules = { underserved: () => 'rules', dashboard: () => 'rules' };
const print = { printJob: () => 'print' };

describe("the worker's API catalogue", () => {
  it('joins feature APIs whose method names differ', () => {
    const api = joinApis(rules, print);
    expect([api.underserved(), api.printJob()]).toEqual(['rules', 'print']);
  });

  it('a method name two feature APIs share is a compile error and, behind a cast, an error naming it', () => {
    const clashing = { dashboard: () => 'print', printJob: () => 'print' };
    // @ts-expect-error: rules and this API both define `dashboard`, which spreading would have overridden silently
    expect(() => joinApis(rules, clashing)).toThrow('worker API name clash: dashboard');
    const clash: Clash<typeof rules, typeof clashing> = 'dashboard';
    expect(clash).toBe('dashboard');
  });

  it('the import feature is its five APIs, every method kept', () => {
    const names = [
      ...Object.keys(csvImportApi), ...Object.keys(layerImportApi), ...Object.keys(exportApi), ...Object.keys(demImportApi), ...Object.keys(landCoverImportApi),
    ];
    expect(Object.keys(importApi).sort()).toEqual(names.sort());
  });

  it('the measurements feature is its import, its view and its storage, every method kept and none an import method', () => {
    const names = [...Object.keys(measureImportApi), ...Object.keys(measureViewApi), ...Object.keys(measurePersistApi)];
    expect(Object.keys(measureApi).sort()).toEqual(names.sort());
    expect(names).toEqual(expect.arrayContaining(['measureOpen', 'measureRead', 'measureCancel', 'measureKeep', 'measureClose', 'measureLayer', 'measureFit', 'measureSave', 'measureRestore']));
    expect(names.filter((n) => Object.hasOwn(importApi, n))).toEqual([]);
  });
});
