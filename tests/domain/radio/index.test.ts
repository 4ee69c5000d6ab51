import { describe, it, expect } from 'vitest';
import * as radio from '../../../src/domain/radio';

describe('radio module public API', () => {
  it('exposes the contracted functions and constants', () => {
    const fns = [
      'pathLossDb', 'modelWarnings', 'defaultModelFor', 'horizontalPatternDb', 'verticalPatternDb', 'sectorPatternDb',
      'budgetFor', 'eirpPerReDbm', 'receivedLevelDbm', 'maxRangeM', 'validateRadioParams',
    ] as const;
    for (const name of fns) expect(typeof radio[name]).toBe('function');
    expect(radio.DEFAULT_LINK_BUDGETS.length).toBeGreaterThanOrEqual(8);
    expect(radio.RSRP_THRESHOLDS.basicOutdoor).toBe(-110);
  });

  it('gives a finite loss for every model over 7 m to 35 km (speed is measured in bench/, not here)', () => {
    const input: radio.PathLossInput = { freqMHz: 1800, distanceM: 1, baseHeightM: 30, mobileHeightM: 1.5, clutter: 'urban' };
    for (const model of radio.PATH_LOSS_MODELS) {
      for (let i = 1; i <= 5000; i++) {
        input.distanceM = i * 7;
        expect(Number.isFinite(radio.pathLossDb(model, input))).toBe(true);
      }
    }
  });
});
