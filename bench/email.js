#!/usr/bin/env node
// Email scan throughput: Vigil and rspamd (rules only) on the same folder, in the same run, on one
// core and on all cores, and the ratio. Reported, never asserted (DESIGN.md "Performance targets").
// Usage: npm run bench:email -- DIR [--jobs N] [--no-model] [--config FILE] [--repeat N] [--no-rspamd]
//   DIR: a folder of *.eml (recursive); with malicious/ and benign/ below it, rspamd gets both.
//   --jobs N: the "all cores" run (default: the number of cores).
// Vigil runs through its worker pool (src/pool; jobs 1 = this thread only), rspamd through
// ../shared/peers/rspamd.sh --jobs 1 and --jobs N (rules only, no network, no Bayes); when rspamd
// cannot run here (not Debian, not root, no peers folder) its rows say why and the ratio is absent.
// Uses the compiled package (dist/); `npm run build` first if sources changed.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const takesValue = ['--config', '--repeat', '--jobs'];
const dir = args.find((a, i) => !a.startsWith('--') && !takesValue.includes(args[i - 1]));
if (!dir) {
  console.error(
    'usage: npm run bench:email -- DIR [--jobs N] [--no-model] [--config FILE] [--repeat N] [--no-rspamd]',
  );
  process.exit(2);
}
if (!existsSync(dir)) {
  console.log(`bench:email: ${dir} does not exist; nothing to measure (skipped)`);
  process.exit(0);
}
const jobsAll = Number(value('--jobs') ?? availableParallelism());
const repeat = Number(value('--repeat') ?? 1);
const model = !flag('--no-model');
const here = fileURLToPath(new URL('.', import.meta.url));

const { loadConfig, listEml, createEmailPool, mapOrdered } = await import('../dist/index.js');
const files = await listEml(dir);
const raws = await Promise.all(files.map((f) => readFile(f)));
const bytes = raws.reduce((n, r) => n + r.length, 0);
const config = loadConfig(value('--config'));
const load = () => loadavg()[0].toFixed(1);

async function vigil(jobs) {
  const t0 = performance.now();
  const pool = createEmailPool({ config, mode: 'scan', model }, jobs);
  // warm-up: every worker loads its models and compiles its tables before the clock starts
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, () => pool.scan(raws[0], files[0])));
  const setupMs = performance.now() - t0;
  const counts = { clean: 0, suspicious: 0, malicious: 0, errors: 0 };
  const loadBefore = load();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < repeat; r++) {
    await mapOrdered(
      raws,
      Math.max(1, jobs) * 4,
      (raw, i) => pool.scan(raw, files[i]),
      (_raw, res) => {
        if (r) return;
        if (res.ok) counts[res.value.verdict.verdict]++;
        else counts.errors++;
      },
    );
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await pool.close();
  const n = raws.length * repeat;
  return {
    jobs,
    messages: n,
    seconds: Number(seconds.toFixed(3)),
    messages_per_second: Number((n / seconds).toFixed(1)),
    // CPU time of this process (all its threads) per message: less sensitive to other load than wall clock
    cpu_ms_per_message: Number(((cpu.user + cpu.system) / 1000 / n).toFixed(2)),
    setup_ms: Number(setupMs.toFixed(0)),
    load_average: `${loadBefore} -> ${load()}`,
    verdicts: counts,
  };
}

async function rspamd(jobs) {
  if (flag('--no-rspamd')) return { jobs, skipped: '--no-rspamd' };
  const script = join(here, '..', '..', 'shared', 'peers', 'rspamd.sh');
  if (!existsSync(script)) return { jobs, skipped: `${script} not found` };
  if (process.getuid?.() !== 0)
    return { jobs, skipped: 'rspamd.sh runs as root (it installs and starts a private rspamd)' };
  const work = await mkdtemp(join(tmpdir(), 'vigil-bench-rspamd-'));
  try {
    let mal = join(dir, 'malicious');
    let ben = join(dir, 'benign');
    if (!existsSync(mal) || !existsSync(ben)) {
      // one folder: all of it as "malicious", an empty benign side (labels do not matter for speed)
      mal = dir;
      ben = join(work, 'empty');
      await import('node:fs/promises').then((fs) => fs.mkdir(ben));
    }
    const loadBefore = load();
    const r = spawnSync(
      'bash',
      [
        script,
        '--malicious',
        mal,
        '--benign',
        ben,
        '--jobs',
        String(jobs),
        '--out',
        join(work, 'scores.csv'),
      ],
      {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      },
    );
    const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
    let j;
    try {
      j = JSON.parse(last);
    } catch {
      const why = (r.stderr ?? '').trim().split('\n').slice(-2).join(' | ');
      return { jobs, skipped: `rspamd.sh exited ${r.status}: ${why || 'no JSON line'}` };
    }
    return {
      jobs,
      messages: j.n_malicious + j.n_benign,
      errors: j.errors,
      seconds: j.seconds,
      messages_per_second: j.messages_per_second,
      version: j.version,
      load_average: `${loadBefore} -> ${load()}`,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// interleaved, so both scanners see about the same background load
const rows = [];
for (const jobs of jobsAll > 1 ? [1, jobsAll] : [1]) {
  const v = await vigil(jobs);
  const r = await rspamd(jobs);
  rows.push({
    jobs,
    vigil: v,
    rspamd: r,
    ratio: r.messages_per_second ? Number((v.messages_per_second / r.messages_per_second).toFixed(2)) : null,
  });
}
const scaling =
  rows.length > 1
    ? Number((rows[1].vigil.messages_per_second / rows[0].vigil.messages_per_second).toFixed(2))
    : null;

// CLI start to first verdict, as a user sees it (median of 5)
const bin = fileURLToPath(new URL('../bin/vigil.js', import.meta.url));
const starts = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  spawnSync(process.execPath, [bin, 'scan', '--json', files[0]], { encoding: 'utf8' });
  starts.push(performance.now() - s);
}
starts.sort((a, b) => a - b);

console.log(
  `bench:email  ${dir}: ${files.length} messages, ${(bytes / 1e6).toFixed(1)} MB, model ${model ? 'on' : 'off'}, ` +
    `${availableParallelism()} cores, load average ${load()} (other jobs on this machine lower every rate)`,
);
console.log('  jobs   Vigil msg/s   rspamd msg/s   Vigil / rspamd   Vigil CPU ms/msg');
for (const r of rows)
  console.log(
    `  ${String(r.jobs).padStart(4)}   ${String(r.vigil.messages_per_second).padStart(11)}   ${String(r.rspamd.messages_per_second ?? '–').padStart(12)}   ${String(r.ratio ?? '–').padStart(14)}   ${String(r.vigil.cpu_ms_per_message).padStart(16)}`,
  );
for (const r of rows)
  if (r.rspamd.skipped) console.log(`  rspamd --jobs ${r.jobs}: skipped: ${r.rspamd.skipped}`);
if (scaling !== null) console.log(`  Vigil --jobs ${jobsAll} / --jobs 1: ${scaling}×`);
console.log(
  `  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process, all workers); CLI start to first verdict ${starts[2].toFixed(0)} ms (median of 5)`,
);
console.log(
  JSON.stringify({
    bench: 'email',
    dir,
    messages: files.length,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    model,
    repeat,
    cores: availableParallelism(),
    rows,
    vigil_scaling: scaling,
    peak_rss_mb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
    cli_first_verdict_ms_median: Number(starts[2].toFixed(1)),
    node: process.version,
  }),
);
