/**
 * A small character-sequence network for short strings (domain labels): an embedding bag of
 * hashed character 1..N-grams (mean-pooled), concatenated with a few dense inputs, one ReLU hidden
 * layer and a logistic output. Trained here with typed arrays (sparse Adagrad for the embedding
 * rows a sample touches, Adam for the dense layers), seeded, no native code. Shipped with the
 * embedding table quantised to int8 (one float scale per row).
 *
 * Pure: no I/O. The caller turns a label into token ids (`charGramTokens`) and dense inputs.
 */
import { VigilError } from '../core/index.js';
import { fmix32 } from './hash.js';
import { mulberry32, shuffleInPlace } from './rng.js';

export interface CharNetShape {
  /** Embedding rows (a power of two): the hashed n-gram buckets. */
  buckets: number;
  /** Embedding width. */
  dim: number;
  /** Number of dense inputs appended to the pooled embedding. */
  dense: number;
  /** Hidden units. */
  hidden: number;
  /** Longest character n-gram hashed (1..maxGram, with ^ and $ marks). */
  maxGram: number;
}

export interface CharNet extends CharNetShape {
  emb: Float32Array; // buckets × dim
  w1: Float32Array; // hidden × (dim + dense)
  b1: Float32Array; // hidden
  w2: Float32Array; // hidden
  b2: number;
}

export interface CharNetTrainOptions {
  epochs: number;
  /** Adam step of the dense layers. */
  lr: number;
  /** Adagrad step of the embedding rows. */
  embLr: number;
  /** L2 penalty on the dense weights (per step, scaled by lr). */
  l2: number;
  /** Samples per Adam step. */
  batch: number;
  /** Share of a sample's n-gram tokens dropped during training (regularises toward shape). */
  tokenDropout: number;
  seed: number;
  /** Weight of a malicious sample's loss (benign = 1). */
  posWeight: number;
}

export const CHARNET_TRAIN_DEFAULTS: CharNetTrainOptions = {
  epochs: 8,
  lr: 0.002,
  embLr: 0.05,
  l2: 1e-5,
  batch: 32,
  tokenDropout: 0.1,
  seed: 1,
  posWeight: 1,
};

/** Training input: tokens of sample i are tokens[offsets[i] .. offsets[i + 1]). */
export interface CharNetData {
  tokens: Int32Array;
  offsets: Int32Array;
  /** n × dense, row-major. */
  dense: Float32Array;
  labels: Int8Array;
}

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * Bucket ids of the character 1..maxGram-grams of `^text$` (the marks make prefixes and suffixes
 * their own grams). Writes into `out` and returns the count (at most out.length).
 */
export function charGramTokens(text: string, maxGram: number, buckets: number, out: Int32Array): number {
  const mask = buckets - 1;
  const n = text.length + 2;
  let k = 0;
  for (let i = 0; i < n; i++) {
    let h = Math.imul(FNV ^ maxGram, PRIME);
    for (let g = 1; g <= maxGram && i + g <= n; g++) {
      const p = i + g - 1;
      const c = p === 0 ? 94 : p === n - 1 ? 36 : text.charCodeAt(p - 1);
      h = Math.imul(h ^ c, PRIME);
      // a 1-gram of a mark carries nothing
      if (g === 1 && (p === 0 || p === n - 1)) continue;
      if (k >= out.length) return k;
      out[k++] = fmix32(h ^ g) & mask;
    }
  }
  return k;
}

function checkShape(s: CharNetShape): void {
  if (!(s.buckets > 0 && (s.buckets & (s.buckets - 1)) === 0))
    throw new VigilError('E_CONFIG', `charnet buckets must be a power of two, got ${s.buckets}`);
  for (const k of ['dim', 'hidden', 'maxGram'] as const)
    if (!(Number.isInteger(s[k]) && s[k] > 0))
      throw new VigilError('E_CONFIG', `charnet ${k} must be a positive integer, got ${s[k]}`);
  if (!(Number.isInteger(s.dense) && s.dense >= 0))
    throw new VigilError('E_CONFIG', `charnet dense must be a non-negative integer, got ${s.dense}`);
}

