#!/usr/bin/env node
// Rules-only detection per corpus source: how many messages each source gets flagged
// (suspicious or malicious) with the learned model switched off, and which signals fire most.
// Usage: node scripts/rules-report.mjs [DATA_DIR=../shared/data/email] [--config FILE] [--model]
// Skips cleanly when the corpus is absent. Uses the compiled package (npm run build).
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dataDir =
  args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--config') ?? '../shared/data/email';
const manifest = join(dataDir, 'manifest.csv');
if (!existsSync(manifest)) {
  console.log(`rules-report: ${manifest} not found; corpus absent, nothing to measure (skipped)`);
  process.exit(0);
}
const { createScanner, loadConfig } = await import('../dist/index.js');
const configPath = args.includes('--config') ? args[args.indexOf('--config') + 1] : undefined;
const scanner = createScanner(loadConfig(configPath), { model: args.includes('--model') });
const rows = readFileSync(manifest, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const per = new Map();
const fired = new Map();
const t0 = performance.now();
for (const [file, label, source] of rows) {
  const s = per.get(source) ?? { label, n: 0, flagged: 0, malicious: 0, errors: 0 };
  per.set(source, s);
  s.n++;
  try {
    const v = await scanner.email(await readFile(join(dataDir, file)), file);
    if (v.verdict !== 'clean') s.flagged++;
    if (v.verdict === 'malicious') s.malicious++;
    for (const id of new Set(v.signals.map((x) => x.id))) {
      const f = fired.get(id) ?? {};
      f[source] = (f[source] ?? 0) + 1;
      fired.set(id, f);
    }
  } catch {
    s.errors++;
  }
}
const seconds = (performance.now() - t0) / 1000;
const sources = [...per.keys()].sort();
console.log(`| source | label | n | flagged (suspicious+malicious) | malicious | errors |`);
console.log(`| --- | --- | --- | --- | --- | --- |`);
let tp = 0,
  p = 0,
  fp = 0,
  n = 0;
for (const src of sources) {
  const s = per.get(src);
  console.log(
    `| ${src} | ${s.label} | ${s.n} | ${((100 * s.flagged) / s.n).toFixed(1)}% | ${((100 * s.malicious) / s.n).toFixed(1)}% | ${s.errors} |`,
  );
  if (s.label === 'malicious') {
    tp += s.flagged;
    p += s.n;
  } else {
    fp += s.flagged;
    n += s.n;
  }
}
console.log(
  `\noverall: TPR ${((100 * tp) / p).toFixed(1)}%  FPR ${((100 * fp) / n).toFixed(1)}%  (${rows.length} messages in ${seconds.toFixed(1)} s)\n`,
);
console.log(`| signal | ${sources.join(' | ')} |`);
console.log(`| --- | ${sources.map(() => '---').join(' | ')} |`);
for (const [id, f] of [...fired.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(
    `| ${id} | ${sources.map((s) => `${(((f[s] ?? 0) * 100) / per.get(s).n).toFixed(1)}%`).join(' | ')} |`,
  );
}
