/**
 * The coverage worker's API is one catalogue joined from the feature APIs. Spreading them would let a later feature's
 * method silently replace an earlier one of the same name; `joinApis` makes such a clash a compile error (and, should
 * a cast hide it, an error at start-up).
 */

/** The method names both A and B define. */
export type Clash<A, B> = Extract<keyof A, keyof B>;

/** B as it may join A: any name A already has must be given as this message, which no method is. */
export type NoClash<A, B> = [Clash<A, B>] extends [never] ? B : { [K in Clash<A, B>]: `worker API name clash: ${K & string}` };

export function joinApis<A extends object, B extends object>(a: A, b: B & NoClash<A, B>): A & B {
  const clashes = Object.keys(b).filter((name) => Object.hasOwn(a, name));
  if (clashes.length > 0) throw new Error(`worker API name clash: ${clashes.join(', ')}`);
  return { ...a, ...b };
}
