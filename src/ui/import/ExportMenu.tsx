/** Placeholder until the import feature lands. */
export function ExportMenu() {
  return null;
}
