/**
 * A feature API whose module is fetched on its first call, so that what the demo's start does not need (the KML,
 * shapefile, CSV, measurement, elevation and land-cover readers, the exports) stays out of the worker's start-up
 * script. The worker is an ES module worker: a dynamic import() is a chunk of this build, allowed by `script-src 'self'`.
 */

/** T's methods as they are called through the lazy API: each returns a promise of what the method returns. */
export type LazyApi<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

type Methods = Record<string, (...args: never[]) => unknown>;

/**
 * `names` lists every method of T (the type makes a missing or extra one a compile error), so the API's method
 * names are known before its module is. A failed load is not kept: the next call imports again (Chromium answers it
 * from its module map with the same failure until the worker restarts; the caller shows the error either way).
 */
export function lazyApi<T extends Methods>(names: { readonly [K in keyof T]: true }, load: () => Promise<T>): LazyApi<T> {
  let loading: Promise<T> | null = null;
  const loaded = (): Promise<T> => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  };
  const api: Record<string, (...args: never[]) => Promise<unknown>> = Object.create(null) as Record<string, never>;
  for (const name of Object.keys(names)) {
    api[name] = async (...args: never[]) => {
      const module = await loaded();
      const method = module[name];
      if (method === undefined) throw new Error(`lazy worker API: ${name} is not in its module`);
      return method(...args);
    };
  }
  return api as LazyApi<T>;
}
