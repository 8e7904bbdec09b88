/**
 * A trained linear model (hashed features → log-odds → calibrated probability), its compact JSON
 * form, scoring and explanation. The JSON keeps only non-zero weights, delta-encoded bucket indices
 * and integer weights scaled by `scale`, so a 2^18–2^20 model with ~100k live buckets is ~1 MB.
 */
import { VigilError } from '../core/index.js';
import { calibrate, type Calibration } from './calibrate.js';
import { checkBits, hashFeature } from './hash.js';
import type { LinearWeights } from './logistic.js';
import { FeatureHasher, type NamedFeatures, type SparseVector } from './sparse.js';
import { SparseWeights } from './sparse-weights.js';

export const MODEL_FORMAT = 'vigil.linear/1';

export interface LinearModel {
  format: typeof MODEL_FORMAT;
  /** e.g. `email`. */
  name: string;
  /** e.g. `2026-11-29.1`. */
  version: string;
  bits: number;
  signed: boolean;
  bias: number;
  /**
   * Dense weights, length 2^bits. For a model read with `sparse` weights, made on first read (not
   * on the scoring path: see weightAt).
   */
  weights: Float32Array;
  /**
   * The non-zero weights, when the model was read from a pack that stores them so (the email
   * model): what scorers read instead of `weights` (./sparse-weights.ts). Not enumerable.
   */
  sparse?: SparseWeights;
  calibration: Calibration;
  /** Anything the feature extractor needs to reproduce training (feature options, data manifest). */
  meta: Record<string, unknown>;
  /**
   * Tables precomputed from this exact model file (its pack, src/ml/model-pack.ts), by section
   * name; read by the analyzer that wrote them, which builds them from `meta` when absent.
   */
  packed?: ReadonlyMap<string, Uint8Array>;
}

/** The on-disk JSON shape. */
export interface LinearModelJson {
  format: typeof MODEL_FORMAT;
  name: string;
  version: string;
  bits: number;
  signed: boolean;
  bias: number;
  calibration: Calibration;
  meta: Record<string, unknown>;
  weights: {
    /** weight = value / scale */
    scale: number;
    /** Bucket indices, delta-encoded (first absolute, then differences). */
    delta: number[];
    values: number[];
  };
}

export function buildModel(
  w: LinearWeights,
  info: {
    name: string;
    version: string;
    signed: boolean;
    calibration: Calibration;
    meta?: Record<string, unknown>;
  },
): LinearModel {
  return {
    format: MODEL_FORMAT,
    name: info.name,
    version: info.version,
    bits: w.bits,
    signed: info.signed,
    bias: w.bias,
    weights: w.weights,
    calibration: info.calibration,
    meta: info.meta ?? {},
  };
}

/** The weight at one bucket (`model.weights[index]`, without making dense weights of sparse ones). */
export function weightAt(model: LinearModel, index: number): number {
  return model.sparse ? model.sparse.at(index) : model.weights[index]!;
}

/** Log-odds of a hashed row. */
export function modelMargin(model: LinearModel, x: SparseVector): number {
  let s = model.bias;
  const sparse = model.sparse;
  if (sparse) {
    for (let k = 0; k < x.indices.length; k++) s += sparse.at(x.indices[k]!) * x.values[k]!;
    return s;
  }
  const ws = model.weights;
  for (let k = 0; k < x.indices.length; k++) s += ws[x.indices[k]!]! * x.values[k]!;
  return s;
}

/** Calibrated probability of a hashed row. */
export function predict(model: LinearModel, x: SparseVector): number {
  return calibrate(model.calibration, modelMargin(model, x));
}

/** A hasher matching the model's table. */
export function hasherFor(model: Pick<LinearModel, 'bits' | 'signed'>): FeatureHasher {
  return new FeatureHasher({ bits: model.bits, signed: model.signed });
}

export interface Contribution {
  /** The feature's name in words, e.g. `text: "verify your account"`. */
  feature: string;
  /** weight × value in log-odds; positive pushes toward malicious. */
  weight: number;
}

/**
 * Each named feature's contribution (its bucket's weight × sign × value), non-zero ones only,
 * sorted by |contribution| (then name, for determinism). Names are known at scoring time, so the
 * explanation is in words even though the stored weights are hashed; two present names that share
 * a bucket both show that bucket's weight.
 */
export function explain(model: LinearModel, features: NamedFeatures): Contribution[] {
  const out: Contribution[] = [];
  for (const [feature, value] of features) {
    if (value === 0 || !Number.isFinite(value)) continue;
    const { index, sign } = hashFeature(feature, model.bits, model.signed);
    const c = weightAt(model, index) * sign * value;
    if (c !== 0) out.push({ feature, weight: c });
  }
  return out.sort(
    (a, b) =>
      Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0),
  );
}

/** Top-n contributions pushing toward `direction` (default: malicious), weights rounded to 4 decimals. */
export function topContributions(
  contribs: readonly Contribution[],
  n: number,
  direction: 'malicious' | 'benign' | 'both' = 'malicious',
): Contribution[] {
  const keep = contribs.filter((c) =>
    direction === 'both' ? true : direction === 'malicious' ? c.weight > 0 : c.weight < 0,
  );
  return keep.slice(0, n).map((c) => ({ feature: c.feature, weight: Math.round(c.weight * 1e4) / 1e4 }));
}

