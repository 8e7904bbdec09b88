#!/usr/bin/env node
// Two domain-model files compared on benign dev mail and on throughput (issue 17: a candidate ships
// only if it raises no false positives on real mail hosts and costs no throughput).
//   node scripts/domain-ab.mjs hosts A.json B.json --links /tmp/mail-links.csv
//     domain.dga alerts per corpus source on the sender domains (From:) of the benign dev mail and on
//     the link hosts of `node scripts/mail-links.mjs extract --label benign --cap 100000 --out /tmp/mail-links.csv`
//   node scripts/domain-ab.mjs speed A.json B.json [--limit 40000]
//     analyzeDomain / inspectDomain per second, A and B alternating in one process, two rounds
//     (same load for both: on a shared machine only the ratio means anything)
// Needs `npx tsc -p tsconfig.build.json`. VIGIL_DATA=/path overrides ../shared/data.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.env.VIGIL_DATA ?? join(root, '..', 'shared', 'data'));
const { resolveConfig, analyzeDomain, inspectDomain, url, train } = await import('../dist/index.js');
const [job, a, b, ...rest] = process.argv.slice(2);
const opt = (name, d) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : d);
if (!['hosts', 'speed'].includes(job) || !a || !b) {
  console.error('usage: node scripts/domain-ab.mjs hosts|speed A.json B.json [--links CSV] [--limit N]');
  process.exit(2);
}
const envOf = (path) => {
  const config = resolveConfig({ models: { domain: path, url: null } });
  return url.prepareUrlEnv(config, url.loadUrlModelsFor(config));
};

if (job === 'speed') {
  const names = readFileSync(join(data, 'domains', 'dev.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(',')[0])
    .slice(0, Number(opt('--limit', 40000)));
  const res = {};
  for (let round = 0; round < 2; round++)
    for (const [k, path] of [
      ['A', a],
      ['B', b],
    ])
      for (const [fn, f] of [
        ['analyzeDomain', analyzeDomain],
        ['inspectDomain', inspectDomain],
      ]) {
        const env = envOf(path);
        const t0 = performance.now();
        for (const n of names)
          try {
            f(n, { env });
          } catch {
            // not a domain: counted like the others
          }
        (res[`${k} ${fn}`] ??= []).push(Math.round(names.length / ((performance.now() - t0) / 1000)));
      }
  console.log(JSON.stringify({ per_second: res, load_average: loadavg()[0].toFixed(1) }, null, 1));
} else {
  const rows = [];
  // sender domains: the last @domain of each benign message's first From: header
  const manifest = train.readLabelledCsv(readFileSync(join(data, 'email', 'manifest.csv'), 'utf8'), [
    'file',
    'label',
    'source',
  ]);
  const seen = new Set();
  for (const m of manifest) {
    if (m.label !== 'benign') continue;
    const text = readFileSync(join(data, 'email', m.file), 'latin1');
    const from = /^From:(.*)$/im.exec(text)?.[1] ?? '';
    const d = [...from.matchAll(/@([a-z0-9.-]+)/gi)].pop()?.[1]?.toLowerCase();
    if (d && !seen.has(`${d} ${m.source}`)) {
      seen.add(`${d} ${m.source}`);
      rows.push([d, `sender ${m.source}`]);
    }
  }
  const links = opt('--links');
  if (links) {
    for (const r of train.readLabelledCsv(readFileSync(links, 'utf8'), ['url', 'label', 'source'])) {
      let h;
      try {
        h = new URL(r.url).hostname;
      } catch {
        continue;
      }
      if (!seen.has(`${h} link ${r.source}`)) {
        seen.add(`${h} link ${r.source}`);
        rows.push([h, `link ${r.source}`]);
      }
    }
  }
  const out = {};
  for (const [k, path] of [
    ['A', a],
    ['B', b],
  ]) {
    const env = envOf(path);
    for (const [host, src] of rows) {
      const s = (out[src] ??= { hosts: 0, A: 0, B: 0, A_flagged: [], B_flagged: [] });
      if (k === 'A') s.hosts++;
      let v;
      try {
        v = analyzeDomain(host, { env });
      } catch {
        continue;
      }
      if (v.signals.some((x) => x.id === 'domain.dga')) {
        s[k]++;
        s[`${k}_flagged`].push(host);
      }
    }
  }
  console.log(JSON.stringify(out, null, 1));
}
