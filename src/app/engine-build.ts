declare const __ENGINE_BUILD__: string | null | undefined;

/**
 * The build of the app's code (a hash of `src/`, set by vite.config.ts): coverage kept from another build is not
 * shown. Null in the dev server, where the code changes under a running page, and in unit tests: nothing is kept.
 */
export const ENGINE_BUILD: string | null = typeof __ENGINE_BUILD__ === 'string' ? __ENGINE_BUILD__ : null;
