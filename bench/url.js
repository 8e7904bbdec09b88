#!/usr/bin/env node
// URL and domain verdict throughput on one core (DESIGN.md targets: ≥ 100,000 domains/s, ≥ 50,000 URLs/s).
// The one-core run is a child process pinned to CPU 0 with taskset (scripts/one-core.mjs; "not
// pinned" in the output without taskset): unpinned, V8's GC and compiler threads use other cores.
// Usage: npm run bench:domain [-- --no-model] [--repeat N] [--limit N] [--jobs N]
//        npm run bench:url    [-- --no-model] [--repeat N] [--limit N] [--jobs N]
// One core first, then all cores (--jobs N, default the number of cores): N processes run the same
// list at the same time and their rates are summed (verdicts are stateless; one process per core).
// Inputs: ../shared/data/{domains,urls}/dev.csv when present (first column only), else synthetic names.
// Each repeat uses a fresh config object, so the per-host cache starts cold; the best repeat is reported,
// by wall clock and per CPU second of the process (best_per_cpu_second: less sensitive to other
// processes sharing the core, which take wall-clock time but not this process's CPU time).
// Uses the compiled package (dist/); `npm run build` first if sources changed.
// --against OTHER_ROOT: this build and another (a checkout with its own build) in one process,
// alternating pass by pass on the same names, so both see the same background load; prints the
// best rate of each and the ratio (one core; --jobs is ignored).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const kind = args[0];
if (kind !== 'url' && kind !== 'domain') {
  console.error('usage: node bench/url.js url|domain [--no-model] [--repeat N] [--limit N]');
  process.exit(2);
}
const value = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const noModel = args.includes('--no-model');
const repeat = value('--repeat', 3);
const limit = value('--limit', 100_000);

const {
  resolveConfig,
  analyzeUrl,
  analyzeDomain,
  inspectUrl,
  inspectDomain,
  url: urlModule,
} = await import('../dist/index.js');

function firstColumn(path) {
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  const out = [];
  for (const line of lines) {
    if (!line) continue;
    // first CSV field, with RFC 4180 quotes
    let f;
    if (line.startsWith('"')) {
      let i = 1;
      f = '';
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          f += '"';
          i += 2;
          continue;
        }
        if (line[i] === '"') break;
        f += line[i++];
      }
    } else f = line.slice(0, line.indexOf(','));
    out.push(f);
  }
  return out;
}

