import { describe, expect, it } from 'vitest';
import { siteInputChecks } from '../../src/domain/coverage/input-checks';
import type { EngineWarning, EngineWarningCode } from '../../src/domain/coverage';
import type { Site } from '../../src/domain/model/types';
import type { ModelQuantity, ModelUnit, ModelWarning, ParamProblem } from '../../src/domain/radio';
import { ENGINE_WARNING_STRINGS } from '../../src/i18n/engine-warning-strings';
import { engineWarningsNotice, engineWarningText } from '../../src/i18n/engine-warnings';
import { LANGS } from '../../src/i18n/lang';

const BAD_SITE: Site = {
  id: 'VT-07', name: 'Trạm 7', carrier: 'Viettel', lon: 107.7, lat: 12.1, heightM: -5, proposed: false,
  sectors: [{ azimuthDeg: 0, beamwidthDeg: 0, downtiltDeg: 4 }],
  radios: [{ tech: '4G', bandMHz: 20 }],
};
/** The warning the coverage model posts for a refused site (coverage-model.ts), built from the real checks. */
const refusal: EngineWarning = { code: 'site-not-computed', siteId: 'VT-07', problems: siteInputChecks(BAD_SITE) };
const outside = (quantity: ModelQuantity, value: number, min: number, max: number, unit: ModelUnit): ModelWarning => ({
  code: 'model-range', model: 'okumura-hata', kind: 'outside', quantity, value, min, max, unit,
});
const caveat = outside('base-height', 24, 30, 200, 'm');

/** One problem per reason (the Record makes a new reason a compile error here until it has a case). */
const PROBLEMS: Record<ParamProblem['reason'], ParamProblem> = {
  'not-number': { field: 'lon', value: 'NaN', reason: 'not-number' },
  'not-number-or-omni': { field: 'sectors[1].azimuthDeg', value: 'Infinity', reason: 'not-number-or-omni' },
  'not-positive-number': { field: 'budgets[0].mobileHeightM', value: '-1', reason: 'not-positive-number' },
  'not-above': { field: 'heightM', value: '0', reason: 'not-above', min: 0 },
  'too-high': { field: 'heightM', value: '3000', reason: 'too-high', max: 1000 },
  outside: { field: 'sectors[0].downtiltDeg', value: '95', reason: 'outside', min: -90, max: 90, minOpen: false },
  'band-outside-models': { field: 'radios[2].bandMHz', value: '50000000', reason: 'band-outside-models', min: 30, max: 100000 },
};

const MODEL: Record<ModelWarning['kind'], ModelWarning> = {
  outside: caveat,
  'not-positive': { code: 'model-range', model: '3gpp-uma', kind: 'not-positive', quantity: 'distance', value: 'NaN' },
  'near-field': { code: 'model-range', model: 'free-space', kind: 'near-field', distanceM: 2, nearFieldM: 3.33 },
  extrapolated: { code: 'model-range', model: 'extended-hata', kind: 'extrapolated', freqMHz: 3500 },
  'built-up-only': { code: 'model-range', model: 'cost231-hata', kind: 'built-up-only', clutter: 'open' },
};

