/** A site's name as shown: hand-placed proposed sites store no name and are called "Proposed N" in the UI's language. */
import { proposedNumber } from '../domain/scenario/proposed-site';
import type { Lang } from './lang';
import { render, type Table } from './render';

const SITE_NAME_STRINGS: Table<'proposedName'> = {
  vi: { proposedName: 'Đề xuất {n}' },
  en: { proposedName: 'Proposed {n}' },
};

/** The default name of a hand-placed proposed site (id P-N) in `lang`, null for any other id. */
export function defaultProposedName(lang: Lang, id: string): string | null {
  const n = proposedNumber(id);
  return n === null ? null : render(lang, SITE_NAME_STRINGS, 'proposedName', { n });
}

/**
 * The site's own name; without one (or with the Vietnamese default that projects saved before stored), its
 * default name in `lang`, else its id.
 */
export function siteName(lang: Lang, site: { id: string; name: string }): string {
  const name = site.name.trim();
  if (name !== '' && name !== defaultProposedName('vi', site.id)) return name;
  return defaultProposedName(lang, site.id) ?? (name || site.id);
}
