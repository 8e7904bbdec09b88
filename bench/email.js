#!/usr/bin/env node
// Email scan throughput: Vigil and rspamd (rules only) on the same folder, in the same run, on one
// core and on all cores, and the ratio. Reported, never asserted (DESIGN.md "Performance targets").
// Usage: npm run bench:email -- DIR [--jobs N] [--no-model] [--config FILE] [--repeat N] [--no-rspamd]
//   DIR: a folder of *.eml (recursive); with malicious/ and benign/ below it, rspamd gets both.
//   --jobs N: the "all cores" run (default: the number of cores).
// Each Vigil run is a child process (its own peak RSS, its own CPU time). The one-core row is pinned
// to CPU 0 with taskset (scripts/one-core.mjs), Vigil and rspamd alike: unpinned, V8's GC and
// compiler threads run on the other cores and the "one core" rate is not one core's. Without
// taskset the row says "not pinned". The all-cores row is not pinned. Scaling is against the
// pinned row.
// Vigil runs through its worker pool (src/pool; jobs 1 = the child's main thread only), rspamd
// through ../shared/peers/rspamd.sh --jobs 1 and --jobs N (rules only, no network, no Bayes). On
// one core the whole script (rspamd's processes included, checked in /proc while it runs) is on CPU
// 0, and rspamc, the client feeding it, on the other CPUs through a shim first in PATH, as Vigil's
// messages are read before its clock starts. When rspamd cannot run here (not Debian, not root, no
// peers folder) its rows say why and the ratio is absent.
// Around the all-cores run, a probe (scripts/one-core.mjs coresDelivered: a fixed integer loop alone
// on CPU 0, then one copy pinned to each CPU at once) says how many cores the machine gave N busy
// threads just then: with other jobs on the machine that was as low as 0.8 of 2 (issue 13), and no
// scaling can exceed it (the load average says that others ran, not how much of the cores they took). With it, the CPU-time scaling: N × (CPU ms a message on one core) ÷
// (CPU ms a message with N jobs), the scaling the run would reach if all N cores were delivered.
// Uses the compiled package (dist/); `npm run build` first if sources changed.
import { readFile, mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coresDelivered, descendantsNamed, findTaskset, onCpus, otherCpus } from '../scripts/one-core.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const takesValue = ['--config', '--repeat', '--jobs', '--child'];
const dir = args.find((a, i) => !a.startsWith('--') && !takesValue.includes(args[i - 1]));
const usage =
  'usage: npm run bench:email -- DIR [--jobs N] [--no-model] [--config FILE] [--repeat N] [--no-rspamd]';
if (!dir) {
  console.error(usage);
  process.exit(2);
}
const whole = (name, dflt) => {
  const v = Number(value(name) ?? dflt);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`bench:email: ${name} takes a whole number >= 1\n${usage}`);
    process.exit(2);
  }
  return v;
};
const jobsAll = whole('--jobs', availableParallelism());
const repeat = whole('--repeat', 1);
if (!existsSync(dir)) {
  console.log(`bench:email: ${dir} does not exist; nothing to measure (skipped)`);
  process.exit(0);
}
const model = !flag('--no-model');
const here = fileURLToPath(new URL('.', import.meta.url));
const self = fileURLToPath(import.meta.url);
const load = () => loadavg()[0].toFixed(1);

// child: one Vigil run with --child JOBS, one JSON line on stdout
async function vigilChild(jobs) {
  const { loadConfig, listEml, createEmailPool, mapOrdered } = await import('../dist/index.js');
  const files = await listEml(dir);
  if (!files.length) throw new Error(`bench:email: no messages under ${dir}`);
  const raws = await Promise.all(files.map((f) => readFile(f)));
  const config = loadConfig(value('--config'));
  const t0 = performance.now();
  const pool = createEmailPool({ config, mode: 'scan', model }, jobs);
  // warm-up: every worker loads its models and compiles its tables before the clock starts
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, () => pool.scan(raws[0], files[0])));
  const setupMs = performance.now() - t0;
  const counts = { clean: 0, suspicious: 0, malicious: 0, errors: 0 };
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
    // CPU time of the process (all its threads: workers, GC, compiler) per message; on one pinned
    // core, wall time ≈ CPU time; less sensitive to other load than the wall-clock rate
    cpu_ms_per_message: Number(((cpu.user + cpu.system) / 1000 / n).toFixed(2)),
    // CPU seconds per wall second: how many cores the run got; below --jobs on a busy machine, whose
    // other jobs took the rest (then the wall-clock rates and the scaling say little)
    cores_used: Number(((cpu.user + cpu.system) / 1e6 / seconds).toFixed(2)),
    setup_ms: Number(setupMs.toFixed(0)),
    // the child's peak: with --jobs 1 that of one worker (the main thread is the worker)
    peak_rss_mb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
    verdicts: counts,
    bytes: raws.reduce((m, x) => m + x.length, 0),
    files: files.length,
  };
}
if (flag('--child')) {
  process.stdout.write(`${JSON.stringify(await vigilChild(whole('--child', 1)))}\n`);
  process.exit(0);
}

