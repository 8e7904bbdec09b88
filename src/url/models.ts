/**
 * Scoring with the URL and domain models: margins, per-feature contributions and the sinks that
 * hash n-grams in place. Loading is src/models.ts (one loader for every model).
 */
import { fmix32, FNV_OFFSET, FNV_PRIME, hash32, type LinearModel } from '../ml/index.js';

export type ModelKind = 'url' | 'domain';

/** Signed bucket of a feature name: index, or -(index + 1) when the hash sign is negative. */
function bucketOf(name: string, bits: number, signed: boolean): number {
  // the same hash as hashFeature(), inlined: no object per feature on the hot path
  const h = hash32(name);
  const index = h & ((1 << bits) - 1);
  return signed && h >>> 31 === 1 ? -(index + 1) : index;
}

/**
 * Log-odds of named features without building a sparse vector (the hot path of bulk scoring).
 * Equal to `modelMargin(model, hasherFor(model).vectorize(features))`.
 */
export function fastMargin(
  model: LinearModel,
  names: readonly string[],
  values: readonly number[],
  bucketsOut?: number[],
): number {
  let s = model.bias;
  const w = model.weights;
  for (let i = 0; i < names.length; i++) {
    const b = bucketOf(names[i]!, model.bits, model.signed);
    if (bucketsOut) bucketsOut.push(b);
    s += b >= 0 ? w[b]! * values[i]! : -w[-b - 1]! * values[i]!;
  }
  return s;
}

/**
 * Per feature name, its contribution to the log-odds (for explanations). `buckets`: the signed
 * buckets fastMargin recorded for the same names (saves hashing every name twice).
 */
export function contributions(
  model: LinearModel,
  names: readonly string[],
  values: readonly number[],
  buckets?: readonly number[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const b = buckets ? buckets[i]! : bucketOf(names[i]!, model.bits, model.signed);
    const c = b >= 0 ? model.weights[b]! * values[i]! : -model.weights[-b - 1]! * values[i]!;
    out.set(names[i]!, (out.get(names[i]!) ?? 0) + c);
  }
  return out;
}

/** FNV state after hashing `prefix` (continue with more characters, then `fmix32`). */
function fnvState(prefix: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), FNV_PRIME);
  return h;
}

const GRAM_PREFIX = fnvState('chars "');
const WORD_PREFIX = fnvState('word "');

/**
 * A feature name memoised with its hash32: the DGA features name small-integer bins from a fixed
 * set, and looking each name up in a map of hashes cost 13 % of a domain verdict.
 */
export interface Named {
  readonly name: string;
  readonly hash: number;
}
export const namedFeature = (name: string): Named => ({ name, hash: hash32(name) });

/** hash32(`word "${text.slice(from, to)}"`) without the string. */
export function wordFeatureHash(text: string, from: number, to: number): number {
  let h = WORD_PREFIX;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return fmix32(Math.imul(h ^ QUOTE, FNV_PRIME));
}

/**
 * hash32 of a named feature, memoised: the named DGA features come from a small fixed set of
 * strings (memoised per bin in dga.ts), so the same string objects recur on every label.
 */
const NAME_HASH = new Map<string, number>();
function nameHash(name: string): number {
  let h = NAME_HASH.get(name);
  if (h === undefined) {
    h = hash32(name);
    if (NAME_HASH.size < 100_000) NAME_HASH.set(name, h);
  }
  return h;
}
const QUOTE = 34;

/**
 * Accumulates a model's log-odds as features arrive, hashing `chars "…"` n-grams in place (no
 * string per n-gram). KEEP IN SYNC with hash32 in src/ml/hash.ts: the bucket must equal
 * hashFeature(name) for the same name (test/url/analyzer.test.ts checks it).
 */
