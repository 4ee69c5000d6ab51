/** One JSON line per case, as `npm run bench` prints, with the case's targets and the load average when measured. */
import { loadavg } from 'node:os';
import type { CaseResult } from '../timing';
import { TARGETS } from './targets';

export type Report = (name: string, result: CaseResult) => void;

export function reporter(selected: ReadonlySet<string>, printed: Set<string>): Report {
  return (name, result) => {
    if (!selected.has(name) || printed.has(name)) return;
    printed.add(name);
    const [one, five] = loadavg();
    const line = { case: name, ...result, ...TARGETS[name], load_avg_1m: Number(one?.toFixed(2)), load_avg_5m: Number(five?.toFixed(2)) };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  };
}
