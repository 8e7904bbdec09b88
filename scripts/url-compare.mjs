#!/usr/bin/env node
// Compare phishing-URL model candidates on the same folds grouped by registrable domain (issue 17).
// Usage: npx tsc -p tsconfig.build.json && nice -n 10 node scripts/url-compare.mjs /tmp/url-train.csv [--only url1,url2,url4,dense,stack1,stack2,net,url2+net,netstack,netblend] [--cross] [--leak] [--tune GRID] [--fold-seed N] [--mail-weight W] [--drop 'name,name'] [--gbdt '{"trees":300}'] [--net JSON] [--net-grid JSON] [--speed] [--json out.json]
// (the training CSV as models/url.md builds it: dev.csv plus the benign mail links)
// Every candidate sees the same rows (sorted as trainUrlModel sorts them) and the same 5 folds
// (groupKFold over registrable domains, seed 1, as trainCalibrated), so out-of-fold scores are
// comparable row by row:
//   url1, url2  the hashed linear models (src/url/url-model.ts, url-features-v2.ts)
//   url4        url/2 plus the host's brand and lure words (src/url/url-features-brand.ts)
//   dense       gradient-boosted trees over the dense features alone (src/url/url-features-dense.ts)
//   stack1/2    the trees over the dense features plus the url/1 or url/2 linear margin; inside each
//               outer fold the margin of a training row comes from an inner grouped 4-fold split of
//               the training rows (never from a model that saw the row), a test row's from the linear
//               model trained on all training rows, so no label reaches its own feature
//   net         a character network over the URL (src/ml/charnet.ts over src/url/url-net.ts inputs:
//               salted 3/4-grams and words of host without suffix, path with digits as 0, query keys,
//               plus shape numbers); settings fixed in advance (URL_NET below, `--net` overrides)
//   url2+net    url/2's margin plus the network's, both trained on the same fold (a fixed average:
//               no weight fitted)
//   netblend    a · url/2's margin + b · the network's + c, (a, b, c) a logistic regression fitted on
//               inner grouped 4-fold out-of-fold margins of the training rows (mail links weighted
//               as in training); the test rows' margins from url2 and net trained on all training rows
//   netstack    the network with url/2's margin as one more dense input (training rows' margins from
//               an inner grouped 4-fold split, as stack2; test rows' from url/2 on all training rows)
// `--speed`: scoring throughput of url/2 alone against url/2 + the network (features and margins of
// parsed URLs, one model of the last fold, alternated passes).
// Prints per candidate: AUC, TPR at FPR 0.1 % / 1 %, the share of benign mail links (`mail_*`) at
// or above the url.model.phishing threshold (0.5 after Platt calibration on the out-of-fold margins
// and the 10 % prior, as shipped), per coarse source AUC and flagged share at the global FPR 1 %
// threshold. `--cross`: cross-source splits (train without OpenPhish and test on it with the benign
// rows of fold 1; the same for PhishTank), training rows sharing a registrable domain with a test row
// dropped. `--leak`: per coarse source mean of every dense feature and its single-feature AUC.
import { readFileSync, writeFileSync } from 'node:fs';

const { url, train, ml, resolveConfig, loadModel } = await import('../dist/index.js');
const {
  hashFeature,
  fromEntries,
  trainLogistic,
  trainLogisticHard,
  margin,
  groupKFold,
  rocAuc,
  operatingPoint,
  fitPlatt,
  calibrate,
} = ml;

