/**
 * Gradient-boosted decision trees for binary classification (log loss), in plain TypeScript over
 * typed arrays: histogram splits on per-feature quantile bins (at most 255), depth-limited trees,
 * row subsampling with a seeded generator. Small dense feature sets only (tens of features, ~10^5
 * rows); sparse hashed features stay with the linear model (./logistic.ts).
 * Same rows, same options, same seed: same trees, byte for byte.
 */
import { mulberry32 } from './rng.js';

export interface GbdtOptions {
  /** Boosting rounds (trees). */
  trees: number;
  /** Maximum depth of a tree (a depth-d tree has at most 2^d leaves). */
  depth: number;
  /** Shrinkage applied to every leaf value. */
  learningRate: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** A split needs at least this hessian mass on each side. */
  minChildWeight: number;
  /** Share of rows each tree is grown on (seeded). */
  subsample: number;
  /** Quantile bins per feature (2..255). */
  bins: number;
  seed: number;
}

export const GBDT_DEFAULTS: GbdtOptions = {
  trees: 300,
  depth: 5,
  learningRate: 0.1,
  lambda: 1,
  minChildWeight: 5,
  subsample: 0.8,
  bins: 64,
  seed: 1,
};

/**
 * One tree as flat arrays: node i is a leaf when `feature[i] < 0` (its value in `value[i]`), else
 * rows with `x[feature[i]] < threshold[i]` go to `left[i]`, the others to `right[i]`.
 */
export interface GbdtTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface Gbdt {
  /** Feature names in input order (documentation and a check when loading). */
  features: string[];
  /** Initial margin (log odds of the training base rate). */
  base: number;
  trees: GbdtTree[];
}

/**
 * The trees of a model in flat typed arrays (every tree's nodes one after the other, children as
 * absolute indices): what scoring walks. Built once per model (`compileGbdt`).
 */
export interface CompiledGbdt {
  base: number;
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

export function compileGbdt(model: Gbdt): CompiledGbdt {
  const total = model.trees.reduce((a, t) => a + t.feature.length, 0);
  const c: CompiledGbdt = {
    base: model.base,
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    value: new Float64Array(total),
  };
  let off = 0;
  model.trees.forEach((t, k) => {
    c.roots[k] = off;
    for (let i = 0; i < t.feature.length; i++) {
      c.feature[off + i] = t.feature[i]!;
      c.threshold[off + i] = t.threshold[i]!;
      c.left[off + i] = off + t.left[i]!;
      c.right[off + i] = off + t.right[i]!;
      c.value[off + i] = t.value[i]!;
    }
    off += t.feature.length;
  });
  return c;
}

const COMPILED = new WeakMap<Gbdt, CompiledGbdt>();

/** Raw margin (log odds) of one row given as values in `model.features` order (a `Gbdt` is compiled once). */
export function gbdtMargin(model: Gbdt | CompiledGbdt, x: ArrayLike<number>): number {
  let c: CompiledGbdt;
  if ('roots' in model) c = model;
  else {
    c = COMPILED.get(model) ?? compileGbdt(model);
    COMPILED.set(model, c);
  }
  const { feature, threshold, left, right, value, roots } = c;
  let m = c.base;
  for (let k = 0; k < roots.length; k++) {
    let i = roots[k]!;
    let f = feature[i]!;
    while (f >= 0) {
      const v = x[f]!;
      // a non-finite value goes left, as training reads it (-Infinity)
      i = v < threshold[i]! || !Number.isFinite(v) ? left[i]! : right[i]!;
      f = feature[i]!;
    }
    m += value[i]!;
  }
  return m;
}

/** Per-feature bin edges: a value's bin is the number of edges at or below it. */
function binEdges(col: Float64Array, rows: Uint32Array, maxBins: number): number[] {
  const v = Float64Array.from(rows, (r) => col[r]!).sort();
  const edges: number[] = [];
  for (let b = 1; b < maxBins; b++) {
    const q = v[Math.floor((b * v.length) / maxBins)]!;
    // an edge is a value some row has, strictly above the previous edge and the minimum
    if (q > v[0]! && (edges.length === 0 || q > edges[edges.length - 1]!)) edges.push(q);
  }
  return edges;
}

function binOf(x: number, edges: readonly number[]): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x >= edges[mid]!) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Train on `columns` (one Float64Array per feature, all of length n) and 0/1 `labels`, using only
 * the rows in `rows` (all rows when omitted), each weighted by `weights` (default 1). Non-finite
 * values are read as -Infinity (left of every split).
 */