/** A network with seeded random weights. */
export function initCharNet(shape: CharNetShape, seed = 1): CharNet {
  checkShape(shape);
  const rnd = mulberry32(seed);
  const u = (a: number) => (rnd() * 2 - 1) * a;
  const inp = shape.dim + shape.dense;
  const emb = new Float32Array(shape.buckets * shape.dim);
  for (let i = 0; i < emb.length; i++) emb[i] = u(0.1);
  const w1 = new Float32Array(shape.hidden * inp);
  const a1 = Math.sqrt(6 / inp);
  for (let i = 0; i < w1.length; i++) w1[i] = u(a1);
  const w2 = new Float32Array(shape.hidden);
  const a2 = Math.sqrt(6 / shape.hidden);
  for (let i = 0; i < w2.length; i++) w2[i] = u(a2);
  return { ...shape, emb, w1, b1: new Float32Array(shape.hidden), w2, b2: 0 };
}

/** Scratch of one forward pass (reused; the net is used from one thread at a time). */
interface Scratch {
  x: Float32Array;
  h: Float32Array;
}
const SCRATCH = new WeakMap<CharNet, Scratch>();
function scratchOf(net: CharNet): Scratch {
  let s = SCRATCH.get(net);
  if (!s) {
    s = { x: new Float32Array(net.dim + net.dense), h: new Float32Array(net.hidden) };
    SCRATCH.set(net, s);
  }
  return s;
}

/** Log-odds of one sample: tokens[from..to), dense inputs at dense[denseAt .. denseAt + net.dense). */
export function charNetMargin(
  net: CharNet,
  tokens: ArrayLike<number>,
  from: number,
  to: number,
  dense: ArrayLike<number>,
  denseAt = 0,
): number {
  const { x, h } = scratchOf(net);
  forward(net, tokens, from, to, dense, denseAt, x, h);
  let z = net.b2;
  for (let j = 0; j < net.hidden; j++) z += net.w2[j]! * h[j]!;
  return z;
}

function forward(
  net: CharNet,
  tokens: ArrayLike<number>,
  from: number,
  to: number,
  dense: ArrayLike<number>,
  denseAt: number,
  x: Float32Array,
  h: Float32Array,
): void {
  const D = net.dim;
  const inp = D + net.dense;
  x.fill(0, 0, D);
  const cnt = to - from;
  if (cnt > 0) {
    const emb = net.emb;
    for (let t = from; t < to; t++) {
      const o = tokens[t]! * D;
      for (let d = 0; d < D; d++) x[d]! += emb[o + d]!;
    }
    const s = 1 / cnt;
    for (let d = 0; d < D; d++) x[d]! *= s;
  }
  for (let d = 0; d < net.dense; d++) x[D + d] = dense[denseAt + d]!;
  const w1 = net.w1;
  for (let j = 0; j < net.hidden; j++) {
    let a = net.b1[j]!;
    const o = j * inp;
    for (let i = 0; i < inp; i++) a += w1[o + i]! * x[i]!;
    h[j] = a > 0 ? a : 0;
  }
}

/**
 * Train on `data` (rows in the given order; shuffled per epoch with the seed). `onEpoch` gets the
 * epoch's mean log-loss.
 */
