import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { generateDemoDataset } from '../../../src/domain/demo';
import { demoShadowedVillages } from '../../../src/domain/demo/relief';
import { rankUnderservedVillages } from '../../../src/domain/rules';

describe('the demo out of the box: its generated relief shadows villages', () => {
  it('each village behind a generated ridge is underserved with the terrain-shadow reason, and terrain off gives it back', () => {
    const d = generateDemoDataset();
    const shadowed = demoShadowedVillages(d);
    expect(shadowed.length).toBeGreaterThanOrEqual(3);
    const figures = new CoverageModel(d, DEFAULT_COVERAGE_SETTINGS).figures();
    const rows = rankUnderservedVillages({ dataset: d, figures });
    const flat = new CoverageModel(d, { ...DEFAULT_COVERAGE_SETTINGS, terrain: false }).figures();
    for (const s of shadowed) {
      const row = rows.find((r) => r.villageId === s.villageId);
      const reason = row?.reasonCodes.find((r) => r.code === 'terrainShadow');
      expect(reason, s.villageId).toBeDefined();
      if (reason?.code === 'terrainShadow') expect(reason.lossDb).toBeGreaterThan(20);
      expect(flat.villages.find((v) => v.id === s.villageId)?.covered['4G']).toBe(true);
    }
    // Terrain only takes coverage away: the area covered with it is below the open-ground figure.
    expect(figures.totals.pctAreaCovered['4G']).toBeLessThan(flat.totals.pctAreaCovered['4G']);
  });
});