const args = process.argv.slice(2);
const data = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!data) {
  console.error(
    'usage: node scripts/url-compare.mjs TRAIN.csv [--only url1,url2,dense,stack2] [--cross] [--leak]',
  );
  process.exit(2);
}
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = (opt('--only') ?? 'url1,url2,dense,stack1,stack2').split(',');
const gbdtOpts = JSON.parse(opt('--gbdt') ?? '{}');
const LIN = { ...train.URL_TRAIN_DEFAULTS };
const K = LIN.folds;
const t0 = Date.now();
const log = (s) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${s}`);

function vectorize(names, values, bits) {
  const acc = new Map();
  for (let i = 0; i < names.length; i++) {
    const v = values[i];
    if (v === 0 || !Number.isFinite(v)) continue;
    const { index, sign } = hashFeature(names[i], bits, true);
    acc.set(index, (acc.get(index) ?? 0) + sign * v);
  }
  return fromEntries(acc);
}

function brandNames(parsed) {
  const out = [];
  url.emitBrandFeatures(parsed, { add: (name) => out.push(name) });
  return out;
}

// rows as trainUrlModel prepares them
const records = train.readLabelledCsv(readFileSync(data, 'utf8'), ['url', 'label', 'source']);
const raw = records
  .filter((r) => r.label === 'malicious' || r.label === 'benign')
  .map((r) => ({ url: r.url, malicious: r.label === 'malicious', source: r.source ?? '' }))
  .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : Number(a.malicious) - Number(b.malicious)));
const config = resolveConfig({ models: { url: null } });
const env = url.prepareUrlEnv(config, { url: null, domain: loadModel('domain', config.models?.domain) });
const NET_KINDS = new Set(['net', 'url2+net', 'netstack', 'netblend']);
const wantNet = only.some((k) => NET_KINDS.has(k));
// the network's settings, fixed before any fold was scored (not chosen on these folds): 2^16 rows × 32
// (int8 in the file: 2 MiB + scales, ≈ 3 MiB base64), 48 hidden units, 3 passes, the charnet defaults;
// `--net '{"opaque":true}'`: token-like runs of the path read as `*` (url-net.ts, urlNetPath)
const URL_NET = {
  shape: { buckets: 1 << 16, dim: 32, hidden: 48, maxGram: 4 },
  train: { epochs: 3 },
  ...JSON.parse(opt('--net') ?? '{}'),
};
const NET_SHAPE = { ...URL_NET.shape, dense: url.URL_NET_DENSE };
const tokBuf = new Int32Array(url.URL_NET_MAX_TOKENS);
const rows = [];
for (const r of raw) {
  const w = url.urlRuleSignals(r.url, env);
  if (!w) continue;
  const f1 = url.urlFeatures(
    w.parsed,
    w.signals.filter((s) => s.id !== 'domain.dga'),
  );
  const f2 = url.urlFeaturesV2(w.parsed, w.signals, w.hostDga);
  rows.push({
    ...r,
    y: r.malicious ? 1 : 0,
    group: w.parsed.registrableDomain ?? url.registrableDomain(w.parsed.host) ?? w.parsed.host,
    v1: vectorize(f1.names, f1.values, LIN.bits),
    v2: vectorize(f2.names, f2.values, LIN.bits),
    v4: vectorize(
      ...(({ names, values }) => [names, values])(
        url.urlFeaturesV2(w.parsed, w.signals, w.hostDga, [], [], true),
      ),
      LIN.bits,
    ),
    dense: url.denseUrlFeatures(w.parsed, w.signals, 0, w.hostDga),
    brand: brandNames(w.parsed),
    ...(wantNet
      ? (() => {
          const k = url.urlNetTokens(w.parsed, NET_SHAPE.buckets, tokBuf, URL_NET.opaque === true);
          const d = new Float32Array(url.URL_NET_DENSE);
          url.urlNetDense(w.parsed, w.hostDga, d, 0);
          return { tok: tokBuf.slice(0, k), nd: d };
        })()
      : {}),
    ...(args.includes('--speed') ? { parsed: w.parsed, signals: w.signals, hostDga: w.hostDga } : {}),
  });
}
const n = rows.length;
const labels = Int8Array.from(rows, (r) => r.y);
// --fold-seed N: another grouping of the same rows into folds (a check that a difference is not
// one split's luck); training seeds stay as they are
const folds = groupKFold(
  rows.map((r) => r.group),
  K,
  Number(opt('--fold-seed') ?? LIN.seed),
);
const coarse = rows.map((r) =>
  r.source.startsWith('mail_') ? 'benign mail links' : train.coarseSource(r.source),
);
log(`${n} rows, ${labels.reduce((a, b) => a + b, 0)} malicious`);
const names = url.DENSE_URL_FEATURES;
const D = names.length;
// --drop 'path length,query length': inputs held constant (a leakage check: does the score need them?)
const dropped = new Set(
  (opt('--drop') ?? '')
    .split(',')
    .filter(Boolean)
    .map((d) => names.indexOf(d)),
);
if (dropped.has(-1)) throw new Error(`--drop: unknown feature; known: ${names.join(', ')}`);
for (const r of rows) for (const f of dropped) r.dense[f] = 0;

// --mail-weight W: a benign mail link counts W times in training (the linear model sees W copies,
// the trees a weight of W); scores and metrics are per row as always
const mailWeight = Number(opt('--mail-weight') ?? 1);
const weightOf = Float64Array.from(rows, (r) => (r.source.startsWith('mail_') ? mailWeight : 1));
// --hard '{"rounds":2,"share":0.02,"copies":10}': the hard-negative refits of src/ml/hard-negatives.ts
// for the `…h` linear kinds (url2h: url2 trained with them)
const HARD = JSON.parse(opt('--hard') ?? '{"rounds":2,"share":0.02,"copies":10}');
function linearFit(ix0, key, over = {}, hard = null) {
  const ix = mailWeight === 1 ? ix0 : ix0.flatMap((i) => Array(Math.round(weightOf[i])).fill(i));
  const x = ix.map((i) => rows[i][key]);
  const y = ix.map((i) => labels[i]);
  const o = { ...LIN, ...over, onEpoch: undefined };
  return hard ? trainLogisticHard(x, y, o, hard) : trainLogistic(x, y, o);
}

// --tune '[{"l2":3},{"l1":1}]': nested selection for the linear kinds (`<kind>` prints as
// `<kind>+tuned`): inside each outer fold, every setting (LIN overridden by it; {} = the defaults)
// is scored by an inner grouped 4-fold CV of the outer training rows alone (AUC of the inner
// out-of-fold margins); the best is trained on all the outer training rows and scores the outer
// test fold. The outer test fold never takes part in the choice.
const tuneGrid = opt('--tune') ? JSON.parse(opt('--tune')) : null;
const tuneLog = [];
function tunedFit(tr, key) {
  const inner = groupKFold(
    tr.map((i) => rows[i].group),
    K - 1,
    LIN.seed + 7,
  );
  let best = null;
  const seen = [];
  for (const over of tuneGrid) {
    const m = new Float64Array(tr.length);
    for (let f = 0; f < K - 1; f++) {
      const w = linearFit(
        tr.filter((_, j) => inner[j] !== f),
        key,
        over,
      );
      tr.forEach((i, j) => {
        if (inner[j] === f) m[j] = margin(rows[i][key], w);
      });
    }
    const auc = rocAuc(
      m,
      tr.map((i) => labels[i]),
    );
    seen.push(`${JSON.stringify(over)} ${auc.toFixed(4)}`);
    if (!best || auc > best.auc) best = { over, auc };
  }
  tuneLog.push(`chose ${JSON.stringify(best.over)} (inner AUC: ${seen.join(', ')})`);
  log(tuneLog.at(-1));
  return linearFit(tr, key, best.over);
}

/** Margins of `test` rows from a linear model on `tr`, and leak-free margins of `tr` (inner folds). */
function linearStack(tr, test, key) {
  const inner = groupKFold(
    tr.map((i) => rows[i].group),
    K - 1,
    LIN.seed + 1,
  );
  const m = new Map();
  for (let f = 0; f < K - 1; f++) {
    const w = linearFit(
      tr.filter((_, j) => inner[j] !== f),
      key,
    );
    tr.forEach((i, j) => inner[j] === f && m.set(i, margin(rows[i][key], w)));
  }
  const w = linearFit(tr, key);
  for (const i of test) m.set(i, margin(rows[i][key], w));
  return m;
}

/**
 * Network inputs of rows `ix` (in order), with `extra` (Map row → number) appended to each row's
 * dense inputs when given (netstack: url/2's margin / 4).
 */
function netData(ix, extra) {
  const dn = NET_SHAPE.dense + (extra ? 1 : 0);
  let total = 0;
  for (const i of ix) total += rows[i].tok.length;
  const tokens = new Int32Array(total);
  const offsets = new Int32Array(ix.length + 1);
  const dense = new Float32Array(ix.length * dn);
  const ys = new Int8Array(ix.length);
  let at = 0;
  ix.forEach((i, k) => {
    tokens.set(rows[i].tok, at);
    at += rows[i].tok.length;
    offsets[k + 1] = at;
    dense.set(rows[i].nd, k * dn);
    if (extra) dense[k * dn + NET_SHAPE.dense] = extra.get(i) / 4;
    ys[k] = labels[i];
  });
  return { tokens, offsets, dense, labels: ys };
}
const lastNet = new Map();
let netBytes = 0;
/** The network trained on `tr` (mail links repeated as for the linear model), margins of `test`. */
function netFitScore(tr, test, extra, key, trainOpts = URL_NET.train) {
  const ix = mailWeight === 1 ? tr : tr.flatMap((i) => Array(Math.round(weightOf[i])).fill(i));
  const shape = { ...NET_SHAPE, dense: NET_SHAPE.dense + (extra ? 1 : 0) };
  const trained = ml.trainCharNet(shape, netData(ix, extra), trainOpts, (e, loss) =>
    log(`  ${key} epoch ${e + 1}: log-loss ${loss.toFixed(4)}`),
  );
  // scored as a shipped file would score: the embeddings through int8 and back
  const json = ml.serializeCharNet(trained);
  const net = ml.deserializeCharNet(json);
  netBytes = JSON.stringify(json).length;
  lastNet.set(key, net);
  const d = netData(test, extra);
  const out = new Map();
  test.forEach((i, k) =>
    out.set(i, ml.charNetMargin(net, d.tokens, d.offsets[k], d.offsets[k + 1], d.dense, k * shape.dense)),
  );
  return out;
}
const blendLog = [];
// --net-grid '[{"epochs":1},{"epochs":3}]': training settings of the network netblend chooses among
// inside each outer fold (default: only URL_NET's)
const NET_GRID = JSON.parse(opt('--net-grid') ?? '[{}]');
// netblend's by-products, reported as their own rows: the chosen network alone and summed with url2
const side = { 'net (chosen)': new Float64Array(n), 'url2+net (chosen)': new Float64Array(n) };
/** Weighted logistic regression of y on (x1, x2) with an intercept: Newton steps (3 × 3), tiny ridge. */
function fitBlend(x1, x2, y, wt) {
  let p = [1, 0, 0];
  for (let it = 0; it < 50; it++) {
    const g = [0, 0, 0];
    const H = [
      [1e-6, 0, 0],
      [0, 1e-6, 0],
      [0, 0, 1e-6],
    ];
    for (let i = 0; i < y.length; i++) {
      const v = [x1[i], x2[i], 1];
      const z = p[0] * v[0] + p[1] * v[1] + p[2];
      const q = 1 / (1 + Math.exp(-z));
      const d = wt[i] * (q - y[i]);
      const h = wt[i] * Math.max(q * (1 - q), 1e-12);
      for (let a = 0; a < 3; a++) {
        g[a] += d * v[a];
        for (let b = 0; b < 3; b++) H[a][b] += h * v[a] * v[b];
      }
    }
    // solve H · step = g (Gaussian elimination, 3 × 3)
    const A = H.map((r, a) => [...r, g[a]]);
    for (let c = 0; c < 3; c++) {
      const piv = A[c][c];
      for (let r = 0; r < 3; r++) {
        if (r === c) continue;
        const f = A[r][c] / piv;
        for (let k = c; k < 4; k++) A[r][k] -= f * A[c][k];
      }
    }
    const step = A.map((r, a) => r[3] / A[a][a]);
    p = p.map((v, a) => v - step[a]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return p;
}
// margins per (kind, test rows): url2+net reuses the url2 and net runs of the same split
const memo = new Map();
function memoFitScore(kind, tr, test) {
  const key = `${kind}:${test.length}:${test[0]}:${test.at(-1)}`;
  if (!memo.has(key)) memo.set(key, fitScore(kind, tr, test));
  return memo.get(key);
}

/** Train on `tr`, score `test`; returns Map row → margin. */
function fitScore(kind, tr, test) {
  const out = new Map();
  if (kind === 'net') return netFitScore(tr, test, null, 'net');
  if (kind === 'netstack') return netFitScore(tr, test, linearStack(tr, test, 'v2'), 'netstack');
  if (kind === 'netblend') {
    // a·m_url2 + b·m_net + c, (a, b, c) a logistic regression on inner out-of-fold margins of the
    // training rows; with --net-grid, the network's training setting is chosen here too: the one
    // whose inner blend ranks the inner rows best (AUC), then trained on all training rows
    const inner = groupKFold(
      tr.map((i) => rows[i].group),
      K - 1,
      LIN.seed + 1,
    );
    const m2 = new Float64Array(tr.length);
    const mn = NET_GRID.map(() => new Float64Array(tr.length));
    for (let f = 0; f < K - 1; f++) {
      const itr = tr.filter((_, j) => inner[j] !== f);
      const ite = tr.filter((_, j) => inner[j] === f);
      const w = linearFit(itr, 'v2');
      const nm = NET_GRID.map((g) =>
        netFitScore(itr, ite, null, 'netblend-inner', { ...URL_NET.train, ...g }),
      );
      tr.forEach((i, j) => {
        if (inner[j] !== f) return;
        m2[j] = margin(rows[i].v2, w);
        nm.forEach((m, q) => (mn[q][j] = m.get(i)));
      });
    }
    const ys = tr.map((i) => labels[i]);
    const wts = tr.map((i) => weightOf[i]);
    let best = null;
    NET_GRID.forEach((g, q) => {
      const [a, b, c] = fitBlend(m2, mn[q], ys, wts);
      const auc = rocAuc(
        m2.map((x, j) => a * x + b * mn[q][j] + c),
        ys,
      );
      const netAuc = rocAuc(mn[q], ys);
      log(
        `netblend ${JSON.stringify(g)}: ${a.toFixed(3)} · url2 + ${b.toFixed(3)} · net + ${c.toFixed(3)}; inner AUC blend ${auc.toFixed(4)}, net ${netAuc.toFixed(4)}`,
      );
      if (!best || auc > best.auc) best = { g, a, b, c, auc };
    });
    blendLog.push(best);
    const x = memoFitScore('url2', tr, test);
    const gkey = JSON.stringify(best.g);
    const mkey = `net${gkey}:${test.length}:${test[0]}:${test.at(-1)}`;
    if (!memo.has(mkey))
      memo.set(mkey, netFitScore(tr, test, null, `net ${gkey}`, { ...URL_NET.train, ...best.g }));
    const y = memo.get(mkey);
    for (const i of test) {
      out.set(i, best.a * x.get(i) + best.b * y.get(i) + best.c);
      side['net (chosen)'][i] = y.get(i);
      side['url2+net (chosen)'][i] = x.get(i) + y.get(i);
    }
    return out;
  }
  if (kind === 'url2+net') {
    const a = memoFitScore('url2', tr, test);
    const b = memoFitScore('net', tr, test);
    for (const i of test) out.set(i, a.get(i) + b.get(i));
    return out;
  }
  const LINEAR = { url1: 'v1', url2: 'v2', url4: 'v4', url2h: 'v2', url4h: 'v4' };
  if (LINEAR[kind]) {
    const w = tuneGrid
      ? tunedFit(tr, LINEAR[kind])
      : linearFit(tr, LINEAR[kind], {}, kind.endsWith('h') ? HARD : null);
    for (const i of test) out.set(i, margin(rows[i][LINEAR[kind]], w));
    return out;
  }
  const lin =
    kind === 'stack1' ? linearStack(tr, test, 'v1') : kind === 'stack2' ? linearStack(tr, test, 'v2') : null;
  const cols = Array.from({ length: D }, (_, f) => {
    const c = new Float64Array(n);
    for (const i of [...tr, ...test]) c[i] = f === 0 ? (lin ? lin.get(i) : 0) : rows[i].dense[f];
    return c;
  });
  const model = ml.trainGbdt(names, cols, labels, gbdtOpts, Uint32Array.from(tr), weightOf);
  const x = new Float64Array(D);
  for (const i of test) {
    for (let f = 0; f < D; f++) x[f] = cols[f][i];
    out.set(i, ml.gbdtMargin(model, x));
  }
  if (kind.startsWith('stack') || kind === 'dense') lastTrees.set(kind, model);
  return out;
}
const lastTrees = new Map();
const LINEAR_KINDS = new Set(['url1', 'url2', 'url4', 'url2h', 'url4h']);

const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(2)} %`);
function summarize(scores, ys) {
  return {
    auc: rocAuc(scores, ys),
    tpr001: operatingPoint(scores, ys, 0.001)?.tpr ?? null,
    tpr01: operatingPoint(scores, ys, 0.01)?.tpr ?? null,
  };
}

