#!/usr/bin/env node
// Fuzz run on the compiled package (npm run build first):
//   npm run fuzz -- --seed 42 --runs 200000 --target email|html|url|http|all [--out DIR] [--max-ms 2000]
// --runs is per target (`--runs url=400000,email=200000` sets each; targets run in the order given). Prints, per target: cases, time, seed, slowest case, max rss, failures.
// Failing and slowest inputs are written to --out (default: a fresh folder under the OS temp dir),
// never into the repository. Exit 1 if any case failed (non-VigilError throw, HTTP 5xx or a
// code-less error body, or a case over --max-ms). The properties live in test/fuzz/targets.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TARGET_NAMES, fuzzTarget, inputBytes } from '../test/fuzz/targets.mjs';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '10000' },
    target: { type: 'string', default: 'all' },
    out: { type: 'string' },
    'max-ms': { type: 'string', default: '2000' },
    quiet: { type: 'boolean', default: false },
  },
});
const usage = () => {
  console.error(
    'usage: npm run fuzz -- --seed N --runs N|TARGET=N,... --target email|html|url|http|all[,...] [--out DIR] [--max-ms MS]',
  );
  process.exit(2);
};
const seed = Number(values.seed);
const maxCaseMs = Number(values['max-ms']);
const targets = values.target === 'all' ? TARGET_NAMES : values.target.split(',');
for (const t of targets) {
  if (!TARGET_NAMES.includes(t)) {
    console.error(`unknown target ${t}; one of ${TARGET_NAMES.join(', ')}, all`);
    process.exit(2);
  }
}
// --runs 200000 (each target) or --runs url=400000,email=200000 (per target, default 10000)
const runsOf = {};
for (const part of values.runs.split(',')) {
  const [k, v] = part.includes('=') ? part.split('=') : ['*', part];
  runsOf[k] = Number(v);
}
const runsFor = (t) => runsOf[t] ?? runsOf['*'] ?? 10000;
if (
  !Number.isInteger(seed) ||
  !(maxCaseMs > 0) ||
  targets.some((t) => !Number.isInteger(runsFor(t)) || runsFor(t) < 1)
)
  usage();
const out = values.out ?? join(tmpdir(), `vigil-fuzz-${seed}-${process.pid}`);
mkdirSync(out, { recursive: true });

// the package's public entries: 'vigil' (dist/index.js), 'vigil/server', 'vigil/store'
const [vigil, server, store] = await Promise.all([
  import('vigil'),
  import('vigil/server'),
  import('vigil/store'),
]);
const deps = {
  isVigilError: vigil.isVigilError,
  defaultConfig: vigil.defaultConfig,
  parseHtml: vigil.email.parseHtml,
  createScanner: vigil.createScanner,
  buildApp: server.buildApp,
  createApiKey: server.createApiKey,
  createVigil: vigil.createVigil,
  SqliteStore: store.SqliteStore,
};

const log = (...a) => console.log(...a);
const line_failures = (stats) => Object.values(stats.failureKinds).reduce((n, k) => n + k.count, 0);
let failed = 0;
const summary = [];
for (const name of targets) {
  let saved = 0;
  const startedAt = performance.now();
  const stats = await fuzzTarget(name, deps, {
    seed,
    runs: runsFor(name),
    maxCaseMs,
    sampleEvery: 1000,
    onProgress: (s) => {
      if (!values.quiet && s.runs % 20000 === 0)
        log(
          `  ${name}: ${s.runs} cases, ${Math.round((performance.now() - startedAt) / 1000)} s, slowest ${s.slowestMs.toFixed(1)} ms, rss max ${s.rssMaxMb} MB`,
        );
    },
    onFailure: (f, input) => {
      if (saved++ >= 50) return;
      writeFileSync(join(out, `${name}-fail-${f.run}.bin`), inputBytes(name, input));
      log(`  FAIL ${name} case #${f.run}: ${f.failure}\n       input: ${f.input}`);
    },
  });
  if (stats.slowestInput !== undefined)
    writeFileSync(join(out, `${name}-slowest.bin`), inputBytes(name, stats.slowestInput));
  failed += line_failures(stats);
  const line = {
    target: name,
    seed,
    cases: stats.runs,
    seconds: +(stats.totalMs / 1000).toFixed(1),
    cases_per_s: Math.round(stats.runs / (stats.totalMs / 1000)),
    slowest_ms: +stats.slowestMs.toFixed(1),
    slowest: stats.slowest,
    rss_first_mb: stats.rssSamplesMb[0],
    rss_last_mb: stats.rssSamplesMb.at(-1),
    rss_max_mb: stats.rssMaxMb,
    slow_once_only: stats.slowUnderLoad.map((x) => `#${x.run}: ${x.ms} ms, again ${x.againMs} ms`),
    failures: Object.values(stats.failureKinds).reduce((n, k) => n + k.count, 0),
    failure_kinds: Object.fromEntries(
      Object.entries(stats.failureKinds).map(([k, v]) => [
        k,
        { count: v.count, first_case: v.first.run, input: v.first.input.slice(0, 200) },
      ]),
    ),
  };
  summary.push(line);
  log(JSON.stringify(line));
}
const total = summary.reduce((n, s) => n + s.cases, 0);
log(`total ${total} cases, ${failed} failures; inputs in ${out}`);
process.exit(failed ? 1 : 0);
