/** Runs of spaces (a double space typed in a source file, a tab, a no-break space) as one, trimmed. */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
