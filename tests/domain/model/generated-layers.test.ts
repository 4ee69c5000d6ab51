import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../../src/domain/demo';
import { generatedLayers, generatedVectorLayers, withRealLayer } from '../../../src/domain/model/generated-layers';
import type { DatasetMeta } from '../../../src/domain/model/types';
import { mergeCarrierSites } from '../../../src/app/import-merge';

const meta = (over: Partial<DatasetMeta> = {}): DatasetMeta => ({ name: 'x', synthetic: true, sources: [], ...over });

describe('generated layers', () => {
  it('the demo is generated throughout: every vector layer, the relief and the land cover', () => {
    expect(generatedLayers(generateDemoDataset())).toEqual(['units', 'villages', 'sites', 'fibre', 'roads', 'elevation', 'landCover']);
  });

  it('a project saved before the layers were tracked is all generated when synthetic, none otherwise', () => {
    expect(generatedVectorLayers(meta())).toEqual(['units', 'villages', 'sites', 'fibre', 'roads']);
    expect(generatedVectorLayers(meta({ synthetic: false }))).toEqual([]);
  });

  it('a replaced layer is no longer generated; the dataset is synthetic until the last one is replaced', () => {
    let m = withRealLayer(meta(), 'units');
    expect(m.generatedLayers).toEqual(['villages', 'sites', 'fibre', 'roads']);
    expect(m.synthetic).toBe(true);
    for (const l of ['villages', 'sites', 'fibre', 'roads'] as const) m = withRealLayer(m, l);
    expect(m).toMatchObject({ generatedLayers: [], synthetic: false });
  });

  it('carrier sites make the sites layer real only once no generated site is left', () => {
    const demo = generateDemoDataset();
    const carriers = new Set(demo.sites.map((s) => s.carrier));
    const viettel = demo.sites.filter((s) => s.carrier === 'Viettel').map((s) => ({ ...s, id: `Q-${s.id}` }));
    const one = mergeCarrierSites(demo, viettel, 'viettel.csv', 'replace');
    expect(generatedVectorLayers(one.meta)).toContain('sites');
    let all = demo;
    for (const c of carriers) {
      const mine = demo.sites.filter((s) => s.carrier === c).map((s) => ({ ...s, id: `Q-${s.id}` }));
      all = mergeCarrierSites(all, mine, `${c}.csv`, 'replace');
    }
    expect(generatedVectorLayers(all.meta)).not.toContain('sites');
  });
});
