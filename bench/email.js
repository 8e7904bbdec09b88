#!/usr/bin/env node
// Email scan throughput on one core: messages per second and peak RSS for every *.eml under DIR.
// Usage: npm run bench:email -- DIR [--no-model] [--config FILE] [--repeat N]
// Uses the compiled package (dist/); `npm run build` first if sources changed.
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = args.find((a, i) => !a.startsWith('--') && !['--config', '--repeat'].includes(args[i - 1]));
if (!dir) {
  console.error('usage: npm run bench:email -- DIR [--no-model] [--config FILE] [--repeat N]');
  process.exit(2);
}
if (!existsSync(dir)) {
  console.log(`bench:email: ${dir} does not exist; nothing to measure (skipped)`);
  process.exit(0);
}

const { createScanner, loadConfig, listEml } = await import('../dist/index.js');
const files = await listEml(dir);
const raws = await Promise.all(files.map((f) => readFile(f)));
const bytes = raws.reduce((n, r) => n + r.length, 0);
const t0 = performance.now();
const scanner = createScanner(loadConfig(value('--config')), { model: !flag('--no-model') });
const tLoad = performance.now() - t0;
// warm-up: first-use costs (model load, lazy tables) are reported separately
await scanner.email(raws[0], files[0]);
const repeat = Number(value('--repeat') ?? 1);
const counts = { clean: 0, suspicious: 0, malicious: 0, errors: 0 };
const start = performance.now();
for (let r = 0; r < repeat; r++) {
  for (let i = 0; i < raws.length; i++) {
    try {
      const v = await scanner.email(raws[i], files[i]);
      if (r === 0) counts[v.verdict]++;
    } catch {
      if (r === 0) counts.errors++;
    }
  }
}
const seconds = (performance.now() - start) / 1000;
const n = raws.length * repeat;

// CLI start to first verdict, as a user sees it (median of 5)
const bin = fileURLToPath(new URL('../bin/vigil.js', import.meta.url));
const starts = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  spawnSync(process.execPath, [bin, 'scan', '--json', files[0]], { encoding: 'utf8' });
  starts.push(performance.now() - s);
}
starts.sort((a, b) => a - b);

const result = {
  bench: 'email',
  dir,
  messages: n,
  megabytes: Number(((bytes * repeat) / 1e6).toFixed(1)),
  seconds: Number(seconds.toFixed(3)),
  messages_per_second: Number((n / seconds).toFixed(1)),
  peak_rss_mb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
  model: !flag('--no-model'),
  scanner_setup_ms: Number(tLoad.toFixed(1)),
  cli_first_verdict_ms_median: Number(starts[2].toFixed(1)),
  verdicts: counts,
  node: process.version,
};
console.log(JSON.stringify(result));
