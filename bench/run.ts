/**
 * Bench harness: `npm run bench [-- --only <case>]`. Each case runs in its own child process so its peak
 * memory is its own; every case prints exactly one JSON line, failures included.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES } from './cases';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
if (onlyAt >= 0 && (!only || !(only in CASES))) {
  process.stderr.write(`--only needs one of: ${Object.keys(CASES).join(', ')}\n`);
  process.exit(2);
}
const names = only ? [only] : Object.keys(CASES);
let failed = 0;
for (const name of names) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'case.ts'), name], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 10 * 60 * 1000,
  });
  const line = child.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (child.status === 0 && line) {
    process.stdout.write(`${line}\n`);
  } else {
    failed++;
    const reason = (child.stderr || child.error?.message || `exit ${child.status}`).trim().split('\n').slice(0, 3).join(' | ');
    process.stdout.write(`${JSON.stringify({ case: name, error: reason })}\n`);
  }
}
process.exit(failed > 0 ? 1 : 0);
