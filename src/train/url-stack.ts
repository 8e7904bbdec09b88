/**
 * Training of the stacked phishing-URL model url/3 (issue 17): the hashed linear model (url/1 or
 * url/2 features) and gradient-boosted trees over its margin and the dense URL features
 * (src/url/url-features-dense.ts), cross-validated on the same folds as trainUrlModel (grouped by
 * registrable domain, seed `o.seed`).
 *
 * No row's label reaches its own inputs: inside each outer fold the linear margin of a training
 * row comes from an inner grouped split of the training rows, a held-out row's from the linear
 * model trained on all training rows. The shipped trees read out-of-fold margins of every row; the
 * shipped linear weights are trained on every row (so the trees see at scoring what they saw in
 * training: the margin of a model that did not learn that URL).
 */
import {
  buildModel,
  compileGbdt,
  fitPlatt,
  gbdtMargin,
  groupKFold,
  margin,
  trainGbdt,
  trainLogistic,
  type GbdtOptions,
  type LinearWeights,
} from '../ml/index.js';
import { DENSE_URL_FEATURES, denseUrlFeatures, urlV3Features } from '../url/index.js';
import {
  PRIOR_MALICIOUS,
  coarseSource,
  heaviest,
  prepareUrlRows,
  withPrior,
  type LinearTrainOptions,
  type LinearTrainResult,
  type PreparedUrlRow,
  type UrlRow,
} from './linear.js';
import { cvReport } from './slices.js';

export interface UrlStackOptions extends LinearTrainOptions {
  /** Features of the linear part. */
  base: 'url/1' | 'url/2';
  /** Domain model file for url/2's host score (default: the shipped one). */
  domainModel?: string;
  /** Weight of a benign link of mail (source `mail_*`) in training: the traffic the model serves. */
  mailWeight: number;
  trees: Partial<GbdtOptions>;
}

export const URL_STACK_DEFAULTS = {
  base: 'url/2',
  mailWeight: 1,
  trees: { trees: 300, depth: 5, learningRate: 0.1, bins: 64, subsample: 0.8, minChildWeight: 5, lambda: 1 },
} as const;

function linearOn(
  rows: readonly PreparedUrlRow[],
  ix: readonly number[],
  w: Float64Array,
  o: LinearTrainOptions,
) {
  // a weight w counts a row w times (rounded): the linear learner has no per-row weights
  const rep = ix.flatMap((i) => Array<number>(Math.max(1, Math.round(w[i]!))).fill(i));
  return trainLogistic(
    rep.map((i) => rows[i]!.vec),
    rep.map((i) => rows[i]!.y),
    { bits: o.bits, epochs: o.epochs, l1: o.l1, l2: o.l2, alpha: o.alpha, seed: o.seed },
  );
}

/** Out-of-fold linear margins of `ix` over grouped folds of those rows (into `out`). */
function innerMargins(
  rows: readonly PreparedUrlRow[],
  ix: readonly number[],
  k: number,
  seed: number,
  w: Float64Array,
  o: LinearTrainOptions,
  out: Float64Array,
): void {
  const folds = groupKFold(
    ix.map((i) => rows[i]!.group),
    k,
    seed,
  );
  for (let f = 0; f < k; f++) {
    const weights = linearOn(
      rows,
      ix.filter((_, j) => folds[j] !== f),
      w,
      o,
    );
    ix.forEach((i, j) => {
      if (folds[j] === f) out[i] = margin(rows[i]!.vec, weights);
    });
  }
}

