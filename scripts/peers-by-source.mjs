#!/usr/bin/env node
// Per-source flagged rates of the peer scanners from the CSVs `bash scripts/peers-email.sh` wrote
// (.vigil/peers): rules only on the whole dev set, and (after `--bayes-source`) Bayes trained with
// each source held out, scored on that source, as Vigil's `npm run cv:email -- --mode source`.
// Prints one Markdown table: FPR for benign sources, TPR for malicious ones, in %.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), '.vigil', 'peers');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found (run bash scripts/peers-email.sh first)`);
  process.exit(0);
}
/** `file,label,score,flagged` rows (file names carry no commas here: corpus ids and folders). */
function rows(csv) {
  return readFileSync(join(dir, csv), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => {
      const [file, label, score, flagged] = l.split(',');
      // rules-only runs keep the corpus layout (…/<source>/<id>.eml); Bayes runs link `<source>__<id>.eml`
      const name = basename(file);
      const source = name.includes('__') ? name.split('__')[0] : basename(dirname(file));
      return { label, source, flagged: flagged === '1', scored: score !== '' };
    });
}
const rate = (list) => {
  const scored = list.filter((r) => r.scored);
  return scored.length ? ((100 * scored.filter((r) => r.flagged).length) / scored.length).toFixed(1) : '–';
};
const columns = [];
for (const peer of ['spamassassin', 'rspamd']) {
  if (existsSync(join(dir, `${peer}.csv`)))
    columns.push({ name: `${peer} rules only`, rows: rows(`${peer}.csv`) });
  const bayes = readdirSync(dir)
    .filter((f) => f.startsWith(`${peer}-bayes-source-`) && f.endsWith('.csv'))
    .sort();
  if (bayes.length)
    columns.push({ name: `${peer} + Bayes, source held out`, rows: bayes.flatMap((f) => rows(f)) });
}
const sources = [...new Set(columns.flatMap((c) => c.rows.map((r) => `${r.label}/${r.source}`)))].sort();
console.log(`| source | ${columns.map((c) => c.name).join(' | ')} |`);
console.log(`| --- | ${columns.map(() => '---').join(' | ')} |`);
for (const s of sources) {
  const [label, source] = s.split('/');
  const what = label === 'benign' ? 'FPR' : 'TPR';
  console.log(
    `| ${s} | ${columns.map((c) => `${what} ${rate(c.rows.filter((r) => r.label === label && r.source === source))} %`).join(' | ')} |`,
  );
}