const results = {};
for (const kind of only) {
  const oof = new Float64Array(n);
  for (let f = 0; f < K; f++) {
    const tr = [];
    const te = [];
    for (let i = 0; i < n; i++) (folds[i] === f ? te : tr).push(i);
    for (const [i, m] of memoFitScore(kind, tr, te)) oof[i] = m;
    log(`${kind} fold ${f + 1}/${K}`);
  }
  report(kind, oof);
  if (kind === 'netblend') {
    for (const b of blendLog)
      console.log(
        `   netblend chose ${JSON.stringify(b.g)}: ${b.a.toFixed(3)} · url2 + ${b.b.toFixed(3)} · net + ${b.c.toFixed(3)} (inner AUC ${b.auc.toFixed(4)})`,
      );
    for (const [k, o] of Object.entries(side)) report(k, o);
  }
}

function report(kind, oof) {
  const s = summarize(oof, labels);
  // --dump DIR: out-of-fold margins per row, <DIR>/<kind>.tsv (url, source, label, margin)
  if (opt('--dump'))
    writeFileSync(
      `${opt('--dump')}/${kind.replace(/[^a-z0-9+]+/gi, '-')}.tsv`,
      rows.map((r, i) => `${r.url}\t${r.source}\t${r.y}\t${oof[i].toFixed(4)}`).join('\n'),
    );
  const cal = train.withPrior(
    fitPlatt(oof, labels),
    train.PRIOR_MALICIOUS,
    ...[1, 0].map((y) => labels.filter((l) => l === y).length),
  );
  const mail = rows.flatMap((r, i) => (r.source.startsWith('mail_') ? [i] : []));
  const mailFlagged = mail.filter((i) => calibrate(cal, oof[i]) >= 0.5).length;
  // where the url.model.phishing threshold sits: TPR and the other benign rows' FPR at it (a model
  // whose threshold lands at a higher FPR flags more mail links for that reason alone)
  let atTp = 0;
  let atFp = 0;
  let nBen = 0;
  for (let i = 0; i < n; i++) {
    const hit = calibrate(cal, oof[i]) >= 0.5;
    if (labels[i] === 1) atTp += hit ? 1 : 0;
    else if (!rows[i].source.startsWith('mail_')) {
      nBen++;
      atFp += hit ? 1 : 0;
    }
  }
  const thr = operatingPoint(oof, labels, 0.01)?.threshold;
  const per = {};
  for (const c of [...new Set(coarse)].sort()) {
    const ix = rows.flatMap((_, i) => (coarse[i] === c ? [i] : []));
    const mal = rows[ix[0]].y === 1;
    const other = rows.flatMap((r, i) => (r.y === (mal ? 0 : 1) ? [i] : []));
    const sc = [...ix, ...other].map((i) => oof[i]);
    const ys = [...ix, ...other].map((i) => labels[i]);
    per[c] = {
      rows: ix.length,
      auc: mal
        ? rocAuc(sc, ys)
        : rocAuc(
            sc.map((x) => -x),
            ys.map((y) => 1 - y),
          ),
      flagged: ix.filter((i) => oof[i] >= thr).length / ix.length,
    };
  }
  const perMail = {};
  for (const i of mail) {
    const k = rows[i].source;
    perMail[k] ??= [0, 0];
    perMail[k][1]++;
    if (calibrate(cal, oof[i]) >= 0.5) perMail[k][0]++;
  }
  results[kind] = { ...s, mailFlagged: mailFlagged / mail.length, mailCounts: perMail, per };
  if (tuneGrid && LINEAR_KINDS.has(kind)) for (const t of tuneLog.splice(0)) console.log(`   ${kind} ${t}`);
  console.log(
    `${kind}${tuneGrid && LINEAR_KINDS.has(kind) ? '+tuned' : ''}: AUC ${s.auc.toFixed(4)}  TPR@0.1% ${pct(s.tpr001)}  TPR@1% ${pct(s.tpr01)}  benign mail links >= 0.5: ${pct(mailFlagged / mail.length)} (${mailFlagged}/${mail.length})`,
  );
  for (const [c, v] of Object.entries(per))
    console.log(
      `   ${c.padEnd(48)} ${String(v.rows).padStart(6)}  AUC ${v.auc.toFixed(4)}  flagged@1% ${pct(v.flagged)}`,
    );
  console.log(
    `   at the threshold (0.5 calibrated): TPR ${pct(atTp / labels.reduce((a, b) => a + b, 0))}, benign rows outside mail ${pct(atFp / nBen)}`,
  );
  console.log(
    `   mail links flagged: ${Object.entries(perMail)
      .map(([k, [a, b]]) => `${k} ${a}/${b}`)
      .join(', ')}`,
  );
  const model = lastTrees.get(kind);
  if (model) {
    const use = new Array(D).fill(0);
    for (const t of model.trees) for (const f of t.feature) if (f >= 0) use[f]++;
    console.log(
      `   splits per feature (last fold): ${use
        .map((u, f) => [names[f], u])
        .filter((x) => x[1] > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([a, b]) => `${a} ${b}`)
        .join('; ')}`,
    );
  }
}

