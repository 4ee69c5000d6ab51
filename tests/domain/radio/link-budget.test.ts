import { describe, it, expect } from 'vitest';
import {
  COVERAGE_THRESHOLDS_BY_TECH,
  RSRP_THRESHOLDS,
  budgetFor,
  eirpPerReDbm,
  receivedLevelDbm,
  type LinkBudget,
} from '../../../src/domain/radio/link-budget';
import { DEFAULT_LINK_BUDGETS, powerPerReDbm } from '../../../src/domain/radio/link-budget-presets';

describe('link budget presets', () => {
  it('cover 2G 900, 3G 2100, 4G 700/900/1800/2100/2600 and 5G n78', () => {
    const keys = DEFAULT_LINK_BUDGETS.map((b) => `${b.tech} ${b.bandMHz}`);
    expect(keys).toEqual(['2G 900', '3G 2100', '4G 700', '4G 900', '4G 1800', '4G 2100', '4G 2600', '5G 3500']);
    for (const b of DEFAULT_LINK_BUDGETS) {
      expect(b.mobileHeightM).toBe(1.5);
      expect(b.shadowMarginDb).toBeGreaterThanOrEqual(5);
      expect(b.shadowMarginDb).toBeLessThanOrEqual(8);
      expect(b.indoorLossDb).toBeGreaterThanOrEqual(15);
      expect(b.indoorLossDb).toBeLessThanOrEqual(20);
    }
  });

  it('derive per-RE power from total power and RE count', () => {
    // 40 W = 46.02 dBm over 1200 RE (20 MHz LTE): 46.02 − 30.79 = 15.23 dBm
    expect(powerPerReDbm(40, 1200)).toBeCloseTo(15.23, 2);
    // 200 W = 53.01 dBm over 273·12 = 3276 RE (n78 100 MHz, 30 kHz): 53.01 − 35.15 = 17.86 dBm
    expect(powerPerReDbm(200, 3276)).toBeCloseTo(17.86, 2);
  });

  it('gives 5G beamforming gain and only 5G', () => {
    for (const b of DEFAULT_LINK_BUDGETS) {
      if (b.tech === '5G') expect(b.beamformingGainDb).toBeGreaterThan(0);
      else expect(b.beamformingGainDb).toBe(0);
    }
  });
});

describe('EIRP and received level', () => {
  const b: LinkBudget = {
    tech: '4G', bandMHz: 1800, label: 'test', txPowerPerReDbm: 15.2, antennaGainDbi: 18, feederLossDb: 0.5,
    beamformingGainDb: 2, shadowMarginDb: 7, indoorLossDb: 17, mobileHeightM: 1.5,
  };

  it('EIRP = tx + gain − feeder + beamforming', () => {
    // 15.2 + 18 − 0.5 + 2 = 34.7
    expect(eirpPerReDbm(b)).toBeCloseTo(34.7, 12);
  });

  it('level = EIRP + pattern − PL − shadow − indoor', () => {
    // 34.7 − 3 − 130 − 7 = −105.3 outdoor; −122.3 indoor
    expect(receivedLevelDbm(b, 130, -3, false)).toBeCloseTo(-105.3, 12);
    expect(receivedLevelDbm(b, 130, -3, true)).toBeCloseTo(-122.3, 12);
  });

  it('5G n78 preset EIRP per RE ≈ 42.9 dBm (17.86 + 17 − 0 + 8)', () => {
    expect(eirpPerReDbm(budgetFor('5G', 3500))).toBeCloseTo(42.86, 1);
  });
});

describe('thresholds', () => {
  it('RSRP thresholds are the agreed values and 4G/5G use them', () => {
    expect(RSRP_THRESHOLDS).toEqual({ basicOutdoor: -110, goodOutdoor: -105, indoorProxy: -100 });
    expect(COVERAGE_THRESHOLDS_BY_TECH['4G']).toBe(RSRP_THRESHOLDS);
    expect(COVERAGE_THRESHOLDS_BY_TECH['2G'].basicOutdoor).toBeGreaterThan(RSRP_THRESHOLDS.basicOutdoor);
  });
});

describe('budgetFor', () => {
  it('picks the nearest band of the same technology', () => {
    expect(budgetFor('4G', 1800).bandMHz).toBe(1800);
    expect(budgetFor('4G', 850).bandMHz).toBe(900);
    expect(budgetFor('4G', 2300).bandMHz).toBe(2100);
    expect(budgetFor('2G', 1800).tech).toBe('2G');
  });

  it('falls back to the presets of that technology, then to any technology', () => {
    const only4g: LinkBudget[] = DEFAULT_LINK_BUDGETS.filter((x) => x.tech === '4G');
    expect(budgetFor('5G', 3500, only4g).tech).toBe('5G');
    expect(budgetFor('4G', 1800, []).bandMHz).toBe(1800);
  });
});