const SAMPLES: Record<EngineWarningCode, EngineWarning[]> = {
  'site-not-computed': [refusal, { code: 'site-not-computed', siteId: 'X1', problems: Object.values(PROBLEMS) }],
  'site-duplicate': [{ code: 'site-duplicate', siteId: 'VT-01' }],
  'village-no-unit': [{ code: 'village-no-unit', villageId: 'V9', unitCode: '99999' }],
  'ftth-not-computed': [{ code: 'ftth-not-computed', detail: 'no fibre' }],
  'second-thread-failed': [{ code: 'second-thread-failed' }],
  'model-range': [...Object.values(MODEL), outside('frequency', 2100, 150, 1500, 'MHz'), outside('mobile-height', 0.5, 1, 10, 'm'),
    outside('distance', 30, 1, 20, 'km')],
};
const ALL = Object.values(SAMPLES).flat();

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('engine warnings in the interface language', () => {
  it('the table has the same keys and placeholders in Vietnamese and English', () => {
    const { vi, en } = ENGINE_WARNING_STRINGS;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(vi)) expect([key, placeholders(en[key as keyof typeof en])]).toEqual([key, placeholders(text)]);
  });

  it.each(LANGS)('every code renders in %s with every placeholder filled', (lang) => {
    for (const w of ALL) {
      const text = engineWarningText(lang, w);
      expect(text.length, JSON.stringify(w)).toBeGreaterThan(10);
      expect(text, JSON.stringify(w)).not.toMatch(/[{}]|undefined|NaN NaN/);
    }
  });

  it('Vietnamese and English differ for every warning, and name the same site, field and values', () => {
    for (const w of ALL) {
      const [vi, en] = [engineWarningText('vi', w), engineWarningText('en', w)];
      expect(vi).not.toBe(en);
      const numbers = (t: string) => (t.match(/\d+(?:\.\d+)?/g) ?? []).sort();
      expect(numbers(vi)).toEqual(numbers(en));
    }
  });

  it('a refused site names the site, each field in words and its path, and the reason', () => {
    expect(engineWarningText('vi', refusal)).toBe(
      'Trạm VT-07 không được tính: chiều cao anten (heightM): -5 phải lớn hơn 0; ' +
        'băng tần (radios[0].bandMHz): 20 nằm ngoài dải 30–100000 MHz mà các mô hình hỗ trợ; ' +
        'độ rộng búp sóng (sectors[0].beamwidthDeg): 0 phải nằm trong khoảng (0, 360]',
    );
    expect(engineWarningText('en', refusal)).toBe(
      'Site VT-07 not computed: antenna height (heightM): -5 must be greater than 0; ' +
        'band (radios[0].bandMHz): 20 is outside the 30–100000 MHz the models cover; ' +
        'beamwidth (sectors[0].beamwidthDeg): 0 must be within (0, 360]',
    );
  });

  it('model validity caveats name the model, the quantity in words and its figures', () => {
    expect(engineWarningText('vi', caveat)).toBe('Mô hình okumura-hata: chiều cao anten trạm 24 m nằm ngoài dải 30–200 m');
    expect(engineWarningText('en', caveat)).toBe('Model okumura-hata: base height 24 m outside 30–200 m');
    expect(engineWarningText('vi', MODEL['built-up-only'])).toMatch(/vùng trống trải dùng Cm = 0 dB/);
    expect(engineWarningText('en', { code: 'village-no-unit', villageId: 'V9', unitCode: '99999' })).toBe('Village V9: unit code 99999 matches no unit');
    expect(engineWarningText('vi', { code: 'village-no-unit', villageId: 'V9', unitCode: '99999' })).toBe('Thôn V9: mã xã 99999 không khớp xã nào');
  });

  it('the summary counts refused sites apart from caveats and lists refusals first', () => {
    const ftth: EngineWarning = { code: 'ftth-not-computed', detail: 'no fibre' };
    const notice = engineWarningsNotice('en', [caveat, refusal, ftth]);
    expect(notice?.text).toBe('Coverage: 1 sites not computed because of invalid parameters, 2 other warnings. See details.');
    expect(notice?.details[0]).toMatch(/^Site VT-07 not computed/);
    expect(notice?.details.slice(1)).toEqual(['Model okumura-hata: base height 24 m outside 30–200 m', 'FTTH not computed: no fibre']);
    expect(engineWarningsNotice('vi', [caveat])?.text).toBe('Tính vùng phủ: 1 cảnh báo về phạm vi của mô hình. Xem chi tiết.');
    expect(engineWarningsNotice('vi', [])).toBeNull();
  });

  it('caveats alike but for their value are one line with the range met and the count, in place of the first', () => {
    const near = outside('distance', 0.4, 1, 20, 'km');
    const ftth: EngineWarning = { code: 'ftth-not-computed', detail: 'no fibre' };
    const many = [near, ftth, ...[0.12, 0.95, 0.4].map((d) => outside('distance', d, 1, 20, 'km')), caveat];
    const notice = engineWarningsNotice('en', many);
    expect(notice?.text).toBe('Coverage: 6 warnings about model validity ranges. See details.');
    expect(notice?.details).toEqual([
      'Model okumura-hata: distance 0.12–0.95 km outside 1–20 km (4 cases)',
      'FTTH not computed: no fibre',
      'Model okumura-hata: base height 24 m outside 30–200 m',
    ]);
    expect(engineWarningsNotice('vi', many)?.details[0]).toBe('Mô hình okumura-hata: khoảng cách 0.12–0.95 km nằm ngoài dải 1–20 km (4 trường hợp)');
  });
});
