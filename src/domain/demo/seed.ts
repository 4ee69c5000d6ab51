/** The demo's default seed: the province every fresh start shows. */
export const DEFAULT_DEMO_SEED = 20231231;
