import type { Report } from './build-report';

/** Pretty JSON with a trailing newline; non-finite numbers are already null in the report rows. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
