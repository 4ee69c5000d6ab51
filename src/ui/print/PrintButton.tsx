/** Placeholder until the print feature lands. */
export function PrintButton() {
  return null;
}
