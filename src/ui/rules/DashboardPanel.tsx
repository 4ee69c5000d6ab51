/** Placeholder until the rules feature lands. */
export function DashboardPanel() {
  return null;
}