const cores = availableParallelism();
const taskset = findTaskset();

function vigil(jobs, cpus) {
  const passOn = args.filter((a, i) => a !== '--jobs' && args[i - 1] !== '--jobs');
  const run = [process.execPath, self, ...passOn, '--child', String(jobs)];
  const { argv, note } = cpus ? onCpus(run, cpus, taskset) : { argv: run, note: 'not pinned (all cores)' };
  const loadBefore = load();
  const r = spawnSync(argv[0], argv.slice(1), {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`bench:email: the Vigil run (--jobs ${jobs}) exited with ${r.status}`);
  return {
    ...JSON.parse(r.stdout.trim().split('\n').pop()),
    cpus: note,
    load_average: `${loadBefore} -> ${load()}`,
  };
}

/** A folder holding `rspamc` that runs the real one on `cpus`: the client off the measured core. */
async function rspamcShim(work, cpus) {
  const real = spawnSync('sh', ['-c', 'command -v rspamc'], { encoding: 'utf8' }).stdout.trim();
  if (!real || !cpus || !taskset) return null;
  const bin = join(work, 'bin');
  await mkdir(bin);
  await writeFile(join(bin, 'rspamc'), `#!/bin/sh\nexec ${taskset} -c ${cpus} ${real} "$@"\n`, {
    mode: 0o755,
  });
  return bin;
}

async function rspamd(jobs, cpus) {
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
      await mkdir(ben);
    }
    const run = [
      'bash',
      script,
      '--malicious',
      mal,
      '--benign',
      ben,
      '--jobs',
      String(jobs),
      '--out',
      join(work, 'scores.csv'),
    ];
    const { argv, note, pinned } = cpus
      ? onCpus(run, cpus, taskset)
      : { argv: run, note: 'not pinned (all cores)' };
    const shim = pinned ? await rspamcShim(work, otherCpus(cores, Number(cpus))) : null;
    const env = shim ? { ...process.env, PATH: `${shim}:${process.env.PATH}` } : process.env;
    const loadBefore = load();
    const child = spawn(argv[0], argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // which CPUs rspamd's own processes may use, looked at while they run
    const seen = new Map();
    const client = new Set();
    const look = () => {
      for (const p of descendantsNamed(child.pid, 'rspamd')) seen.set(p.pid, p.cpus);
      for (const p of descendantsNamed(child.pid, 'rspamc')) client.add(p.cpus);
    };
    const timer = setInterval(look, 500);
    const status = await new Promise((resolve) => child.on('exit', resolve));
    clearInterval(timer);
    const last = stdout.trim().split('\n').pop() ?? '';
    let j;
    try {
      j = JSON.parse(last);
    } catch {
      const why = stderr.trim().split('\n').slice(-2).join(' | ');
      return { jobs, skipped: `rspamd.sh exited ${status}: ${why || 'no JSON line'}` };
    }
    const allowed = [...new Set(seen.values())];
    return {
      jobs,
      messages: j.n_malicious + j.n_benign,
      errors: j.errors,
      seconds: j.seconds,
      messages_per_second: j.messages_per_second,
      version: j.version,
      cpus: note + (shim ? ' (rspamc client on the other CPUs)' : ''),
      rspamd_processes_seen: seen.size,
      rspamd_allowed_cpus: allowed.join(' ') || 'not seen',
      rspamc_allowed_cpus: [...client].join(' ') || 'not seen',
      load_average: `${loadBefore} -> ${load()}`,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// interleaved, so both scanners see about the same background load
const rows = [];
for (const jobs of jobsAll > 1 ? [1, jobsAll] : [1]) {
  const cpus = jobs === 1 ? '0' : null;
  const probeBefore = jobs > 1 ? coresDelivered(jobs, taskset) : null;
  const v = vigil(jobs, cpus);
  const probeAfter = jobs > 1 ? coresDelivered(jobs, taskset) : null;
  const r = await rspamd(jobs, cpus);
  rows.push({
    jobs,
    ...(jobs > 1 ? { cores_delivered: { before: probeBefore, after: probeAfter } } : {}),
    vigil: v,
    rspamd: r,
    ratio: r.messages_per_second ? Number((v.messages_per_second / r.messages_per_second).toFixed(2)) : null,
  });
}
const scaling =
  rows.length > 1
    ? Number((rows[1].vigil.messages_per_second / rows[0].vigil.messages_per_second).toFixed(2))
    : null;
const cpuScaling =
  rows.length > 1
    ? Number(((jobsAll * rows[0].vigil.cpu_ms_per_message) / rows[1].vigil.cpu_ms_per_message).toFixed(2))
    : null;
const delivered = rows[1]?.cores_delivered;
const { files: nFiles, bytes } = rows[0].vigil;

// CLI start to first verdict, as a user sees it (median of 5)
const { listEml } = await import('../dist/index.js');
const first = (await listEml(dir))[0];
const bin = fileURLToPath(new URL('../bin/vigil.js', import.meta.url));
const starts = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  spawnSync(process.execPath, [bin, 'scan', '--json', first], { encoding: 'utf8' });
  starts.push(performance.now() - s);
}
starts.sort((a, b) => a - b);

console.log(
  `bench:email  ${dir}: ${nFiles} messages, ${(bytes / 1e6).toFixed(1)} MB, model ${model ? 'on' : 'off'}, ` +
    `${cores} cores, load average ${load()} (other jobs on this machine lower every rate)`,
);
console.log(
  '  jobs   Vigil msg/s   rspamd msg/s   Vigil / rspamd   Vigil CPU ms/msg   cores used   Vigil peak RSS   CPUs',
);
for (const r of rows)
  console.log(
    `  ${String(r.jobs).padStart(4)}   ${String(r.vigil.messages_per_second).padStart(11)}   ${String(r.rspamd.messages_per_second ?? '–').padStart(12)}   ${String(r.ratio ?? '–').padStart(14)}   ${String(r.vigil.cpu_ms_per_message).padStart(16)}   ${String(r.vigil.cores_used).padStart(10)}   ${`${r.vigil.peak_rss_mb.toFixed(0)} MB`.padStart(14)}   ${r.vigil.cpus}`,
  );
for (const r of rows)
  if (r.rspamd.skipped) console.log(`  rspamd --jobs ${r.jobs}: skipped: ${r.rspamd.skipped}`);
  else
    console.log(
      `  rspamd --jobs ${r.jobs}: ${r.rspamd.cpus}; ${r.rspamd.rspamd_processes_seen} rspamd processes seen, allowed CPUs: ${r.rspamd.rspamd_allowed_cpus} (rspamc: ${r.rspamd.rspamc_allowed_cpus})`,
    );
if (scaling !== null)
  console.log(`  Vigil --jobs ${jobsAll} (all cores) / --jobs 1 (${rows[0].vigil.cpus}): ${scaling}×`);
if (delivered) {
  const said = (p) => (p ? `${p.cores} of ${jobsAll}` : 'not measured (no taskset)');
  console.log(
    `  cores the machine gave ${jobsAll} busy threads (probe): ${said(delivered.before)} before the --jobs ${jobsAll} run, ${said(delivered.after)} after`,
  );
}
if (cpuScaling !== null)
  console.log(
    `  CPU-time scaling (${jobsAll} × CPU ms a message on one core ÷ with --jobs ${jobsAll}; the scaling with ${jobsAll} whole cores): ${cpuScaling}×`,
  );
console.log(
  `  peak RSS is per process (--jobs 1: one worker, the main thread; --jobs N: all N workers); CLI start to first verdict ${starts[2].toFixed(0)} ms (median of 5)`,
);
console.log(
  JSON.stringify({
    bench: 'email',
    dir,
    messages: nFiles,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    model,
    repeat,
    cores,
    rows,
    vigil_scaling: scaling,
    vigil_cpu_scaling: cpuScaling,
    cli_first_verdict_ms_median: Number(starts[2].toFixed(1)),
    node: process.version,
  }),
);
