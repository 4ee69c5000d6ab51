/** Coverage-worker calls of the rules feature; they read the engine through engine-state. */
export const rulesApi = {};