/** Train url/3: returns the model (linear weights + `meta.trees`) and its CV report. */
export function trainUrlStackModel(
  input: readonly UrlRow[],
  o: UrlStackOptions,
  version: string,
): LinearTrainResult & { splits: [string, number][]; mailWeight: number } {
  const { usable: rows, names, dropped } = prepareUrlRows(input, o, o.base);
  const n = rows.length;
  const labels = Int8Array.from(rows, (r) => r.y);
  const w = Float64Array.from(rows, (r) => (r.y === 0 && r.slice.startsWith('mail_') ? o.mailWeight : 1));
  const dense = rows.map((r) => denseUrlFeatures(r.parsed, r.signals, 0, r.hostDga));
  const D = DENSE_URL_FEATURES.length;
  const columns = (lin: Float64Array) =>
    Array.from({ length: D }, (_, f) => (f === 0 ? lin : Float64Array.from(dense, (x) => x[f]!)));
  const k = o.folds;
  const folds = groupKFold(
    rows.map((r) => r.group),
    k,
    o.seed,
  );
  const oof = new Float64Array(n);
  const x = new Float64Array(D);
  for (let f = 0; f < k; f++) {
    o.onPhase?.(`fold ${f + 1}/${k}`);
    const tr: number[] = [];
    const te: number[] = [];
    folds.forEach((ff, i) => (ff === f ? te : tr).push(i));
    const lin = new Float64Array(n);
    innerMargins(rows, tr, Math.max(2, k - 1), o.seed + 1, w, o, lin);
    const weights = linearOn(rows, tr, w, o);
    for (const i of te) lin[i] = margin(rows[i]!.vec, weights);
    const cols = columns(lin);
    const trees = trainGbdt(
      DENSE_URL_FEATURES,
      cols,
      labels,
      { ...o.trees, seed: o.seed },
      Uint32Array.from(tr),
      w,
    );
    const compiled = compileGbdt(trees);
    for (const i of te) {
      for (let d = 0; d < D; d++) x[d] = cols[d]![i]!;
      oof[i] = gbdtMargin(compiled, x);
    }
  }
  o.onPhase?.('final');
  // the shipped trees learn from out-of-fold linear margins over the outer folds
  const lin = new Float64Array(n);
  innerMargins(rows, [...Array(n).keys()], k, o.seed, w, o, lin);
  const trees = trainGbdt(
    DENSE_URL_FEATURES,
    columns(lin),
    labels,
    { ...o.trees, seed: o.seed },
    undefined,
    w,
  );
  const weights: LinearWeights = linearOn(rows, [...Array(n).keys()], w, o);
  let pos = 0;
  for (const y of labels) pos += y;
  const model = buildModel(weights, {
    name: 'url',
    version,
    signed: true,
    calibration: withPrior(fitPlatt(oof, labels), PRIOR_MALICIOUS, pos, n - pos),
    meta: {
      features: urlV3Features(o.base),
      stack_base: o.base,
      mail_weight: o.mailWeight,
      trees: { features: trees.features, base: round(trees.base), trees: trees.trees.map(roundTree) },
    },
  });
  const cv = cvReport(
    oof,
    labels,
    rows.map((r) => r.slice),
    k,
    'grouped by registrable domain',
  );
  const coarse = cvReport(
    oof,
    labels,
    rows.map((r) => coarseSource(r.slice)),
    k,
    'coarse',
  ).slices;
  const use = new Array<number>(D).fill(0);
  for (const t of trees.trees) for (const f of t.feature) if (f >= 0) use[f]!++;
  const splits = use
    .map((u, f): [string, number] => [DENSE_URL_FEATURES[f]!, u])
    .filter((s) => s[1] > 0)
    .sort((a, b) => b[1] - a[1]);
  // heaviest linear features, as trainUrlModel reports them
  const h = heaviest(model, names);
  return {
    model,
    cv,
    coarse,
    rows: { used: n, dropped },
    topPositive: h.pos,
    topNegative: h.neg,
    oof: rows.map((r, i) => ({ url: r.url, source: r.slice, malicious: r.y === 1, margin: oof[i]! })),
    splits,
    mailWeight: o.mailWeight,
  };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
function roundTree(t: {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}) {
  // thresholds keep full precision (a rounded edge could move a row across it); leaf values 1e-6
  return { ...t, value: t.value.map(round) };
}
