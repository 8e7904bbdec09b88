/**
 * Regularised logistic regression over sparse hashed features, trained with FTRL-Proximal
 * (McMahan et al., "Ad Click Prediction: a View from the Trenches", KDD 2013): per-coordinate
 * adaptive learning rates (AdaGrad-like), L1 (which keeps most buckets at exactly zero, so the
 * stored model stays small) and L2. Several passes over the rows in a seeded shuffled order:
 * same rows, same options, same weights, bit for bit.
 */
import { mulberry32, shuffleInPlace } from './rng.js';
import type { SparseVector } from './sparse.js';

export interface TrainOptions {
  /** Table size 2^bits; every row's indices must be below it. */
  bits: number;
  /** Passes over the data (default 8). */
  epochs?: number;
  /** FTRL alpha: base learning rate (default 0.1). */
  alpha?: number;
  /** FTRL beta: learning-rate smoothing (default 1). */
  beta?: number;
  /** L1 strength (default 0.5; larger keeps more buckets at zero). */
  l1?: number;
  /** L2 strength (default 1). */
  l2?: number;
  /** Shuffle seed (default 1). */
  seed?: number;
  /**
   * Per-class weights to balance the classes: `balanced` weighs each class by n/(2·n_class)
   * (default), `none` weighs every row 1.
   */
  classWeight?: 'balanced' | 'none';
  /**
   * A weight per row (default 1), multiplied into its class weight: a corpus that should count for
   * less than its size (see `corpusWeights` in src/train/email.ts). The class balance is then
   * computed over the weighted rows.
   */
  rowWeights?: ArrayLike<number>;
  /** Called after each epoch with the mean weighted log loss of that pass (progress bars). */
  onEpoch?: (epoch: number, logLoss: number) => void;
}

export interface LinearWeights {
  bits: number;
  bias: number;
  /** Dense weights, length 2^bits. */
  weights: Float32Array;
}

export const DEFAULT_TRAIN = {
  epochs: 8,
  alpha: 0.1,
  beta: 1,
  l1: 0.5,
  l2: 1,
  seed: 1,
  classWeight: 'balanced' as const,
};

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Raw log-odds of one row. */
export function margin(x: SparseVector, w: LinearWeights): number {
  let s = w.bias;
  const ws = w.weights;
  for (let k = 0; k < x.indices.length; k++) s += ws[x.indices[k]!]! * x.values[k]!;
  return s;
}

/** Train a logistic-regression model. `labels[i]` is 1 (malicious) or 0 (benign). */
export function trainLogistic(
  rows: readonly SparseVector[],
  labels: ArrayLike<number>,
  opts: TrainOptions,
): LinearWeights {
  if (rows.length !== labels.length) throw new RangeError('rows and labels differ in length');
  const o = { ...DEFAULT_TRAIN, ...stripUndefined(opts) };
  const dims = 2 ** opts.bits;
  const z = new Float64Array(dims);
  const n = new Float64Array(dims);
  let zb = 0;
  let nb = 0;
  const rw = opts.rowWeights;
  if (rw && rw.length !== rows.length) throw new RangeError('rowWeights and rows differ in length');
  let nPos = 0;
  let nNeg = 0;
  for (let i = 0; i < rows.length; i++) {
    const w = rw ? rw[i]! : 1;
    if (labels[i] === 1) nPos += w;
    else nNeg += w;
  }
  const total = nPos + nNeg;
  const wPos = o.classWeight === 'balanced' && nPos > 0 ? total / (2 * nPos) : 1;
  const wNeg = o.classWeight === 'balanced' && nNeg > 0 ? total / (2 * nNeg) : 1;
  const { alpha, beta, l1, l2 } = o;

  const weightOf = (i: number): number => {
    const zi = z[i]!;
    if (Math.abs(zi) <= l1) return 0;
    return -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(n[i]!)) / alpha + l2);
  };
  const biasOf = () => -zb / ((beta + Math.sqrt(nb)) / alpha);

  const order = Array.from({ length: rows.length }, (_, i) => i);
  const random = mulberry32(o.seed);
  const wTmp = new Float64Array(1024);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, random);
    let loss = 0;
    let totalWeight = 0;
    for (const r of order) {
      const x = rows[r]!;
      const y = labels[r]!;
      const sw = (y === 1 ? wPos : wNeg) * (rw ? rw[r]! : 1);
      const len = x.indices.length;
      const wk = len <= wTmp.length ? wTmp : new Float64Array(len);
      let s = biasOf();
      for (let k = 0; k < len; k++) {
        const w = weightOf(x.indices[k]!);
        wk[k] = w;
        s += w * x.values[k]!;
      }
      const p = sigmoid(s);
      loss += sw * -Math.log(Math.max(1e-15, y === 1 ? p : 1 - p));
      totalWeight += sw;
      const g = (p - y) * sw;
      // bias: unregularised coordinate
      const bSigma = (Math.sqrt(nb + g * g) - Math.sqrt(nb)) / alpha;
      zb += g - bSigma * biasOf();
      nb += g * g;
      for (let k = 0; k < len; k++) {
        const i = x.indices[k]!;
        const gi = g * x.values[k]!;
        const ni = n[i]!;
        const sigma = (Math.sqrt(ni + gi * gi) - Math.sqrt(ni)) / alpha;
        z[i] = z[i]! + gi - sigma * wk[k]!;
        n[i] = ni + gi * gi;
      }
    }
    o.onEpoch?.(epoch + 1, totalWeight > 0 ? loss / totalWeight : 0);
  }
  const weights = new Float32Array(dims);
  for (let i = 0; i < dims; i++) if (z[i] !== 0) weights[i] = weightOf(i);
  return { bits: opts.bits, bias: biasOf(), weights };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
