/**
 * `npm run bench`: runs every benchmark in turn, each in its own process so one's memory peak does not
 * colour the next, and prints their figures. Each can also be run alone (`npm run bench:<name>`).
 */
import { spawnSync } from 'node:child_process';

const benches = ['scan', 'detectors', 'review', 'logs'] as const;
const only = process.argv.slice(2);
let failed = 0;
for (const name of benches) {
  if (only.length && !only.includes(name)) continue;
  process.stdout.write(`\n=== bench:${name} ===\n`);
  const r = spawnSync('npm', ['run', '--silent', `bench:${name}`], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`bench:${name} exited with ${r.status ?? r.signal}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