if (args.includes('--cross')) {
  results.cross = {};
  for (const held of ['openphish', 'phishtank']) {
    const testSet = new Set();
    for (let i = 0; i < n; i++)
      if ((rows[i].y === 1 && coarse[i] === held) || (rows[i].y === 0 && folds[i] === 0)) testSet.add(i);
    const testGroups = new Set([...testSet].map((i) => rows[i].group));
    const tr = [];
    for (let i = 0; i < n; i++)
      if (!testSet.has(i) && !testGroups.has(rows[i].group) && !(rows[i].y === 1 && coarse[i] === held))
        tr.push(i);
    const te = [...testSet];
    for (const kind of only) {
      const m = memoFitScore(kind, tr, te);
      const s = summarize(
        te.map((i) => m.get(i)),
        te.map((i) => labels[i]),
      );
      results.cross[`${held}:${kind}`] = s;
      for (const t of tuneLog.splice(0)) console.log(`   cross ${held} ${kind} ${t}`);
      console.log(
        `cross-source, trained without ${held} (${tr.length} rows), tested on it + benign fold 1 (${te.length}): ${kind} AUC ${s.auc.toFixed(4)}  TPR@0.1% ${pct(s.tpr001)}  TPR@1% ${pct(s.tpr01)}`,
      );
    }
  }
}

