/** The quarter's diff of a carrier upload (import dialog's report step and its report CSV), Vietnamese and English. */
import type { ChangedSite, MovedSite, SiteChangeKind, SiteDiff } from '../domain/model/site-diff';
import type { Site } from '../domain/model/types';
import type { SiteDiffRow } from '../io/csv/issues-csv';
import { formatInt } from './format';
import type { Lang } from './lang';
import { render, type Params, type Table } from './render';

const vi = {
  diffTitle: 'So với các trạm hiện có của {carriers} (theo mã trạm)',
  diffAdded: 'Thêm mới',
  diffRemoved: 'Bị xoá (không còn trong tệp)',
  diffKept: 'Không có trong tệp, vẫn giữ',
  diffMoved: 'Dời quá 50 m',
  diffChanged: 'Thay đổi',
  diffUnchanged: 'Không đổi',
  diffMore: '… và {n} trạm nữa',
  diffNoCurrent: '{carriers} chưa có trạm nào: mọi trạm trong tệp là trạm mới.',
  addedDetail: 'trạm mới',
  removedDetail: 'không còn trong tệp; khi nhập sẽ bị xoá',
  keptDetail: 'không có trong tệp; vẫn giữ (Thêm giữ các trạm khác của nhà mạng)',
  movedDetail: 'dời {m} m',
  change_height: 'độ cao {from} → {to} m',
  change_bands: 'băng tần {from} → {to}',
  change_sectors: 'sector {from} → {to}',
  changesSep: '; ',
} as const;

export type SiteDiffKey = keyof typeof vi;

const en: Record<SiteDiffKey, string> = {
  diffTitle: 'Against the current sites of {carriers} (by site id)',
  diffAdded: 'Added',
  diffRemoved: 'Removed (not in the file)',
  diffKept: 'Not in the file, kept',
  diffMoved: 'Moved over 50 m',
  diffChanged: 'Changed',
  diffUnchanged: 'Unchanged',
  diffMore: '… and {n} more',
  diffNoCurrent: '{carriers} has no sites yet: every site of the file is new.',
  addedDetail: 'new site',
  removedDetail: 'not in the file; the commit removes it',
  keptDetail: 'not in the file; kept (Add keeps the carrier\'s other sites)',
  movedDetail: 'moved {m} m',
  change_height: 'height {from} → {to} m',
  change_bands: 'bands {from} → {to}',
  change_sectors: 'sectors {from} → {to}',
  changesSep: '; ',
};

export const SITE_DIFF_STRINGS: Table<SiteDiffKey> = { vi, en };

export function siteDiffText(lang: Lang, key: SiteDiffKey, params?: Params): string {
  return render(lang, SITE_DIFF_STRINGS, key, params);
}

const bandsText = (s: Site): string => s.radios.map((r) => `${r.tech} ${r.bandMHz}`).sort().join(', ') || '—';
const sectorsText = (s: Site): string =>
  s.sectors.map((x) => (x.azimuthDeg === null ? 'omni' : `${x.azimuthDeg}°`)).join('/') || '—';

function changeText(lang: Lang, kind: SiteChangeKind, before: Site, after: Site): string {
  if (kind === 'height') return siteDiffText(lang, 'change_height', { from: before.heightM, to: after.heightM });
  if (kind === 'bands') return siteDiffText(lang, 'change_bands', { from: bandsText(before), to: bandsText(after) });
  // the same azimuths with another beamwidth or tilt still read as a change of sectors
  return siteDiffText(lang, 'change_sectors', { from: sectorsText(before), to: sectorsText(after) });
}

/** "height 30 → 42 m; bands 4G 1800 → 4G 1800, 4G 2100". */
export function changedDetail(lang: Lang, c: ChangedSite): string {
  return c.changes.map((k) => changeText(lang, k, c.before, c.after)).join(siteDiffText(lang, 'changesSep'));
}

/** "moved 212 m". */
export function movedDetail(lang: Lang, m: MovedSite): string {
  return siteDiffText(lang, 'movedDetail', { m: formatInt(lang, m.metres) });
}

/** The diff as report rows, in the order added, removed, kept, moved, changed, each detail in the language. */
export function siteDiffReportRows(lang: Lang, diff: SiteDiff): SiteDiffRow[] {
  return [
    ...diff.added.map((s): SiteDiffRow => ({ siteId: s.id, change: 'added', metres: null, detail: siteDiffText(lang, 'addedDetail') })),
    ...diff.removed.map((s): SiteDiffRow => ({ siteId: s.id, change: 'removed', metres: null, detail: siteDiffText(lang, 'removedDetail') })),
    ...diff.kept.map((s): SiteDiffRow => ({ siteId: s.id, change: 'kept', metres: null, detail: siteDiffText(lang, 'keptDetail') })),
    ...diff.moved.map((m): SiteDiffRow => ({ siteId: m.after.id, change: 'moved', metres: m.metres, detail: movedDetail(lang, m) })),
    ...diff.changed.map((c): SiteDiffRow => ({ siteId: c.after.id, change: 'changed', metres: null, detail: changedDetail(lang, c) })),
  ];
}
