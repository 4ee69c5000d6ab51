/** Placeholder until the rules feature lands. */
export function UndergroundingPanel() {
  return null;
}