if (args.includes('--leak')) {
  const groupsC = [...new Set(coarse)].sort();
  console.log(`\nfeature | single-feature AUC | ${groupsC.join(' | ')}`);
  for (let f = 1; f < D; f++) {
    const col = rows.map((r) => r.dense[f]);
    const a = rocAuc(col, labels);
    const means = groupsC.map((c) => {
      let s = 0;
      let k = 0;
      for (let i = 0; i < n; i++) {
        if (coarse[i] !== c) continue;
        s += col[i];
        k++;
      }
      return (s / k).toFixed(2);
    });
    console.log(`${names[f]} | ${a.toFixed(3)} | ${means.join(' | ')}`);
  }
}
if (args.includes('--leak')) {
  // url/4's brand classes: share of each coarse source's rows that fire them
  const groupsC = [...new Set(coarse)].sort();
  const fired = [...new Set(rows.flatMap((r) => r.brand))].sort();
  console.log(`\nurl/4 feature | rows | ${groupsC.join(' | ')}`);
  for (const f of fired) {
    const shares = groupsC.map((c) => {
      let k = 0;
      let m = 0;
      for (let i = 0; i < n; i++) {
        if (coarse[i] !== c) continue;
        m++;
        if (rows[i].brand.includes(f)) k++;
      }
      return `${((100 * k) / m).toFixed(2)} %`;
    });
    console.log(`${f} | ${rows.filter((r) => r.brand.includes(f)).length} | ${shares.join(' | ')}`);
  }
}
if (netBytes)
  console.log(`network as JSON (int8 embeddings, base64): ${(netBytes / 2 ** 20).toFixed(2)} MiB`);

