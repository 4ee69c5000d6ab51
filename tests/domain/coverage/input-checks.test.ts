import { describe, it, expect } from 'vitest';
import { CoverageModel } from '../../../src/domain/coverage';
import { settingsProblems, siteInputChecks } from '../../../src/domain/coverage/input-checks';
import type { Site } from '../../../src/domain/model/types';
import { paramProblemText } from '../../../src/domain/radio';
import { SETTINGS, oneUnit, site } from './helpers';

const SECTOR = { azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 2 };
const good = (): Site => site('A', 107.6, 12.1, [SECTOR]);

const IMPOSSIBLE: [string, Partial<Site>, RegExp][] = [
  ['a negative height', { heightM: -5 }, /^heightM: -5/],
  ['a NaN height', { heightM: NaN }, /^heightM: NaN/],
  ['an absurd height', { heightM: 1e308 }, /^heightM: 1e\+308/],
  ['a zero band', { radios: [{ tech: '4G', bandMHz: 0 }] }, /^radios\[0\]\.bandMHz: 0/],
  ['a band below every model', { radios: [{ tech: '4G', bandMHz: 5 }] }, /^radios\[0\]\.bandMHz: 5 outside/],
  ['a band above every model', { radios: [{ tech: '4G', bandMHz: 1e9 }] }, /^radios\[0\]\.bandMHz: 1000000000 outside/],
  ['a NaN longitude', { lon: NaN }, /^lon: NaN/],
  ['a latitude off the globe', { lat: 95 }, /^lat: 95/],
  ['a NaN tilt', { sectors: [{ ...SECTOR, downtiltDeg: NaN }] }, /^sectors\[0\]\.downtiltDeg: NaN/],
  ['a NaN azimuth', { sectors: [{ ...SECTOR, azimuthDeg: NaN }] }, /^sectors\[0\]\.azimuthDeg: NaN/],
  ['a zero beamwidth', { sectors: [{ ...SECTOR, beamwidthDeg: 0 }] }, /^sectors\[0\]\.beamwidthDeg: 0/],
  ['an absurd power offset', { powerOffsetDb: 1e308 }, /^powerOffsetDb: 1e\+308/],
];

/** The checks as the English lines of the engine's refusal (paramProblemText). */
const siteInputProblems = (site: Site): string[] => siteInputChecks(site).map(paramProblemText);

describe('siteInputProblems', () => {
  it('accepts an ordinary site', () => {
    expect(siteInputProblems(good())).toEqual([]);
  });

  it.each(IMPOSSIBLE)('names the field of %s', (_, patch, message) => {
    const problems = siteInputProblems({ ...good(), ...patch });
    expect(problems.some((p) => message.test(p))).toBe(true);
  });
});

describe('siteInputChecks', () => {
  it('gives each problem as its field path, the value as written and a reason code with its limits', () => {
    expect(siteInputChecks({ ...good(), heightM: -5, radios: [{ tech: '4G', bandMHz: 5 }], sectors: [{ ...SECTOR, azimuthDeg: NaN }] })).toEqual([
      { field: 'heightM', value: '-5', reason: 'not-above', min: 0 },
      { field: 'radios[0].bandMHz', value: '5', reason: 'band-outside-models', min: 30, max: 100_000 },
      { field: 'sectors[0].azimuthDeg', value: 'NaN', reason: 'not-number-or-omni' },
    ]);
  });
});

describe('CoverageModel with impossible parameters', () => {
  it.each(IMPOSSIBLE)('leaves out a site with %s, warns naming the field, and keeps every figure finite', (_, patch, message) => {
    const figures = new CoverageModel(oneUnit([{ ...good(), ...patch }]), SETTINGS, { ftth: null }).figures();
    const warning = figures.warnings.find((w) => w.code === 'site-not-computed' && w.siteId === 'A');
    const problems = warning?.code === 'site-not-computed' ? warning.problems.map(paramProblemText) : [];
    expect(problems[0]).toMatch(message);
    expect(figures.totals.pctAreaCovered['4G']).toBe(0);
    expect(Object.values(figures.totals.pctPopulation).every(Number.isFinite)).toBe(true);
  });

  it('still computes the good sites next to a refused one', () => {
    const ds = oneUnit([good(), { ...good(), id: 'B', heightM: -1 }]);
    const figures = new CoverageModel(ds, SETTINGS, { ftth: null }).figures();
    expect(figures.totals.pctAreaCovered['4G']).toBeGreaterThan(0);
    expect(figures.warnings.filter((w) => w.code === 'site-not-computed')).toHaveLength(1);
  });

  it.each([
    ['cellSizeM', { cellSizeM: 0 }],
    ['cellSizeM', { cellSizeM: NaN }],
    ['thresholdDbm', { thresholdDbm: NaN }],
    ['villageCoveredShare', { villageCoveredShare: 2 }],
    ['ftthDistanceM', { ftthDistanceM: -1 }],
  ] as const)('refuses settings with a bad %s, naming it', (field, patch) => {
    expect(() => new CoverageModel(oneUnit([good()]), { ...SETTINGS, ...patch })).toThrow(new RegExp(`refused: .*${field}`));
  });

  it('refuses a budget with a NaN power or a band outside every model', () => {
    const [budget] = SETTINGS.budgets;
    if (!budget) throw new Error('fixture has a budget');
    expect(settingsProblems({ ...SETTINGS, budgets: [{ ...budget, txPowerPerReDbm: NaN }] })).toEqual(['budgets[0].txPowerPerReDbm: NaN must be a finite number']);
    expect(settingsProblems({ ...SETTINGS, budgets: [{ ...budget, bandMHz: 10 }] })[0]).toMatch(/^budgets\[0\]\.bandMHz: 10 outside/);
    expect(settingsProblems(SETTINGS)).toEqual([]);
  });
});
