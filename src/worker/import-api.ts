/** Coverage-worker calls of the import feature; they read the engine through engine-state. */
export const importApi = {};