/** Compact JSON form: weights with |w| < 0.5/scale are dropped. */
export function serializeModel(model: LinearModel, scale = 10_000): LinearModelJson {
  const delta: number[] = [];
  const values: number[] = [];
  let prev = 0;
  for (let i = 0; i < model.weights.length; i++) {
    const v = Math.round(model.weights[i]! * scale);
    if (v === 0) continue;
    delta.push(i - prev);
    values.push(v);
    prev = i;
  }
  return {
    format: MODEL_FORMAT,
    name: model.name,
    version: model.version,
    bits: model.bits,
    signed: model.signed,
    bias: Math.round(model.bias * 1e6) / 1e6,
    calibration: roundCalibration(model.calibration),
    meta: model.meta,
    weights: { scale, delta, values },
  };
}

function roundCalibration(c: Calibration): Calibration {
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  if (c.kind === 'platt') return { kind: 'platt', a: r(c.a), b: r(c.b) };
  if (c.kind === 'isotonic') return { kind: 'isotonic', x: c.x.map(r), y: c.y.map(r) };
  return c;
}

/**
 * Parse and validate a model JSON document (string or parsed). Throws E_MODEL on anything off.
 * `packedWeights`: the dense weights of this exact file, read from its pack (src/ml/model-pack.ts),
 * used when the document's `weights` were cut out of the text before parsing (they are then null).
 */
export function deserializeModel(
  input: string | unknown,
  source = 'model',
  packedWeights?: (bits: number) => Float32Array | SparseWeights | null,
): LinearModel {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (err) {
      throw new VigilError('E_MODEL', `${source} is not valid JSON: ${(err as Error).message}`, { source });
    }
  }
  const bad = (why: string): never => {
    throw new VigilError('E_MODEL', `${source} is not a Vigil model: ${why}`, { source });
  };
  if (!json || typeof json !== 'object') return bad('not an object');
  const j = json as Partial<LinearModelJson>;
  if (j.format !== MODEL_FORMAT)
    return bad(`format is ${JSON.stringify(j.format)}, expected ${MODEL_FORMAT}`);
  if (typeof j.name !== 'string' || typeof j.version !== 'string') return bad('name/version missing');
  let bits: number;
  try {
    bits = checkBits(j.bits as number);
  } catch {
    return bad('bits out of range');
  }
  if (typeof j.bias !== 'number' || !Number.isFinite(j.bias)) return bad('bias missing');
  const w = j.weights;
  const packed = w === null && packedWeights ? packedWeights(bits) : null;
  if (
    !packed &&
    (!w || !Array.isArray(w.delta) || !Array.isArray(w.values) || w.delta.length !== w.values.length)
  )
    return bad('weights malformed');
  if (!packed && (typeof w!.scale !== 'number' || !(w!.scale > 0))) return bad('weights.scale malformed');
  const cal = j.calibration;
  if (!cal || !['platt', 'isotonic', 'identity'].includes((cal as Calibration).kind))
    return bad('calibration malformed');
  if (cal.kind === 'platt' && !(Number.isFinite(cal.a) && Number.isFinite(cal.b)))
    return bad('calibration malformed');
  if (
    cal.kind === 'isotonic' &&
    !(Array.isArray(cal.x) && Array.isArray(cal.y) && cal.x.length === cal.y.length)
  )
    return bad('calibration malformed');
  let weights: Float32Array | undefined;
  if (packed instanceof SparseWeights) weights = undefined;
  else if (packed) weights = packed;
  else {
    const ws = w!;
    const dims = 2 ** bits;
    weights = new Float32Array(dims);
    let idx = 0;
    for (let k = 0; k < ws.delta.length; k++) {
      const d = ws.delta[k];
      const v = ws.values[k];
      if (typeof d !== 'number' || typeof v !== 'number' || !Number.isInteger(d) || d < 0)
        return bad('weights malformed');
      idx += d;
      if (idx >= dims) return bad('weight index out of range');
      weights[idx] = v / ws.scale;
    }
  }
  const model = {
    format: MODEL_FORMAT,
    name: j.name,
    version: j.version,
    bits,
    signed: j.signed !== false,
    bias: j.bias,
    weights: weights!,
    calibration: cal,
    meta: j.meta && typeof j.meta === 'object' ? j.meta : {},
  } as LinearModel;
  if (packed instanceof SparseWeights) withSparseWeights(model, packed);
  return model;
}

/**
 * Give `model` sparse weights: `sparse` (not enumerable, so a model compares and copies as one read
 * with dense weights does) and `weights` made from them on first read, then kept.
 */
function withSparseWeights(model: LinearModel, sparse: SparseWeights): void {
  Object.defineProperty(model, 'sparse', { value: sparse, enumerable: false, writable: false });
  const set = (value: Float32Array) =>
    Object.defineProperty(model, 'weights', { value, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(model, 'weights', {
    enumerable: true,
    configurable: true,
    get: () => {
      const dense = sparse.dense();
      set(dense);
      return dense;
    },
    set,
  });
}

/** Number of non-zero weights (model card). */
export function nonZeroWeights(model: LinearModel): number {
  let n = 0;
  if (model.sparse) {
    for (const v of model.sparse.value) if (v !== 0) n++;
    return n;
  }
  for (const v of model.weights) if (v !== 0) n++;
  return n;
}
