/**
 * Sparse vectors of hashed features. A row is parallel arrays of strictly increasing bucket
 * indices and their (signed) values; duplicates from hash collisions are summed.
 */
import { checkBits, hashFeature } from './hash.js';

export interface SparseVector {
  /** Strictly increasing bucket indices. */
  readonly indices: Int32Array;
  /** Values, sign of the hash already applied. */
  readonly values: Float64Array;
}

/** Named features of one input: feature name → value (counts, 0/1 flags, ratios). */
export type NamedFeatures = ReadonlyMap<string, number>;

export interface HasherOptions {
  /** log2 of the number of buckets (18–20 for text). */
  bits: number;
  /** Signed hashing (default true). */
  signed?: boolean;
}

/** Turns named features into sparse vectors; stateless apart from its options. */
export class FeatureHasher {
  readonly bits: number;
  readonly signed: boolean;

  constructor(opts: HasherOptions) {
    this.bits = checkBits(opts.bits);
    this.signed = opts.signed ?? true;
  }

  get dims(): number {
    return 2 ** this.bits;
  }

  /** Hash named features into a sparse vector; zero and non-finite values are dropped. */
  vectorize(features: NamedFeatures): SparseVector {
    const acc = new Map<number, number>();
    for (const [name, value] of features) {
      if (value === 0 || !Number.isFinite(value)) continue;
      const { index, sign } = hashFeature(name, this.bits, this.signed);
      acc.set(index, (acc.get(index) ?? 0) + sign * value);
    }
    return fromEntries(acc);
  }
}

/** Build a sparse vector from index → value pairs (any order); zeros dropped. */
export function fromEntries(entries: Iterable<[number, number]> | ReadonlyMap<number, number>): SparseVector {
  const pairs = [...entries].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0]);
  const indices = new Int32Array(pairs.length);
  const values = new Float64Array(pairs.length);
  let n = 0;
  for (const [i, v] of pairs) {
    if (n > 0 && indices[n - 1] === i) {
      values[n - 1]! += v;
    } else {
      indices[n] = i;
      values[n] = v;
      n++;
    }
  }
  return { indices: indices.slice(0, n), values: values.slice(0, n) };
}

/** Dot product of a sparse vector with dense weights. */
export function dot(x: SparseVector, weights: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < x.indices.length; k++) s += (weights[x.indices[k]!] ?? 0) * x.values[k]!;
  return s;
}

/** Scale a vector to unit L2 norm (a zero vector is returned unchanged). */
export function l2Normalize(x: SparseVector): SparseVector {
  let ss = 0;
  for (const v of x.values) ss += v * v;
  if (ss === 0) return x;
  const inv = 1 / Math.sqrt(ss);
  return { indices: x.indices, values: x.values.map((v) => v * inv) };
}
