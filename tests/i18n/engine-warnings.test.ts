import { describe, expect, it } from 'vitest';
import { siteInputProblems } from '../../src/domain/coverage/input-checks';
import type { Site } from '../../src/domain/model/types';
import { engineWarningsNotice, engineWarningText, isRefusal } from '../../src/i18n/engine-warnings';

const BAD_SITE: Site = {
  id: 'VT-07', name: 'Trạm 7', carrier: 'Viettel', lon: 107.7, lat: 12.1, heightM: -5, proposed: false,
  sectors: [{ azimuthDeg: 0, beamwidthDeg: 0, downtiltDeg: 4 }],
  radios: [{ tech: '4G', bandMHz: 20 }],
};
/** The warning the coverage model posts for a refused site (coverage-model.ts), built from the real checks. */
const refusal = `site VT-07: not computed: ${siteInputProblems(BAD_SITE).join('; ')}`;

describe('engine warnings in the interface language', () => {
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

  it('model validity caveats keep their figures and name the model', () => {
    expect(engineWarningText('vi', 'okumura-hata: base height 24 m outside 30–200 m')).toBe('Mô hình okumura-hata: base height 24 m outside 30–200 m');
    expect(engineWarningText('en', 'village V9: unit code 99999 matches no unit')).toBe('Village V9: unit code 99999 matches no unit');
    expect(engineWarningText('vi', 'village V9: unit code 99999 matches no unit')).toBe('Thôn V9: mã xã 99999 không khớp xã nào');
  });

  it('an unrecognised warning is shown as written, never dropped', () => {
    expect(engineWarningText('vi', 'something new happened')).toBe('something new happened');
  });

  it('the summary counts refused sites apart from caveats and lists refusals first', () => {
    const warnings = ['cost231-hata: distance 0.5 km outside 1–20 km', refusal, 'FTTH not computed: no fibre'];
    expect(warnings.filter(isRefusal)).toEqual([refusal]);
    const notice = engineWarningsNotice('en', warnings);
    expect(notice?.text).toBe('Coverage: 1 sites not computed because of invalid parameters, 2 other warnings. See details.');
    expect(notice?.details[0]).toMatch(/^Site VT-07 not computed/);
    expect(notice?.details.slice(1)).toEqual(['Model cost231-hata: distance 0.5 km outside 1–20 km', 'FTTH not computed: no fibre']);
    expect(engineWarningsNotice('vi', ['okumura-hata: base height 21 m outside 30–200 m'])?.text).toBe(
      'Tính vùng phủ: 1 cảnh báo về phạm vi của mô hình. Xem chi tiết.',
    );
    expect(engineWarningsNotice('vi', [])).toBeNull();
  });
});