export function trainCharNet(
  shape: CharNetShape,
  data: CharNetData,
  opts: Partial<CharNetTrainOptions> = {},
  onEpoch?: (epoch: number, loss: number) => void,
): CharNet {
  const o = { ...CHARNET_TRAIN_DEFAULTS, ...opts };
  const net = initCharNet(shape, o.seed);
  const n = data.labels.length;
  if (data.offsets.length !== n + 1 || data.dense.length !== n * shape.dense)
    throw new VigilError('E_DATA', 'charnet training data: offsets or dense inputs do not match the labels');
  const D = net.dim;
  const H = net.hidden;
  const inp = D + net.dense;
  const rnd = mulberry32(o.seed ^ 0x9e3779b9);
  const order = Array.from({ length: n }, (_, i) => i);
  // Adagrad accumulators, one per embedding row (row-wise Adagrad: a quarter of the memory)
  const embG = new Float32Array(net.buckets).fill(1e-6);
  // Adam state of w1, b1, w2, b2
  const sizes = [net.w1.length, H, H, 1];
  const m = sizes.map((s) => new Float32Array(s));
  const v = sizes.map((s) => new Float32Array(s));
  const g = sizes.map((s) => new Float32Array(s));
  const b2Box = new Float32Array(1);
  const x = new Float32Array(inp);
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const dx = new Float32Array(D);
  const kept = new Int32Array(512);
  let step = 0;
  const beta1 = 0.9;
  const beta2 = 0.999;
  const params = () => [net.w1, net.b1, net.w2, b2Box];
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, rnd);
    let lossSum = 0;
    let inBatch = 0;
    for (let oi = 0; oi < n; oi++) {
      const i = order[oi]!;
      const a = data.offsets[i]!;
      const b = data.offsets[i + 1]!;
      // token dropout (never all tokens)
      let cnt = 0;
      for (let t = a; t < b && cnt < kept.length; t++)
        if (o.tokenDropout <= 0 || rnd() >= o.tokenDropout) kept[cnt++] = data.tokens[t]!;
      if (cnt === 0 && b > a) kept[cnt++] = data.tokens[a]!;
      net.b2 = b2Box[0]!;
      forward(net, kept, 0, cnt, data.dense, i * net.dense, x, h);
      let z = net.b2;
      for (let j = 0; j < H; j++) z += net.w2[j]! * h[j]!;
      const y = data.labels[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const wt = y === 1 ? o.posWeight : 1;
      lossSum += wt * (y === 1 ? -Math.log(Math.max(p, 1e-12)) : -Math.log(Math.max(1 - p, 1e-12)));
      const dz = wt * (p - y);
      // output layer
      g[3]![0]! += dz;
      const gw2 = g[2]!;
      for (let j = 0; j < H; j++) {
        gw2[j]! += dz * h[j]!;
        dh[j] = h[j]! > 0 ? dz * net.w2[j]! : 0;
      }
      // hidden layer
      const gw1 = g[0]!;
      const gb1 = g[1]!;
      dx.fill(0);
      for (let j = 0; j < H; j++) {
        const d = dh[j]!;
        if (d === 0) continue;
        gb1[j]! += d;
        const off = j * inp;
        for (let k = 0; k < inp; k++) gw1[off + k]! += d * x[k]!;
        for (let k = 0; k < D; k++) dx[k]! += d * net.w1[off + k]!;
      }
      // embedding rows: sparse row-wise Adagrad, applied now
      if (cnt > 0) {
        const s = 1 / cnt;
        let sq = 0;
        for (let k = 0; k < D; k++) sq += dx[k]! * s * (dx[k]! * s);
        sq /= D;
        for (let t = 0; t < cnt; t++) {
          const r = kept[t]!;
          embG[r]! += sq;
          const lr = o.embLr / Math.sqrt(embG[r]!);
          const off = r * D;
          for (let k = 0; k < D; k++) net.emb[off + k]! -= lr * dx[k]! * s;
        }
      }
      if (++inBatch === o.batch || oi === n - 1) {
        step++;
        const c1 = 1 - beta1 ** step;
        const c2 = 1 - beta2 ** step;
        const ps = params();
        for (let q = 0; q < ps.length; q++) {
          const P = ps[q]!;
          const G = g[q]!;
          const M = m[q]!;
          const V = v[q]!;
          const decay = q === 0 || q === 2 ? o.l2 : 0;
          for (let k = 0; k < P.length; k++) {
            const gk = G[k]! / inBatch + decay * P[k]!;
            M[k] = beta1 * M[k]! + (1 - beta1) * gk;
            V[k] = beta2 * V[k]! + (1 - beta2) * gk * gk;
            P[k]! -= (o.lr * (M[k]! / c1)) / (Math.sqrt(V[k]! / c2) + 1e-8);
            G[k] = 0;
          }
        }
        net.b2 = b2Box[0]!;
        inBatch = 0;
      }
    }
    onEpoch?.(epoch, lossSum / Math.max(1, n));
  }
  net.b2 = b2Box[0]!;
  return net;
}

/** The JSON form: the embedding table as int8 with one float32 scale per row, base64. */
export interface CharNetJson {
  format: 'vigil.charnet/1';
  buckets: number;
  dim: number;
  dense: number;
  hidden: number;
  max_gram: number;
  emb_q8: string;
  emb_scale: string;
  w1: string;
  b1: string;
  w2: string;
  b2: number;
}

const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

