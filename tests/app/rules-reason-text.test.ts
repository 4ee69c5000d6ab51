import { describe, expect, it } from 'vitest';
import type { UnderservedReason } from '../../src/domain/rules';
import { undergroundingReasonI18n, underservedReasonI18n } from '../../src/app/rules-reason-text';
import { RULES_STRINGS } from '../../src/i18n/rules-strings';

describe('rules reason text', () => {
  it('renders every structured reason in Vietnamese and English', () => {
    const reasons: UnderservedReason[] = [
      { code: 'no4g', share: 0.1, requiredShare: 0.5, thresholdDbm: -110 },
      { code: 'basic4gOnly', share: 0.2, basicShare: 0.7, bestDbm: -108, thresholdDbm: -105, basicThresholdDbm: -110 },
      { code: 'basic4gOnly', share: 0.2, basicShare: null, bestDbm: -108.4, thresholdDbm: -105, basicThresholdDbm: -110 },
      { code: 'no5g', share: 0, requiredShare: 0.5 },
      { code: 'no4gCarrier', carriers: ['VNPT', 'Viettel'] },
      { code: 'noFibre', distanceM: 1234, ftthDistanceM: 500 },
      { code: 'noFibre', distanceM: null, ftthDistanceM: 500 },
      { code: 'noRouteNearby', reachDistanceM: 2000, roadReachDistanceM: 1000, roadM: null, noRoadData: true },
      { code: 'remote', communeCentreKm: 12.34, nearestTownKm: 20 },
      { code: 'noRouteNearby', reachDistanceM: 2000, roadReachDistanceM: 1000, roadM: 3456, noRoadData: false },
    ];
    for (const r of reasons) {
      const vi = underservedReasonI18n('vi', r);
      const en = underservedReasonI18n('en', r);
      expect(vi).not.toMatch(/\{|\}/);
      expect(en).not.toMatch(/\{|\}/);
      expect(vi).not.toBe(en);
    }
    expect(underservedReasonI18n('vi', reasons[0] as UnderservedReason)).toBe('không có 4G: 10% diện tích thôn đạt -110 dBm (cần 50%)');
    expect(underservedReasonI18n('en', reasons[8] as UnderservedReason)).toBe('remote: 12.3 km from the commune centre, 20.0 km from the nearest ward/town');
    expect(underservedReasonI18n('vi', reasons[5] as UnderservedReason)).toContain('1,2 km');
    expect(undergroundingReasonI18n('vi', { code: 'urbanCore', unitType: 'Phường', populationNear: 3270, nearDistanceM: 300, alongMainShare: null }))
      .toBe('cáp treo trong đô thị (Phường); 3.270 người trong 300 m');
  });

  it('says there is no road layer only when there is none, and gives the nearest road otherwise', () => {
    const noLayer: UnderservedReason = { code: 'noRouteNearby', reachDistanceM: 2000, roadReachDistanceM: 1000, roadM: null, noRoadData: true };
    const withRoads: UnderservedReason = { ...noLayer, roadM: 3456, noRoadData: false };
    expect(underservedReasonI18n('en', noLayer)).toBe('no fibre route within 2.0 km (no road layer: fibre routes stand in for roads)');
    expect(underservedReasonI18n('en', withRoads)).toBe('no road within 1.0 km (nearest 3.5 km) and no fibre route within 2.0 km');
    expect(underservedReasonI18n('vi', withRoads)).toBe('không có đường bộ trong 1,0 km (gần nhất 3,5 km) và không có tuyến cáp trong 2,0 km');
    const base = { code: 'rural', populationNear: 10, nearDistanceM: 300 } as const;
    expect(undergroundingReasonI18n('en', { ...base, alongMainShare: null })).toBe('rural aerial fibre: 10 people within 300 m');
    expect(undergroundingReasonI18n('en', { ...base, alongMainShare: 0.6 }))
      .toBe('rural aerial fibre: 10 people within 300 m; 60% of its length along main roads');
  });

  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(RULES_STRINGS.en).sort()).toEqual(Object.keys(RULES_STRINGS.vi).sort());
    for (const lang of ['vi', 'en'] as const) for (const v of Object.values(RULES_STRINGS[lang])) expect(v.trim()).not.toBe('');
  });
});