if (args.includes('--speed')) {
  // per URL: a whole verdict (analyzeUrl, shipped url/2 model), url/2's margin alone on a parsed URL
  // (urlMarginV2), and what a network adds (its inputs and forward pass); alternated passes, best of 5
  const { urlMarginV2 } = url;
  const { analyzeUrl } = await import('../dist/index.js');
  const shipped = loadModel('url', undefined);
  const net = lastNet.get('net') ?? lastNet.get('netstack') ?? lastNet.get('netblend-inner');
  if (!net) throw new Error('--speed needs net or netstack in --only');
  const sample = rows.filter((_, i) => i % 3 === 0).slice(0, 30000);
  const tok = new Int32Array(url.URL_NET_MAX_TOKENS);
  const dn = new Float32Array(net.dense);
  let sink = 0;
  const passes = {
    analyzeUrl: () => {
      // fresh config per pass (cold host cache), models prepared once as createVigil does
      const cfg = resolveConfig({});
      const env2 = url.prepareUrlEnv(cfg, url.loadUrlModelsFor(cfg));
      for (const r of sample) sink += analyzeUrl(r.url, { env: env2 }).score ?? 0;
    },
    'url/2 margin': () => {
      for (const r of sample) sink += urlMarginV2(shipped, r.parsed, r.signals, r.hostDga);
    },
    'network inputs + margin': () => {
      for (const r of sample) {
        const k = url.urlNetTokens(r.parsed, net.buckets, tok, URL_NET.opaque === true);
        url.urlNetDense(r.parsed, r.hostDga, dn, 0);
        sink += ml.charNetMargin(net, tok, 0, k, dn, 0);
      }
    },
  };
  const best = {};
  for (let rep = 0; rep < 5; rep++)
    for (const [name, f] of Object.entries(passes)) {
      const c0 = process.cpuUsage();
      f();
      const c = process.cpuUsage(c0);
      const sec = (c.user + c.system) / 1e6;
      best[name] = Math.min(best[name] ?? Infinity, sec / sample.length);
    }
  for (const [name, t] of Object.entries(best))
    console.log(`speed ${name}: ${(1 / t).toFixed(0)} URLs per CPU second (${(t * 1e6).toFixed(1)} µs)`);
  const a = best.analyzeUrl;
  const b = best['network inputs + margin'];
  console.log(
    `speed analyzeUrl + network (estimate): ${(1 / (a + b)).toFixed(0)} URLs per CPU second, ${(a / (a + b)).toFixed(2)}× of url/2 alone (sink ${sink > 0 ? '+' : '-'})`,
  );
  results.speed = best;
}
const jsonOut = opt('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
log('done');
