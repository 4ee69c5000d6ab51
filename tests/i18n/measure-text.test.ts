import { describe, expect, it } from 'vitest';
import { legendItems, legendTitle } from '../../src/app/print-legend';
import { levelClassesFor } from '../../src/domain/display/coverage-palette';
import { coverageLegendRows, coverageLegendTitle, thresholdChoices, thresholdLabel } from '../../src/i18n/measure-text';

describe('measure texts', () => {
  it('lists the shown technology\'s thresholds named with its measure', () => {
    expect(thresholdLabel('en', '2G')).toBe('RxLev threshold');
    expect(thresholdLabel('vi', '3G')).toBe('Ngưỡng RSCP');
    expect(thresholdChoices('en', '2G', -95).map((c) => c.label)).toEqual([
      'RxLev −100 dBm (basic outdoor)', 'RxLev −95 dBm (good outdoor)', 'RxLev −90 dBm (indoor)',
    ]);
    expect(thresholdChoices('vi', '3G', -100).map((c) => c.dbm)).toEqual([-105, -100, -95]);
    expect(thresholdChoices('en', '5G', -105).map((c) => c.label)[0]).toBe('RSRP −110 dBm (basic outdoor)');
    expect(thresholdChoices('en', '4G', -103).map((c) => c.dbm)).toEqual([-110, -105, -103, -100]);
  });

  it('names the measure in the legend and uses its classes from the threshold up', () => {
    expect(coverageLegendTitle('en', '2G', -95)).toBe('2G coverage: RxLev ≥ −95 dBm');
    const rows = coverageLegendRows('en', '2G', -95);
    expect(rows.map((r) => r.label)).toEqual([
      '≥ −75 dBm: excellent', '−85 … −75 dBm: good', '−90 … −85 dBm: fair', '−95 … −90 dBm: basic',
    ]);
    expect(rows.map((r) => r.rgba)).toEqual(levelClassesFor('2G').slice(0, 4).map((c) => c.rgba));
    expect(coverageLegendRows('vi', '4G', -110).map((r) => r.label)).toEqual([
      '≥ −85 dBm: rất tốt', '−95 … −85 dBm: tốt', '−100 … −95 dBm: khá', '−105 … −100 dBm: cơ bản', '−110 … −105 dBm: yếu',
    ]);
    expect(coverageLegendRows('en', '3G', -103).at(-1)?.label).toBe('−103 … −100 dBm: weak');
  });

  it('prints the measure in the PDF legend', () => {
    const layers = { coverage: true, units: false, labels: false, villages: false, sites: false, sectors: false, fibre: false };
    const x = { lang: 'en' as const, layers, tech: '3G' as const, thresholdDbm: -100, siteColour: 'carrier' as const };
    expect(legendTitle(x)).toBe('3G coverage (RSCP from −100 dBm)');
    expect(legendItems(x).map((i) => i.label)[0]).toBe('3G RSCP ≥ −80 dBm: excellent');
  });
});
