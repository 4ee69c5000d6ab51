/**
 * Messages as a code plus parameters, rendered from a language's table of templates (the CSV importer's and the
 * layer readers'). A placeholder {name} takes `params.name`, or, when `params.nameCode` is a code of the same
 * table, that code's text, so a nested problem translates with the rest.
 */
export type TextParams = Readonly<Record<string, string | number>>;

/** A code of some table and its parameters, before it is rendered in some language. */
export interface Coded<C extends string> {
  code: C;
  params: TextParams;
}

/** The most characters of one value (a name, a cell, a header) a message quotes: a 1 MB cell never makes a 1 MB notice. */
export const MAX_QUOTED_CHARS = 120;

/** `value` as text cut to `max` characters with "…" (never splitting a surrogate pair). */
export function capQuoted(value: string | number, max = MAX_QUOTED_CHARS): string {
  const text = String(value);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  return `${last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut}…`;
}

/**
 * The most characters one parameter of an interface string may add: more than any sentence we compose and pass
 * on (a reason inside "Could not read {file}: {reason}"), far less than a 1 MB name.
 */
export const MAX_FILLED_CHARS = 500;

/**
 * The one placeholder rule of every interface text: `{name}` takes `params.name`, each value cut to `max`
 * characters and inserted as it is (a "$&" or "{x}" inside one is not expanded); an unknown placeholder stays
 * visible. With `nested`, a placeholder whose `params[name + 'Code']` is a code `nested` knows takes that code's
 * text instead (filled by the same rule), so a nested problem translates with the rest.
 */
export function fillTemplate(
  text: string, params: Readonly<Record<string, string | number>> | undefined, max = MAX_FILLED_CHARS,
  nested?: (code: string) => string | undefined, depth = 0,
): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const sub = nested && depth < 6 ? params[`${name}Code`] : undefined;
    const template = typeof sub === 'string' ? nested?.(sub) : undefined;
    if (template !== undefined) return fillTemplate(template, params, max, nested, depth + 1);
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : capQuoted(value, max);
  });
}

/** The first `keep` items joined for a message, and how many were left out. */
export function shortList(items: readonly string[], keep = 5): { shown: string; more: number } {
  return { shown: items.slice(0, keep).map((s) => capQuoted(s, 40)).join(', '), more: Math.max(0, items.length - keep) };
}

/** The text of a code in a language's table by the one rule (fillTemplate), `{x}` taking `xCode`'s text when set. */
export function renderCodedText<C extends string>(table: Readonly<Record<C, string>>, code: C, params: TextParams): string {
  const nested = (sub: string): string | undefined => (Object.hasOwn(table, sub) ? table[sub as C] : undefined);
  return fillTemplate(table[code], params, MAX_QUOTED_CHARS, nested);
}
