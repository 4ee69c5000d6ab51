import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeBandHelper, type NodeBandHelper } from '../../bench/band-helper/node-band-helper';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { TECHNOLOGIES } from '../../src/domain/model/types';
import { gridDataset } from '../domain/coverage/synthetic-dataset';

describe('band helper on a real second thread', () => {
  let helper: NodeBandHelper;
  beforeAll(async () => {
    helper = await startNodeBandHelper();
  });
  afterAll(async () => {
    await helper.close();
  });

  it('paints and counts half the rows in another thread, to the same rasters and figures as one thread', () => {
    const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, techs: TECHNOLOGIES };
    const dataset = gridDataset(33, 3, 3, 0.12, 120);
    const one = new CoverageModel(dataset, settings, { ftth: null });
    const two = new CoverageModel(dataset, settings, { ftth: null, bandHelper: { ...helper, ready: true, minCells: 0, start: helper.start } });
    expect(two.paintThreads).toBe(2);
    for (const tech of TECHNOLOGIES) expect(two.raster(tech).levels).toEqual(one.raster(tech).levels);
    expect(two.figures().units).toEqual(one.figures().units);
    expect(two.figures().villages).toEqual(one.figures().villages);
  });
});