export function trainGbdt(
  features: readonly string[],
  columns: readonly Float64Array[],
  labels: ArrayLike<number>,
  options: Partial<GbdtOptions> = {},
  rows?: Uint32Array,
  weights?: ArrayLike<number>,
): Gbdt {
  const o: GbdtOptions = { ...GBDT_DEFAULTS, ...options };
  if (columns.length !== features.length) throw new RangeError('one column per feature name');
  if (!(o.bins >= 2 && o.bins <= 255)) throw new RangeError(`bins must be 2..255, got ${o.bins}`);
  const n = labels.length;
  const use = rows ?? Uint32Array.from({ length: n }, (_, i) => i);
  const d = columns.length;
  const clean = columns.map((c) => Float64Array.from(c, (x) => (Number.isFinite(x) ? x : -Infinity)));
  const edges = clean.map((c) => binEdges(c, use, o.bins));
  const bins = clean.map((c, f) => Uint8Array.from(c, (x) => binOf(x, edges[f]!)));
  const wOf = (r: number) => (weights ? weights[r]! : 1);
  let pos = 0;
  let all = 0;
  for (const r of use) {
    pos += labels[r]! * wOf(r);
    all += wOf(r);
  }
  const p0 = Math.min(Math.max(pos / Math.max(all, 1e-12), 1e-6), 1 - 1e-6);
  const base = Math.log(p0 / (1 - p0));
  const marginOf = new Float64Array(n).fill(base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const rng = mulberry32(o.seed);
  const trees: GbdtTree[] = [];
  // bins row by row (a row's inputs side by side: one pass over a node's rows fills every histogram)
  const rowBins = new Uint8Array(n * d);
  for (let f = 0; f < d; f++) {
    const bf = bins[f]!;
    for (let r = 0; r < n; r++) rowBins[r * d + f] = bf[r]!;
  }
  const HIST = d * 256 * 2;
  /** Gradient and hessian sums per feature and bin, interleaved: [(f * 256 + b) * 2] = G, [+1] = H. */
  const histogram = (nodeRows: Uint32Array): Float64Array => {
    const h = new Float64Array(HIST);
    for (const r of nodeRows) {
      const g = grad[r]!;
      const w = hess[r]!;
      const off = r * d;
      for (let f = 0; f < d; f++) {
        const k = ((f << 8) + rowBins[off + f]!) << 1;
        h[k]! += g;
        h[k + 1]! += w;
      }
    }
    return h;
  };
  for (let t = 0; t < o.trees; t++) {
    for (const r of use) {
      const p = 1 / (1 + Math.exp(-marginOf[r]!));
      const w = wOf(r);
      grad[r] = (p - labels[r]!) * w;
      hess[r] = Math.max(p * (1 - p), 1e-12) * w;
    }
    const sample: number[] = [];
    for (const r of use) if (o.subsample >= 1 || rng() < o.subsample) sample.push(r);
    const tree: GbdtTree = { feature: [], threshold: [], left: [], right: [], value: [] };
    // grow depth-first; a child's histogram is built for the smaller child only, the larger one is
    // its parent's minus the smaller's
    const grow = (nodeRows: Uint32Array, depth: number, hist: Float64Array | null): number => {
      const id = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      let G = 0;
      let H = 0;
      for (const r of nodeRows) {
        G += grad[r]!;
        H += hess[r]!;
      }
      tree.value[id] = (-G / (H + o.lambda)) * o.learningRate;
      if (depth >= o.depth || H < 2 * o.minChildWeight) return id;
      const h = hist ?? histogram(nodeRows);
      const parentScore = (G * G) / (H + o.lambda);
      let bestGain = 1e-9;
      let bestF = -1;
      let bestB = -1;
      for (let f = 0; f < d; f++) {
        const nb = edges[f]!.length + 1;
        if (nb < 2) continue;
        let gl = 0;
        let hl = 0;
        for (let b = 0; b < nb - 1; b++) {
          const k = ((f << 8) + b) << 1;
          gl += h[k]!;
          hl += h[k + 1]!;
          const hr = H - hl;
          if (hl < o.minChildWeight || hr < o.minChildWeight) continue;
          const gr = G - gl;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parentScore;
          if (gain > bestGain) {
            bestGain = gain;
            bestF = f;
            bestB = b;
          }
        }
      }
      if (bestF < 0) return id;
      const bf = bins[bestF]!;
      let nl = 0;
      for (const r of nodeRows) if (bf[r]! <= bestB) nl++;
      const lr = new Uint32Array(nl);
      const rr = new Uint32Array(nodeRows.length - nl);
      let a = 0;
      let c = 0;
      for (const r of nodeRows) {
        if (bf[r]! <= bestB) lr[a++] = r;
        else rr[c++] = r;
      }
      tree.feature[id] = bestF;
      tree.threshold[id] = edges[bestF]![bestB]!;
      let hl: Float64Array | null = null;
      let hr: Float64Array | null = null;
      if (depth + 1 < o.depth) {
        const small = histogram(nl <= rr.length ? lr : rr);
        const large = new Float64Array(HIST);
        for (let k = 0; k < HIST; k++) large[k] = h[k]! - small[k]!;
        [hl, hr] = nl <= rr.length ? [small, large] : [large, small];
      }
      tree.left[id] = grow(lr, depth + 1, hl);
      tree.right[id] = grow(rr, depth + 1, hr);
      return id;
    };
    grow(Uint32Array.from(sample), 0, null);
    // every training row (sampled or not) moves by its leaf's value
    for (const r of use) {
      let i = 0;
      while (tree.feature[i]! >= 0)
        i = clean[tree.feature[i]!]![r]! < tree.threshold[i]! ? tree.left[i]! : tree.right[i]!;
      marginOf[r]! += tree.value[i]!;
    }
    trees.push(tree);
  }
  return { features: [...features], base, trees };
}
