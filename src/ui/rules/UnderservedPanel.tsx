/** Placeholder until the rules feature lands. */
export function UnderservedPanel() {
  return null;
}
