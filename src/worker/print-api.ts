/** Coverage-worker calls of the print feature; they read the engine through engine-state. */
export const printApi = {};
