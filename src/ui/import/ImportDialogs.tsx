/** Placeholder until the import feature lands. */
export function ImportDialogs() {
  return null;
}