export class MarginSink {
  margin: number;
  private readonly w: Float32Array;
  private readonly mask: number;
  private readonly signed: boolean;
  constructor(model: LinearModel) {
    this.margin = model.bias;
    this.w = model.weights;
    this.mask = (1 << model.bits) - 1;
    this.signed = model.signed;
  }
  private addHash(h: number, value: number): void {
    const wi = this.w[h & this.mask]!;
    this.margin += this.signed && h >>> 31 === 1 ? -wi * value : wi * value;
  }
  add(name: string, value: number, hash?: number): void {
    this.addHash(hash ?? nameHash(name), value);
  }
  gram(text: string, from: number, len: number, value: number): void {
    let h = GRAM_PREFIX;
    for (let i = from; i < from + len; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    h = Math.imul(h ^ QUOTE, FNV_PRIME);
    this.addHash(fmix32(h), value);
  }
  private term(h: number, value: number): number {
    const wi = this.w[h & this.mask]!;
    return this.signed && h >>> 31 === 1 ? -wi * value : wi * value;
  }
  /**
   * The 2-, 3- and 4-grams of `text` (FeatureSink.grams234): a 3-gram's FNV state continues its
   * 2-gram's, so each position is hashed once for all three; the terms are then added in the
   * order of one `gram` call per n-gram (2-grams, 3-grams, 4-grams), so the margin is the same sum
   * to the last bit.
   */
  grams234(text: string, value: number): void {
    const n = text.length;
    const t = this.gramTerms(text, value);
    let m = this.margin;
    for (let i = 0; i + 2 <= n; i++) m += t[i]!;
    for (let i = 0; i + 3 <= n; i++) m += t[n + i]!;
    for (let i = 0; i + 4 <= n; i++) m += t[2 * n + i]!;
    this.margin = m;
  }
  /** The terms of grams234: 2-gram at i in [i], 3-gram in [n + i], 4-gram in [2n + i]. */
  protected gramTerms(text: string, value: number): Float64Array {
    const n = text.length;
    if (GRAM_TERMS.length < 3 * n) GRAM_TERMS = new Float64Array(3 * n + 64);
    const t = GRAM_TERMS;
    for (let i = 0; i + 2 <= n; i++) {
      let h = Math.imul(GRAM_PREFIX ^ text.charCodeAt(i), FNV_PRIME);
      h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
      t[i] = this.term(fmix32(Math.imul(h ^ QUOTE, FNV_PRIME)), value);
      if (i + 3 > n) continue;
      h = Math.imul(h ^ text.charCodeAt(i + 2), FNV_PRIME);
      t[n + i] = this.term(fmix32(Math.imul(h ^ QUOTE, FNV_PRIME)), value);
      if (i + 4 > n) continue;
      h = Math.imul(h ^ text.charCodeAt(i + 3), FNV_PRIME);
      t[2 * n + i] = this.term(fmix32(Math.imul(h ^ QUOTE, FNV_PRIME)), value);
    }
    return t;
  }
}

/** Scratch terms of MarginSink.grams234 (single-threaded; grown when a text is longer). */
let GRAM_TERMS = new Float64Array(512);

/**
 * Like MarginSink, but keeps the features that can be among the verdict's top features, so the
 * verdict can name them; n-gram names are built only for the few that are shown. Only the
 * `keepTop * 2` largest positive contributions are kept (all that `top` reads), chosen as they
 * arrive by the same insertion rule `top` used over every recorded feature: a domain verdict
 * records no per-feature arrays (they were a fifth of its time, with their garbage).
 */
export class ExplainSink extends MarginSink {
  /** Kept contributions, largest first (ties: the earlier feature first). */
  private readonly keptC: number[] = [];
  /** The feature's name, or the text of its n-gram. */
  private readonly keptRef: string[] = [];
  /** -1 for a named feature; `from * 16 + len` for an n-gram of keptRef. */
  private readonly keptAt: number[] = [];
  private readonly k: number;
  private readonly model: LinearModel;
  /** `keepTop`: the largest n that `top(n)` will be asked for. */
  constructor(
    model: LinearModel,
    private readonly keepTop = 8,
  ) {
    super(model);
    this.model = model;
    this.k = keepTop * 2;
  }
  private record(h: number, value: number): number {
    const wi = this.model.weights[h & ((1 << this.model.bits) - 1)]!;
    return this.model.signed && h >>> 31 === 1 ? -wi * value : wi * value;
  }
  /** Keep one feature's contribution if it ranks among the first k positive ones so far. */
  private keep(c: number, ref: string, at: number): void {
    if (!(c > 1e-6)) return;
    const k = this.k;
    const cs = this.keptC;
    const refs = this.keptRef;
    const ats = this.keptAt;
    if (cs.length === k && !(c > cs[k - 1]!)) return;
    let pos = cs.length < k ? cs.length : k - 1;
    while (pos > 0 && c > cs[pos - 1]!) {
      if (pos < cs.length) {
        cs[pos] = cs[pos - 1]!;
        refs[pos] = refs[pos - 1]!;
        ats[pos] = ats[pos - 1]!;
      } else {
        cs.push(cs[pos - 1]!);
        refs.push(refs[pos - 1]!);
        ats.push(ats[pos - 1]!);
      }
      pos--;
    }
    if (pos < cs.length) {
      cs[pos] = c;
      refs[pos] = ref;
      ats[pos] = at;
    } else {
      cs.push(c);
      refs.push(ref);
      ats.push(at);
    }
  }
  override add(name: string, value: number, hash?: number): void {
    const c = this.record(hash ?? nameHash(name), value);
    this.margin += c;
    this.keep(c, name, -1);
  }
  /** As one `gram` call per n-gram, in that order: every n-gram offered for the explanation. */
  override grams234(text: string, value: number): void {
    const n = text.length;
    const t = this.gramTerms(text, value);
    for (let k = 2; k <= 4; k++)
      for (let i = 0; i + k <= n; i++) {
        const before = this.margin;
        this.margin += t[(k - 2) * n + i]!;
        this.keep(this.margin - before, text, i * 16 + k);
      }
  }
  override gram(text: string, from: number, len: number, value: number): void {
    const before = this.margin;
    super.gram(text, from, len, value);
    this.keep(this.margin - before, text, from * 16 + len);
  }
  /** A contribution computed elsewhere (the domain model's network), named for explanations. */
  addContribution(name: string, c: number): void {
    this.margin += c;
    this.keep(c, name, -1);
  }
  /** The n features pushing most toward malicious, same-name features merged. */
  top(n: number): { feature: string; weight: number }[] {
    if (n > this.keepTop) throw new RangeError(`ExplainSink keeps the top ${this.keepTop}, not ${n}`);
    // the first n * 2 of the positive contributions in (contribution desc, index asc) order: the
    // kept ones (n * 2 of them when n = keepTop)
    const k = Math.min(n * 2, this.keptC.length);
    // same-name features merged (at most n * 2 of them: a linear search beats a Map here); the
    // names are unique after merging, so the final sort fixes the order on its own
    const names: string[] = [];
    const sums: number[] = [];
    for (let i = 0; i < k; i++) {
      const at = this.keptAt[i]!;
      const ref = this.keptRef[i]!;
      const name = at < 0 ? ref : `chars "${ref.slice(at >> 4, (at >> 4) + (at & 15))}"`;
      const j = names.indexOf(name);
      if (j < 0) {
        names.push(name);
        sums.push(0 + this.keptC[i]!);
      } else sums[j] = sums[j]! + this.keptC[i]!;
    }
    const out: { feature: string; weight: number }[] = [];
    for (let j = 0; j < names.length; j++)
      out.push({ feature: names[j]!, weight: Math.round(sums[j]! * 10_000) / 10_000 });
    return out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, n);
  }
}
