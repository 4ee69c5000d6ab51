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

/** The text of a code in a language's table; unknown placeholders stay visible rather than vanish. */
export function renderCodedText<C extends string>(table: Readonly<Record<C, string>>, code: C, params: TextParams, depth = 0): string {
  return table[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const sub = params[`${name}Code`];
    if (depth < 6 && typeof sub === 'string' && sub in table) return renderCodedText(table, sub as C, params, depth + 1);
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
