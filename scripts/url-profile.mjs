#!/usr/bin/env node
// A driver to profile the URL or domain path: analyses (or inspects) the dev list `passes` times
// through dist/index.js, as bench/url.js does (one env, prepared before). Profile it with
//   taskset -c 0 node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/url-profile.mjs domain analyze
// then read it with scripts/profile-top.mjs.
// Usage: node scripts/url-profile.mjs url|domain analyze|inspect [--passes N=3] [--data DIR=../shared/data]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const [kind, mode] = args;
if (!['url', 'domain'].includes(kind) || !['analyze', 'inspect'].includes(mode)) {
  console.error('usage: node scripts/url-profile.mjs url|domain analyze|inspect [--passes N] [--data DIR]');
  process.exit(2);
}
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const passes = Number(opt('--passes', '3'));
const dataDir = opt('--data', '../shared/data');
const pkg = await import('../dist/index.js');
const rows = pkg.train.parseCsv(
  readFileSync(join(dataDir, kind === 'url' ? 'urls/dev.csv' : 'domains/dev.csv'), 'utf8'),
);
const items = rows.slice(1).map((r) => r[0]);
const config = pkg.resolveConfig({});
const fn = pkg[`${mode}${kind === 'url' ? 'Url' : 'Domain'}`];
for (let p = 0; p < passes; p++) {
  // a fresh env per pass, as the bench does (cold host cache)
  const env = pkg.url.prepareUrlEnv(config, pkg.url.loadUrlModelsFor(config));
  const t0 = performance.now();
  for (const it of items) {
    try {
      fn(it, mode === 'inspect' ? { env, where: 'profile' } : { env });
    } catch {
      // invalid inputs throw, as in the bench
    }
  }
  console.log(
    `${kind} ${mode} pass ${p + 1}: ${Math.round(items.length / ((performance.now() - t0) / 1000))}/s`,
  );
}
