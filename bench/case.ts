/** Runs one bench case in this process and prints its JSON line (with this process's peak RSS). */
import { CASES } from './cases';
import { loadavg } from 'node:os';
import { peakMb } from './timing';

const name = process.argv[2] ?? '';
const run = CASES[name];
if (!run) {
  process.stderr.write(`unknown case "${name}"; known: ${Object.keys(CASES).join(', ')}\n`);
  process.exit(2);
}
const result = await run();
process.stdout.write(`${JSON.stringify({ case: name, ...result, peak_mb: peakMb(), load_avg_1m: Number(loadavg()[0]?.toFixed(2)) })}\n`);
