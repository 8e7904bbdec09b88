#!/usr/bin/env node
// Start-up time of `vigil scan examples/bec-wire-transfer.eml` (issue 13 item 3), from process start
// to exit, in milliseconds: each package folder's bin/vigil.js is run RUNS times, the folders
// alternated run by run (so a busy moment of the machine falls on all of them alike), each run
// timed around spawnSync with a monotonic clock (/usr/bin/time rounds to 10 ms). Prints the median
// and the best per folder. The times include the spawn itself (a few ms).
// Usage: node scripts/startup-time.mjs RUNS DIR [DIR …] [-- ARGS…]   (ARGS default: scan
// examples/bec-wire-transfer.eml; every DIR a built package: bin/, dist/, models/, examples/)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const [runs, ...dirs] = dash < 0 ? argv : argv.slice(0, dash);
const args = dash < 0 ? ['scan', 'examples/bec-wire-transfer.eml'] : argv.slice(dash + 1);
const n = Number(runs);
if (!Number.isInteger(n) || n < 1 || dirs.length === 0) {
  console.error('usage: node scripts/startup-time.mjs RUNS DIR [DIR …] [-- ARGS…]');
  process.exit(2);
}
const times = dirs.map(() => []);
for (let i = 0; i < n; i++)
  dirs.forEach((dir, k) => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['bin/vigil.js', ...args], { cwd: resolve(dir), stdio: 'ignore' });
    times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
  });
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
dirs.forEach((dir, k) =>
  console.log(
    `${dir}: median ${median(times[k]).toFixed(1)} ms, best ${Math.min(...times[k]).toFixed(1)} ms (${n} runs)`,
  ),
);
