#!/usr/bin/env node
// How often email.sender.misspelt_trade_word's check fires on a list of domains (first column of a
// CSV with a `benign`/other label in the second, e.g. ../shared/data/domains/dev.csv): the benign
// rate is its false-alarm rate on names that send mail. Needs `npm run build` (the domain model's
// word tiers). Usage: node scripts/misspelt-word-rate.mjs [CSV=../shared/data/domains/dev.csv]
import { existsSync, readFileSync } from 'node:fs';

const csv = process.argv[2] ?? '../shared/data/domains/dev.csv';
if (!existsSync(csv)) {
  console.error(`misspelt-word-rate: ${csv} not found`);
  process.exit(2);
}
const pkg = await import('../dist/index.js');
const tiers = pkg.url.urlEnvForConfig(pkg.resolveConfig({})).dgaTables?.tiers;
if (!tiers) {
  console.error('misspelt-word-rate: the domain model with word tiers is needed (npm run build)');
  process.exit(2);
}
const count = { benign: [0, 0], other: [0, 0] };
const examples = [];
for (const line of readFileSync(csv, 'utf8').split('\n').slice(1)) {
  const [name, label] = line.split(',');
  if (!name) continue;
  const kind = label === 'benign' ? 'benign' : 'other';
  const found = pkg.email.misspeltTradeWord(
    (pkg.url.registrableDomain(name) ?? name).split('.')[0] ?? '',
    tiers,
  );
  count[kind][0]++;
  if (found) {
    count[kind][1]++;
    if (kind === 'benign' && examples.length < 20)
      examples.push(`  ${name}: "${found.seen}" for "${found.word}"`);
  }
}
console.log(
  `benign: ${count.benign[1]} of ${count.benign[0]} fire; other rows: ${count.other[1]} of ${count.other[0]}`,
);
if (examples.length) console.log(examples.join('\n'));
