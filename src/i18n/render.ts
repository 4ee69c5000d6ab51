/**
 * The one placeholder rule for every interface table: `{name}` takes `params.name`, each value cut to
 * MAX_FILLED_CHARS and inserted as it is (io/coded-text `fillTemplate`); an unknown placeholder stays visible.
 */
import { fillTemplate } from '../io/coded-text';
import type { Lang } from './lang';

export type Params = Readonly<Record<string, string | number>>;

/** One feature's texts, Vietnamese and English side by side under the same keys. */
export type Table<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** The text of `key` in `lang` with its placeholders filled. */
export function render<K extends string>(lang: Lang, table: Table<K>, key: K, params?: Params): string {
  return fillTemplate(table[lang][key], params);
}