export function serializeCharNet(net: CharNet): CharNetJson {
  const D = net.dim;
  const q = new Int8Array(net.emb.length);
  const scale = new Float32Array(net.buckets);
  for (let r = 0; r < net.buckets; r++) {
    let mx = 0;
    for (let d = 0; d < D; d++) mx = Math.max(mx, Math.abs(net.emb[r * D + d]!));
    const s = mx > 0 ? mx / 127 : 0;
    scale[r] = s;
    for (let d = 0; d < D; d++) q[r * D + d] = s > 0 ? Math.round(net.emb[r * D + d]! / s) : 0;
  }
  return {
    format: 'vigil.charnet/1',
    buckets: net.buckets,
    dim: D,
    dense: net.dense,
    hidden: net.hidden,
    max_gram: net.maxGram,
    emb_q8: b64(q),
    emb_scale: b64(scale),
    w1: b64(net.w1),
    b1: b64(net.b1),
    w2: b64(net.w2),
    b2: net.b2,
  };
}

function f32(s: unknown, len: number, what: string): Float32Array {
  if (typeof s !== 'string') throw new VigilError('E_MODEL', `charnet ${what}: expected base64 text`);
  const buf = Buffer.from(s, 'base64');
  if (buf.length !== len * 4) throw new VigilError('E_MODEL', `charnet ${what}: expected ${len} floats`);
  const out = new Float32Array(len);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

/** Parse and check a serialised network (sizes must match the declared shape). */
export function deserializeCharNet(j: unknown): CharNet {
  const o = j as Partial<CharNetJson> | null;
  if (!o || o.format !== 'vigil.charnet/1') throw new VigilError('E_MODEL', 'not a vigil.charnet/1 network');
  const shape: CharNetShape = {
    buckets: Number(o.buckets),
    dim: Number(o.dim),
    dense: Number(o.dense),
    hidden: Number(o.hidden),
    maxGram: Number(o.max_gram),
  };
  try {
    checkShape(shape);
  } catch (err) {
    throw new VigilError('E_MODEL', (err as Error).message);
  }
  const q = Buffer.from(String(o.emb_q8), 'base64');
  if (q.length !== shape.buckets * shape.dim)
    throw new VigilError('E_MODEL', 'charnet emb_q8: size does not match buckets × dim');
  const scale = f32(o.emb_scale, shape.buckets, 'emb_scale');
  const emb = new Float32Array(q.length);
  const qi = new Int8Array(q.buffer, q.byteOffset, q.length);
  for (let r = 0; r < shape.buckets; r++)
    for (let d = 0; d < shape.dim; d++) emb[r * shape.dim + d] = qi[r * shape.dim + d]! * scale[r]!;
  const b2 = Number(o.b2);
  if (!Number.isFinite(b2)) throw new VigilError('E_MODEL', 'charnet b2: not a number');
  return {
    ...shape,
    emb,
    w1: f32(o.w1, shape.hidden * (shape.dim + shape.dense), 'w1'),
    b1: f32(o.b1, shape.hidden, 'b1'),
    w2: f32(o.w2, shape.hidden, 'w2'),
    b2,
  };
}

/**
 * Log-odds of one sample split into its inputs, exactly: with the hidden units that are active for
 * this sample, the network is linear, so input i adds Σ_active w2_j · W1_ji · (x_i − base_i).
 * `embedding` is the pooled n-grams' share (against no n-gram at all), `dense[i]` each dense
 * input's share (against `baseline[i]`), `rest` the bias and the baseline's share. One pass.
 */
export function charNetAttribution(
  net: CharNet,
  tokens: ArrayLike<number>,
  from: number,
  to: number,
  dense: ArrayLike<number>,
  denseAt: number,
  baseline: ArrayLike<number>,
): { margin: number; embedding: number; dense: Float64Array; rest: number } {
  const { x, h } = scratchOf(net);
  forward(net, tokens, from, to, dense, denseAt, x, h);
  const D = net.dim;
  const inp = D + net.dense;
  let margin = net.b2;
  for (let j = 0; j < net.hidden; j++) margin += net.w2[j]! * h[j]!;
  let embedding = 0;
  const parts = new Float64Array(net.dense);
  for (let j = 0; j < net.hidden; j++) {
    if (!(h[j]! > 0)) continue;
    const w = net.w2[j]!;
    const o = j * inp;
    for (let i = 0; i < D; i++) embedding += w * net.w1[o + i]! * x[i]!;
    for (let i = 0; i < net.dense; i++) parts[i]! += w * net.w1[o + D + i]! * (x[D + i]! - baseline[i]!);
  }
  let named = embedding;
  for (const p of parts) named += p;
  return { margin, embedding, dense: parts, rest: margin - named };
}
