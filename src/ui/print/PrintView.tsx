/** Placeholder until the print feature lands. */
export function PrintView() {
  return null;
}
