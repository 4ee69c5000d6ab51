/**
 * Work under way with no measure of how far it got: a still mark and what is being done. Not a progress bar
 * without a value, which the browser animates forever (see the header's busy mark in styles.css for the cost).
 */
export function BusyLine({ text, testId }: { text: string; testId?: string }) {
  return (
    <p className="busy-line" role="status" data-testid={testId}>
      <span className="spinner dark" aria-hidden="true" /> {text}
    </p>
  );
}