function synthetic(n) {
  const out = [];
  let x = 12345;
  const rnd = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const words = [
    'secure',
    'login',
    'shop',
    'news',
    'cloud',
    'mail',
    'best',
    'store',
    'data',
    'home',
    'paypal',
    'bank',
  ];
  for (let i = 0; i < n; i++) {
    const len = 5 + Math.floor(rnd() * 12);
    let s = '';
    if (rnd() < 0.5) s = words[Math.floor(rnd() * words.length)] + words[Math.floor(rnd() * words.length)];
    else for (let k = 0; k < len; k++) s += String.fromCharCode(97 + Math.floor(rnd() * 26));
    const d = `${s}${i}.example`;
    out.push(kind === 'url' ? `https://www.${d}/account/login.php?id=${i}` : d);
  }
  return out;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const csv = `${here}../../shared/data/${kind === 'url' ? 'urls' : 'domains'}/dev.csv`;
const items = (existsSync(csv) ? firstColumn(csv) : synthetic(limit)).slice(0, limit);
const source = existsSync(csv) ? csv.replace(/^.*\/shared\//, '../shared/') : 'synthetic';

const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
if (!args.includes('--child') && !against) {
  // one core: this benchmark again, as a child pinned to CPU 0; then all cores, unpinned
  const { availableParallelism, loadavg } = await import('node:os');
  const { spawn } = await import('node:child_process');
  const { onCpus } = await import('../scripts/one-core.mjs');
  const self = fileURLToPath(import.meta.url);
  const jobs = args.includes('--jobs') ? Number(args[args.indexOf('--jobs') + 1]) : availableParallelism();
  const childArgs = [self, ...args.filter((a, i) => a !== '--jobs' && args[i - 1] !== '--jobs'), '--child'];
  const run = (argv) =>
    new Promise((resolve, reject) => {
      const c = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
      let buf = '';
      c.stdout.on('data', (d) => (buf += d));
      c.on('exit', (code) =>
        code === 0
          ? resolve(JSON.parse(buf.trim().split('\n').pop()))
          : reject(new Error(`child exited ${code}`)),
      );
    });
  const loadBefore = loadavg()[0].toFixed(1);
  const pin = onCpus([process.execPath, ...childArgs], '0');
  const out = { ...(await run(pin.argv)), one_core: pin.note, load_average: loadBefore };
  if (jobs > 1) {
    // all cores: `jobs` copies of this benchmark at once, each on the whole list; rates summed
    const runs = await Promise.all(Array.from({ length: jobs }, () => run([process.execPath, ...childArgs])));
    out.all_cores = { jobs, cpus: 'not pinned' };
    for (const name of Object.keys(out.results)) {
      const sum = runs.reduce((n, r) => n + r.results[name].best_per_second, 0);
      out.all_cores[name] = {
        best_per_second: sum,
        scaling: Number((sum / out.results[name].best_per_second).toFixed(2)),
      };
    }
  }
  console.log(JSON.stringify(out, null, 1));
  process.exit(0);
}

const configOpts = noModel ? { models: { url: null, domain: null } } : {};
const builds = [
  {
    name: 'this',
    pkg: { resolveConfig, analyzeUrl, analyzeDomain, inspectUrl, inspectDomain, url: urlModule },
  },
];
if (against) {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  builds.push({ name: against, pkg: await import(pathToFileURL(resolve(against, 'dist/index.js')).href) });
}
const results = {};
const byBuild = builds.map(() => ({}));
const byBuildCpu = builds.map(() => ({}));
const pairedRatio = {};
for (const name of kind === 'url' ? ['analyzeUrl', 'inspectUrl'] : ['analyzeDomain', 'inspectDomain']) {
  const best = builds.map(() => 0);
  const first = builds.map(() => 0);
  const bestCpu = builds.map(() => 0);
  const cpuRates = builds.map(() => []);
  let errors = 0;
  for (let r = 0; r < repeat; r++) {
    for (let b = 0; b < builds.length; b++) {
      const pkg = builds[b].pkg;
      const fn = pkg[name];
      const config = pkg.resolveConfig(configOpts);
      // prepared once, as createVigil does (models loaded, lookalike index built); not timed
      const env = pkg.url.prepareUrlEnv(config, pkg.url.loadUrlModelsFor(config));
      fn(items[0], name.startsWith('inspect') ? { env, where: 'bench' } : { env });
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const it of items) {
        try {
          fn(it, name.startsWith('inspect') ? { env, where: 'bench' } : { env });
        } catch {
          if (b === 0) errors++;
        }
      }
      const perSec = items.length / ((performance.now() - t0) / 1000);
      const c = process.cpuUsage(c0);
      // per CPU second of this process: what other processes' load on the core does not take away
      const perCpuSec = items.length / ((c.user + c.system) / 1e6);
      if (r === 0) first[b] = perSec;
      best[b] = Math.max(best[b], perSec);
      bestCpu[b] = Math.max(bestCpu[b], perCpuSec);
      cpuRates[b].push(perCpuSec);
    }
  }
  results[name] = {
    first_pass_per_second: Math.round(first[0]),
    best_per_second: Math.round(best[0]),
    best_per_cpu_second: Math.round(bestCpu[0]),
    errors: errors / repeat,
  };
  builds.forEach((_, b) => (byBuild[b][name] = Math.round(best[b])));
  builds.forEach((_, b) => (byBuildCpu[b][name] = Math.round(bestCpu[b])));
  if (builds.length > 1) {
    // each pass of this build against the other build's pass right after it: the median ratio
    const ratios = cpuRates[0].map((x, i) => x / cpuRates[1][i]).sort((a, b) => a - b);
    pairedRatio[name] = ratios[Math.floor(ratios.length / 2)];
  }
}
if (against) {
  const { loadavg } = await import('node:os');
  console.log(
    `bench:${kind} --against ${against}: ${items.length} names from ${source}, best of ${repeat} alternated passes, load average ${loadavg()[0].toFixed(1)}`,
  );
  for (const name of Object.keys(results))
    console.log(
      `  ${name}: this ${byBuild[0][name]}/s, other ${byBuild[1][name]}/s, this / other ${(byBuild[0][name] / byBuild[1][name]).toFixed(2)}×; per CPU second: this ${byBuildCpu[0][name]}, other ${byBuildCpu[1][name]}, ${(byBuildCpu[0][name] / byBuildCpu[1][name]).toFixed(2)}×; median of the ${repeat} paired passes' CPU-second ratios ${pairedRatio[name].toFixed(2)}×`,
    );
  process.exit(0);
}
const out = {
  bench: kind,
  items: items.length,
  source,
  model: !noModel,
  repeat,
  node: process.version,
  results,
};
console.log(JSON.stringify(out));
