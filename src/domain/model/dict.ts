/**
 * Records keyed by user data: site ids, unit codes, carrier names. A plain `{}` answers "constructor" or
 * "toString" with Object.prototype's functions, and `o["__proto__"] = v` replaces its prototype, so these records
 * are made without a prototype (`dict`) and read through `own`. Reads check ownership too because a record that
 * went through JSON, postMessage or a spread has Object.prototype again.
 */

/** A record with no prototype, filled from the entries. */
export function dict<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** The record's own value for the key; never an inherited one. */
export function own<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy with the key set to the value. */
export function withEntry<V>(record: Readonly<Record<string, V>>, key: string, value: V): Record<string, V> {
  const out = dict(Object.entries(record));
  out[key] = value;
  return out;
}

/** A copy without the key. */
export function withoutEntry<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  return dict(Object.entries(record).filter(([k]) => k !== key));
}
