/** "Signal at the cursor": the readout's texts, Vietnamese and English, and a reading put into words. */
import type { SignalReading, SignalSite } from '../worker/signal-api';
import { formatNumber } from './format';
import type { Lang } from './lang';
import { render, type Params, type Table } from './render';
import { translate } from './strings';
import { siteName } from './site-name-strings';
import { isRealCarrier } from '../domain/scenario/proposed-site';

const vi = {
  title: 'Tín hiệu tại điểm',
  titlePinned: 'Tín hiệu đã ghim',
  hint: 'Di chuột trên bản đồ để đọc tín hiệu; nhấp để ghim.',
  pin: 'Ghim',
  pinCentre: 'Ghim tại tâm bản đồ',
  unpin: 'Bỏ ghim',
  at: '{lat}°N, {lon}°E',
  level: '{level} dBm',
  covered: 'đạt ngưỡng {threshold} dBm',
  notCovered: 'dưới ngưỡng {threshold} dBm',
  noSite: 'Không trạm nào phủ tới ô này',
  outside: 'Ngoài vùng đã tính',
  notComputed: 'Chưa tính vùng phủ {tech}',
  serving: 'Trạm phục vụ',
  next: 'Trạm kế tiếp',
  siteLevel: '{level} dBm',
  terrain: 'địa hình −{loss} dB',
  clutter: 'mô hình {clutter}',
  landCover: 'lớp phủ mặt đất −{loss} dB',
  proposed: 'đề xuất',
} as const;

export type SignalStringKey = keyof typeof vi;

const en: Record<SignalStringKey, string> = {
  title: 'Signal here',
  titlePinned: 'Pinned signal',
  hint: 'Move the pointer over the map to read the signal; click to pin it.',
  pin: 'Pin',
  pinCentre: 'Pin at the map centre',
  unpin: 'Unpin',
  at: '{lat}°N, {lon}°E',
  level: '{level} dBm',
  covered: 'meets the {threshold} dBm threshold',
  notCovered: 'below the {threshold} dBm threshold',
  noSite: 'No site reaches this cell',
  outside: 'Outside the computed area',
  notComputed: '{tech} coverage not computed yet',
  serving: 'Serving site',
  next: 'Next site',
  siteLevel: '{level} dBm',
  terrain: 'terrain −{loss} dB',
  clutter: '{clutter} model',
  landCover: 'land cover −{loss} dB',
  proposed: 'proposed',
};

export const SIGNAL_STRINGS: Table<SignalStringKey> = { vi, en };

export function signalText(lang: Lang, key: SignalStringKey, params?: Params): string {
  return render(lang, SIGNAL_STRINGS, key, params);
}

/** One site's line: who, its level, and what terrain and clutter cost it. */
export interface SignalSiteLine {
  siteId: string;
  role: string;
  name: string;
  level: string;
  /** "địa hình −x dB", "lớp phủ mặt đất −y dB", the clutter model; a loss only when it costs something. */
  costs: string[];
}

/** A reading in words, for the readout. */
export interface SignalView {
  coords: string;
  /** The cell's level and the verdict; null when there is no level. */
  level: string | null;
  verdict: string | null;
  covered: boolean;
  /** Why nothing is listed (outside, not computed, no site), or null. */
  empty: string | null;
  sites: SignalSiteLine[];
}

/** Losses under 0.05 dB read as 0,0 and are not worth a word. */
const TERRAIN_SHOWN_DB = 0.05;

function siteLine(lang: Lang, s: SignalSite, role: string): SignalSiteLine {
  const costs: string[] = [];
  if (s.terrainLossDb >= TERRAIN_SHOWN_DB) costs.push(signalText(lang, 'terrain', { loss: formatNumber(lang, s.terrainLossDb) }));
  if (s.clutterLossDb >= TERRAIN_SHOWN_DB) costs.push(signalText(lang, 'landCover', { loss: formatNumber(lang, s.clutterLossDb) }));
  costs.push(signalText(lang, 'clutter', { clutter: translate(lang, `clutter${s.clutter}`) }));
  const parts = [siteName(lang, { id: s.siteId, name: s.name })];
  if (isRealCarrier(s.carrier)) parts.push(s.carrier);
  if (s.proposed) parts.push(signalText(lang, 'proposed'));
  const name = parts.join(' · ');
  return { siteId: s.siteId, role, name, level: signalText(lang, 'siteLevel', { level: formatNumber(lang, s.levelDbm) }), costs };
}

export function signalView(lang: Lang, r: SignalReading): SignalView {
  const coords = signalText(lang, 'at', { lat: formatNumber(lang, r.lat, 4), lon: formatNumber(lang, r.lon, 4) });
  if (!r.inGrid) {
    const empty = r.reason === 'outside' ? signalText(lang, 'outside') : signalText(lang, 'notComputed', { tech: r.tech });
    return { coords, level: null, verdict: null, covered: false, empty, sites: [] };
  }
  const threshold = formatNumber(lang, r.thresholdDbm, 0);
  return {
    coords,
    level: r.cellLevelDbm === null ? null : signalText(lang, 'level', { level: formatNumber(lang, r.cellLevelDbm) }),
    verdict: signalText(lang, r.covered ? 'covered' : 'notCovered', { threshold }),
    covered: r.covered,
    empty: r.sites.length === 0 ? signalText(lang, 'noSite') : null,
    sites: r.sites.map((s, i) => siteLine(lang, s, signalText(lang, i === 0 ? 'serving' : 'next'))),
  };
}
