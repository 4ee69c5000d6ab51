import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/domain/demo';
import { engineState } from '../../src/worker/engine-state';
import { csvImportApi } from '../../src/worker/import-csv';
import { printApi } from '../../src/worker/print-api';
import { rulesApi } from '../../src/worker/rules-api';

describe("the coverage worker's state is one object", () => {
  it('holds the CSV import sessions', () => {
    const bytes = new TextEncoder().encode('site_id,lat,lon\nA,12,107\n');
    const id = csvImportApi.csvOpen(bytes, 'tram.csv');
    expect(engineState.csvSessions.get(id)).toMatchObject({ bytes, fileName: 'tram.csv' });
    expect(engineState.nextCsvSession).toBe(id + 1);
    csvImportApi.csvClose(id);
    expect(engineState.csvSessions.has(id)).toBe(false);
  });

  it('holds the second boundary set until it is cleared', () => {
    engineState.setBaseline(generateDemoDataset());
    const summary = printApi.useDemo2025Units();
    expect(engineState.altBoundaries?.units).toHaveLength(summary.units);
    expect(engineState.altBoundaries?.crosswalk).toBe(engineState.altBoundaries?.overlap);
    printApi.clearBoundarySet();
    expect(engineState.altBoundaries).toBeNull();
  });

  it("holds the proposer's run counter, which a cancel bumps", () => {
    const before = engineState.proposerRun;
    rulesApi.cancelProposal();
    expect(engineState.proposerRun).toBe(before + 1);
  });
});
