/** The interface languages; every table in src/i18n has a text for each. */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];
