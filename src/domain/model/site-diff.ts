/** A carrier's upload against its current sites, matched by site id: the quarter's diff shown before a commit. */
import { distance } from '@turf/turf';
import type { Site } from './types';

/** A site whose position changed by more than this, m, is moved; less is survey noise. */
export const MOVED_MIN_M = 50;

export type SiteChangeKind = 'height' | 'bands' | 'sectors';

export interface MovedSite {
  before: Site;
  after: Site;
  metres: number;
}

export interface ChangedSite {
  before: Site;
  after: Site;
  changes: SiteChangeKind[];
}

/** A site both moved and changed is in both lists; `unchanged` counts the matched sites in neither. */
export interface SiteDiff {
  /** The uploaded sites with no current site of that id among the file's carriers. */
  added: Site[];
  /** The current sites of the file's carriers that the file does not list and the commit removes ('replace'). */
  removed: Site[];
  /** The current sites of the file's carriers that the file does not list and the commit keeps ('add'). */
  kept: Site[];
  moved: MovedSite[];
  changed: ChangedSite[];
  unchanged: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

const bandsKey = (s: Site): string => s.radios.map((r) => `${r.tech}@${r.bandMHz}`).sort().join(',');

const sectorsKey = (s: Site): string =>
  s.sectors
    .map((x) => `${x.azimuthDeg === null ? 'omni' : round1(x.azimuthDeg)}/${round1(x.beamwidthDeg)}/${round1(x.downtiltDeg)}`)
    .sort()
    .join(',');

function changesOf(before: Site, after: Site): SiteChangeKind[] {
  const changes: SiteChangeKind[] = [];
  if (round1(before.heightM) !== round1(after.heightM)) changes.push('height');
  if (bandsKey(before) !== bandsKey(after)) changes.push('bands');
  if (sectorsKey(before) !== sectorsKey(after)) changes.push('sectors');
  return changes;
}

/**
 * `incoming` (an upload) against the sites of `current` whose carrier is one of the upload's, matched by id: what
 * is new, what the file no longer lists (removed when `commitRemoves` says the commit drops it, else kept), what
 * moved more than MOVED_MIN_M and what changed height, bands or sectors.
 */
export function diffCarrierSites(
  current: readonly Site[], incoming: readonly Site[], commitRemoves: (s: Site) => boolean = () => true,
): SiteDiff {
  const carriers = new Set(incoming.map((s) => s.carrier));
  const before = new Map<string, Site>();
  for (const s of current) if (carriers.has(s.carrier) && !before.has(s.id)) before.set(s.id, s);
  const diff: SiteDiff = { added: [], removed: [], kept: [], moved: [], changed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const after of incoming) {
    const was = before.get(after.id);
    if (!was) {
      diff.added.push(after);
      continue;
    }
    seen.add(after.id);
    const metres = distance([was.lon, was.lat], [after.lon, after.lat], { units: 'meters' });
    const changes = changesOf(was, after);
    if (metres > MOVED_MIN_M) diff.moved.push({ before: was, after, metres });
    if (changes.length > 0) diff.changed.push({ before: was, after, changes });
    if (metres <= MOVED_MIN_M && changes.length === 0) diff.unchanged++;
  }
  for (const [id, s] of before) if (!seen.has(id)) (commitRemoves(s) ? diff.removed : diff.kept).push(s);
  return diff;
}
