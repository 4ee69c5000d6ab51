/** Vietnamese or English text of the structured reasons of the rules feature (the domain's own text is English only). */
import type { UndergroundingReason, UnderservedReason } from '../domain/rules';
import { formatInt, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/strings';
import { rulesTranslate } from '../i18n/rules-strings';

const pct = (share: number): string => `${Math.round(share * 100)}%`;

export function underservedReasonI18n(lang: Lang, r: UnderservedReason): string {
  const t = (key: Parameters<typeof rulesTranslate>[1], p?: Record<string, string | number>) => rulesTranslate(lang, key, p);
  const km = (x: number) => formatNumber(lang, x, 1);
  switch (r.code) {
    case 'no4g':
      return t('r_no4g', { share: pct(r.share), dbm: r.thresholdDbm, need: pct(r.requiredShare) });
    case 'basic4gOnly':
      return t('r_basic4gOnly', { basic: r.basicThresholdDbm, share: pct(r.share), dbm: r.thresholdDbm }) +
        (r.basicShare === null
          ? t('r_basicBest', { best: r.bestDbm === null ? '–' : Math.round(r.bestDbm) })
          : t('r_basicShare', { bshare: pct(r.basicShare), basic: r.basicThresholdDbm }));
    case 'no5g':
      return t('r_no5g', { share: pct(r.share), need: pct(r.requiredShare) });
    case 'no4gCarrier':
      return t('r_no4gCarrier', { carriers: r.carriers.join(', ') });
    case 'noFibre':
      return r.distanceM === null ? t('r_noFibreAtAll') : t('r_noFibre', { ftth: formatInt(lang, r.ftthDistanceM), km: km(r.distanceM / 1000) });
    case 'noRouteNearby':
      if (r.noRoadData) return t('r_noRouteNearby', { km: km(r.reachDistanceM / 1000) });
      return t('r_noRoadNorRoute', {
        road: km(r.roadReachDistanceM / 1000), km: km(r.reachDistanceM / 1000),
        nearest: r.roadM === null ? '' : t('r_nearestRoad', { d: km(r.roadM / 1000) }),
      });
    case 'terrainShadow':
      return t('r_terrainShadow', { loss: formatNumber(lang, r.lossDb, 1), site: r.siteId, level: formatNumber(lang, r.levelDbm, 1), open: formatNumber(lang, r.openGroundDbm, 1) });
    case 'remote':
      return t('r_remote', { centre: km(r.communeCentreKm) }) + (r.nearestTownKm === null ? '' : t('r_remoteTown', { town: km(r.nearestTownKm) }));
  }
}

export function undergroundingReasonI18n(lang: Lang, r: UndergroundingReason): string {
  const params = { pop: formatInt(lang, r.populationNear), m: formatInt(lang, r.nearDistanceM) };
  const along = r.alongMainShare === null ? '' : rulesTranslate(lang, 'ug_alongMain', { pct: pct(r.alongMainShare) });
  if (r.code === 'urbanCore') return rulesTranslate(lang, 'ug_urbanCore', { ...params, type: r.unitType }) + along;
  return rulesTranslate(lang, r.code === 'denseVillages' ? 'ug_denseVillages' : 'ug_rural', params) + along;
}
