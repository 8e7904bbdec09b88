/**
 * The windowed model margins of one long message, computed incrementally. `scoreEmail` scores a long
 * body as a whole and in up to MAX_SCORE_WINDOWS overlapping windows of SCORE_WINDOW_WORDS words; done
 * naively each window is a full feature extraction (every name built as a string, hashed, put in a
 * map, sorted). Here each distinct token of the body is normalised once, each distinct word, bigram and
 * character n-gram is hashed once (from a hashed prefix, without building its name), the features
 * that do not read the words (sender, links, structure, rules) are extracted and hashed once, and a
 * window is a list of (bucket, value) pairs. No regex of normalizeText matches across whitespace, so
 * normalising a text is normalising each of its whitespace-separated tokens (U+FEFF apart, which
 * split() treats as whitespace and normalizeText removes): the whole body shares the tokens' cache.
 *
 * The result is the margin `modelMargin(model, hasher.vectorize(emailFeatures(window facts)))` gives,
 * bit for bit: the same names in the same order (a bucket hit by two names sums them in the order the
 * extractor adds them), the same values, summed over buckets in increasing order. A window the
 * shortcut cannot prove equal (quoted-looking start, longer than MAX_FEATURE_TEXT_CHARS) is
 * normalised the reference way. test/email/window-score.test.ts checks the equality.
 */
import {
  MAX_CHAR_GRAM_TEXT_CHARS,
  MAX_SCORE_WINDOWS,
  SCORE_WINDOW_WORDS,
  MAX_FEATURE_TEXT_CHARS,
  type Signal,
} from '../core/index.js';
import {
  FNV_OFFSET,
  fmix32,
  fnvUnit,
  fnvUpdate,
  hash32,
  type LinearModel,
  type SparseWeights,
} from '../ml/index.js';
import type { EmailFacts } from './facts.js';
import {
  assembleFeatures,
  featureBody,
  featureSubject,
  nonTextFeatures,
  normalizeText,
  recipientWords,
  STOPWORDS,
  type EmailFeatureOptions,
  type EmailFeatures,
  type NonTextFeatures,
} from './features.js';

/** Characters of the body that windows read (as `scoreWindows` slices it). */
export const WINDOW_TEXT_CHARS = MAX_SCORE_WINDOWS * SCORE_WINDOW_WORDS * 20;

/** The body's whitespace-separated tokens, as `scoreWindows` splits them. */
export function windowTokens(text: string): string[] {
  return text.slice(0, WINDOW_TEXT_CHARS).split(/\s+/).filter(Boolean);
}

/** Start token of each window over `n` tokens (none when the body is short), as `scoreWindows`. */
export function windowStarts(n: number): number[] {
  if (n <= SCORE_WINDOW_WORDS * 1.5) return [];
  const out: number[] = [];
  const stride = SCORE_WINDOW_WORDS / 2;
  for (let i = 0; i < n - stride && out.length < MAX_SCORE_WINDOWS; i += stride) out.push(i);
  return out;
}

const TEXT_PREFIX = fnvUpdate(FNV_OFFSET, 'text: "');
const SUBJECT_PREFIX = fnvUpdate(FNV_OFFSET, 'subject: "');
const CHARS_PREFIX = fnvUpdate(FNV_OFFSET, 'chars: "');
const QUOTE = 34;
const SPACE = 32;
/** Entry order within a window is packed below the bucket index in one exact double. */
const SEQ = 2 ** 22;
/**
 * A window with at most SMALL_N entries and a model of at most 2^20 buckets packs bucket and entry
 * order into one int32 instead (bucket << 11 | order): an Int32Array sorts ≈ 1.6× faster than a
 * Float64Array, and the order of the sum is the same.
 */
const SMALL_SHIFT = 11;
const SMALL_N = 1 << SMALL_SHIFT;
const SMALL_MAX_MASK = 2 ** 20 - 1;

/** A feature already hashed: its code (see `code`) and value; `when` for the word-count conditions. */
interface Hashed {
  code: number;
  value: number;
  /** Always set, undefined when unconditional: one object shape for gather() to read. */
  when: ((nWords: number) => boolean) | undefined;
}

/**
 * The per-window lists, shared by every scorer (a message's scorer used to allocate them: six typed
 * arrays of 4–16 kB, each with a buffer outside the heap). Each is filled and read within one call
 * (gather then the sum that reads it, or gather alone), with no await between: scorers never
 * interleave over them. Typed, with a count, because `array.length = 0` gives a JS array a new
 * backing store to grow again (gather allocated ≈ 117 kB a message that way). Codes fit: an entry is
 * below 2^MAX_HASH_BITS (24). Grown for a long body, they stay grown (bounded: a window reads at
 * most MAX_FEATURE_TEXT_CHARS of text).
 *
 * Made at about the size the longest dev bodies need (every 3rd dev message grew them to 2,048
 * entries, 7,832 text codes and 5,928 content words), ≈ 420 kB once: gather's growing branches ran
 * first long after V8 had optimised it, which threw that code away, and it was compiled again, once
 * per branch (speed only: the lists' contents and use do not change).
 */
const S = {
  buckets: new Int32Array(16_384),
  vals: new Float64Array(16_384),
  keys: null as Float64Array | null,
  small: new Int32Array(SMALL_N),
  textCodes: new Int32Array(32_768),
  contentScratch: new Int32Array(16_384),
  gramScratch: new Int32Array(8_192),
};

export class WindowScorer {
  /**
   * The weights by entry: the dense weights (entry = bucket), or a sparse model's values (entry =
   * the bucket's rank among its non-zero buckets; increasing with the bucket, so entries sort as
   * their buckets do and every sum below adds the same terms in the same order).
   */
  private readonly weights: Float32Array;
  private readonly sparse: SparseWeights | null;
  private readonly bias: number;
  private readonly mask: number;
  private readonly signed: boolean;
  private readonly bigrams: boolean;
  private readonly charN: number;
  private readonly stop: ReadonlySet<string> | null;
  private readonly textWeight: number;
  private readonly drop: Set<string>;

  // interned words of this message
  private readonly wordId = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly isStop: boolean[] = [];
  private readonly uniCode: number[] = [];
  /** FNV state after `text: "<word> ` (a bigram's first half). */
  private readonly pairPrefix: number[] = [];
  private readonly uniStamp: number[] = [];
  /** Window stamp of a word whose n-grams a window has read (a repeated word adds none). */
  private readonly wordGramStamp: number[] = [];
  /**
   * Per first word, the second word and slot of its last bigram: overlapping windows read the same
   * bigrams in the same order, so this answers most look-ups without hashing a key.
   */
  private readonly lastPairB: number[] = [];
  private readonly lastPairSlot: number[] = [];
  private readonly gramsOf: (number[] | undefined)[] = [];
  // character n-grams
  private readonly gramId = new Map<string, number>();
  private readonly gramCode: number[] = [];
  private readonly gramStamp: number[] = [];
  // bigrams: key (first id * 2^26 + second id) -> slot
  private readonly pairSlot = new Map<number, number>();
  private readonly pairCode: number[] = [];
  private readonly pairStamp: number[] = [];
  private stamp = 0;

  private readonly tokenWords = new Map<string, number[]>();
  private readonly subjectIds: number[];
  private readonly subjectFeatures: Hashed[] = [];
  private readonly rest: Hashed[] = [];
  private readonly nonText: NonTextFeatures;
  private readonly options: EmailFeatureOptions;

  constructor(
    model: LinearModel,
    options: EmailFeatureOptions,
    facts: EmailFacts,
    signals: readonly Signal[],
  ) {
    if (options.charGramsObfuscatedOnly)
      throw new RangeError('WindowScorer: charGramsObfuscatedOnly is scored the reference way');
    this.options = options;
    this.sparse = model.sparse ?? null;
    this.weights = this.sparse ? this.sparse.value : model.weights;
    this.bias = model.bias;
    this.mask = (1 << model.bits) - 1;
    this.signed = model.signed;
    this.bigrams = options.bigrams ?? true;
    this.charN = options.charGrams ?? 4;
    this.stop = options.stopwords ? STOPWORDS : null;
    this.textWeight = options.textWeight ?? 1;
    this.drop = recipientWords(facts);

    this.subjectIds = this.intern(normalizeText(featureSubject(facts.subject), this.drop));
    const subjectSeen = new Set<number>();
    const subjectContent: number[] = [];
    for (const id of this.subjectIds)
      if (!this.isStop[id] && this.words[id]!.length >= 2 && !subjectSeen.has(id)) {
        subjectSeen.add(id);
        subjectContent.push(id);
      }
    if (subjectContent.length > 0 && this.textWeight > 0) {
      const v = this.textWeight / Math.sqrt(subjectContent.length);
      for (const id of subjectContent)
        this.subjectFeatures.push({
          code: this.code(fmix32(fnvUnit(fnvUpdate(SUBJECT_PREFIX, this.words[id]!), QUOTE))),
          value: v,
          when: undefined,
        });
    }
    const rest = nonTextFeatures(facts, signals);
    this.nonText = rest;
    for (const [name, value] of rest.entries) {
      const when = rest.when.get(name);
      const code = this.code(hash32(name));
      this.rest.push({ code, value, when });
    }
  }

  /** Words (interned) of the whole body, the reference normalisation. */
  wholeWords(visibleText: string): number[] {
    const body = featureBody(visibleText);
    // U+FEFF is whitespace to split() but removed by normalizeText (it joins the letters around it):
    // only without it is the body the sum of its tokens
    if (body.includes('\ufeff')) return this.intern(normalizeText(body, this.drop));
    const out: number[] = [];
    for (const token of body.split(/\s+/)) if (token) for (const id of this.tokenIds(token)) out.push(id);
    return out;
  }

  /** The words of one token (no whitespace inside), normalised once per message. */
  private tokenIds(token: string): number[] {
    let ids = this.tokenWords.get(token);
    if (!ids) {
      ids = this.intern(normalizeText(token, this.drop));
      this.tokenWords.set(token, ids);
    }
    return ids;
  }

  /** Words (interned) of the window of `tokens` starting at `start` (SCORE_WINDOW_WORDS tokens or fewer). */
  windowWords(tokens: readonly string[], start: number): number[] {
    const end = Math.min(tokens.length, start + SCORE_WINDOW_WORDS);
    let length = end - start - 1;
    for (let i = start; i < end; i++) length += tokens[i]!.length;
    const first = tokens[start]!.charCodeAt(0);
    // '-', '_' or '>' first can read as a quote or an original-message line to stripQuoted; a window
    // over MAX_FEATURE_TEXT_CHARS is cut: both take the reference way
    if (first === 45 || first === 95 || first === 62 || length > MAX_FEATURE_TEXT_CHARS) {
      const window = tokens.slice(start, end).join(' ');
      return this.intern(normalizeText(featureBody(window), this.drop));
    }
    // no whitespace inside a token, so normalising the window is normalising each token
    const body: number[] = [];
    for (let i = start; i < end; i++) for (const id of this.tokenIds(tokens[i]!)) body.push(id);
    return body;
  }

  /** Margin of the whole body. */
  wholeMargin(visibleText: string): number {
    return this.margin(this.wholeWords(visibleText));
  }

  /** Margin of the window of `tokens` starting at `start`. */
  windowMargin(tokens: readonly string[], start: number): number {
    return this.margin(this.windowWords(tokens, start));
  }

  /** The named features (emailFeatures' map) of these body words. */
  namedFeatures(body: readonly number[], opts: { charGrams?: boolean } = {}): EmailFeatures {
    const words = this.words;
    return assembleFeatures(
      this.subjectIds.map((id) => words[id]!),
      body.map((id) => words[id]!),
      this.nonText,
      opts.charGrams === false ? { ...this.options, charGrams: 0 } : this.options,
    );
  }

  /**
   * A feature's hash as this model reads it: its bucket's entry (see `weights`) times 2, plus 1 when the model is signed and
   * the hash says subtract; -1 when the bucket has no weight (97 % of the shipped model's 2^20
   * buckets). Such a feature adds exactly ±0 to the margin whatever its value, and s + ±0 is s for
   * the non-zero running sum, so it is left out before the sort and the margin stays bit-identical;
   * it still counts where features are counted (the text value is 1/sqrt of all distinct text
   * features). Computed once per distinct word, bigram and n-gram of a message, so a window reads
   * no weight it will not use.
   */
  private code(hash: number): number {
    const bucket = hash & this.mask;
    let entry = bucket;
    if (this.sparse !== null) {
      entry = this.sparse.entryOf(bucket);
      if (entry < 0) return -1;
    }
    if (this.weights[entry] === 0) return -1;
    return entry * 2 + (this.signed && hash >>> 31 === 1 ? 1 : 0);
  }

  private intern(words: readonly string[]): number[] {
    // filled by push, not preallocated: a holey array's map differs from the packed word lists
    // gather() also reads, and a second map there deoptimised it
    const out: number[] = [];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let id = this.wordId.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.wordId.set(w, id);
        this.words.push(w);
        this.isStop.push(this.stop !== null && this.stop.has(w));
        const pre = fnvUpdate(TEXT_PREFIX, w);
        this.uniCode.push(this.code(fmix32(fnvUnit(pre, QUOTE))));
        this.pairPrefix.push(fnvUnit(pre, SPACE));
        this.uniStamp.push(0);
        this.wordGramStamp.push(0);
        this.lastPairB.push(-1);
        this.lastPairSlot.push(0);
        this.gramsOf.push(undefined);
      }
      out.push(id);
    }
    return out;
  }

  private gramsOfWord(id: number): number[] {
    let grams = this.gramsOf[id];
    if (grams) return grams;
    grams = [];
    const padded = ` ${this.words[id]!} `;
    const n = this.charN;
    for (let i = 0; i + n <= padded.length; i++) {
      const g = padded.slice(i, i + n);
      let gid = this.gramId.get(g);
      if (gid === undefined) {
        gid = this.gramCode.length;
        this.gramId.set(g, gid);
        this.gramCode.push(this.code(fmix32(fnvUnit(fnvUpdate(CHARS_PREFIX, g), QUOTE))));
        this.gramStamp.push(0);
      }
      grams.push(gid);
    }
    this.gramsOf[id] = grams;
    return grams;
  }

  private pairSlotOf(a: number, b: number): number {
    if (this.lastPairB[a] === b) return this.lastPairSlot[a]!;
    const slot = this.pairSlotLookup(a, b);
    this.lastPairB[a] = b;
    this.lastPairSlot[a] = slot;
    return slot;
  }

  private pairSlotLookup(a: number, b: number): number {
    // a small integer key while both ids fit in 15 bits (V8 hashes it without boxing a double)
    const key = a < 32_768 && b < 32_768 ? (a << 15) | b : a * 67_108_864 + b;
    let slot = this.pairSlot.get(key);
    if (slot === undefined) {
      slot = this.pairCode.length;
      this.pairSlot.set(key, slot);
      this.pairCode.push(this.code(fmix32(fnvUnit(fnvUpdate(this.pairPrefix[a]!, this.words[b]!), QUOTE))));
      this.pairStamp.push(0);
    }
    return slot;
  }

  /** The margin of subject words + these body words + the non-text features. */
  margin(body: readonly number[]): number {
    return this.sortedSum(this.gather(body));
  }

  /**
   * An interval that holds `margin(body)`, without its sort: the entries summed in the order they
   * were gathered. Both that sum and the sorted one are within γ·Σ|term| of the real-valued sum
   * (recursive summation of ≤ 2n+2 rounded terms, γ_k = k·u/(1−k·u), u = 2^-53), so they differ by at
   * most 2γ·Σ|term|; the bound used is twice that again. Not finite (a non-finite weight): the
   * caller computes every margin exactly.
   */
  marginInterval(body: readonly number[]): { low: number; high: number } {
    const n = this.gather(body);
    const ws = this.weights;
    const buckets = S.buckets;
    const vals = S.vals;
    let s = this.bias;
    let abs = Math.abs(this.bias);
    for (let k = 0; k < n; k++) {
      const t = ws[buckets[k]!]! * vals[k]!;
      s += t;
      abs += Math.abs(t);
    }
    const err = abs * (4 * n + 16) * 2 ** -52 + 1e-300;
    return { low: s - err, high: s + err };
  }

  /**
   * The highest margin of these word lists and the first list that has it: what scoring them one
   * by one in order and keeping a margin only when it is greater gives, bit for bit. Every list's
   * interval (marginInterval) is taken first; only the lists whose interval reaches the highest
   * lower bound can hold the maximum, and only they are summed exactly (sorted). A message of 40
   * windows sorts 1–3 of them.
   */
  best(lists: readonly (readonly number[])[]): { margin: number; index: number } {
    if (lists.length === 1) return { margin: this.margin(lists[0]!), index: 0 };
    const highs = new Float64Array(lists.length);
    let floor = -Infinity;
    let finite = true;
    for (let i = 0; i < lists.length; i++) {
      const { low, high } = this.marginInterval(lists[i]!);
      if (!Number.isFinite(low) || !Number.isFinite(high)) finite = false;
      highs[i] = high;
      if (low > floor) floor = low;
    }
    let margin = 0;
    let index = -1;
    for (let i = 0; i < lists.length; i++) {
      if (finite && highs[i]! < floor) continue;
      const r = this.margin(lists[i]!);
      if (index < 0 || r > margin) {
        margin = r;
        index = i;
      }
    }
    return { margin, index };
  }

  /** Fills buckets/vals with the (bucket, signed value) entries of these body words; their count. */
  private gather(body: readonly number[]): number {
    const stamp = ++this.stamp;
    // text: content words (stop words dropped), unigrams of 2+ characters, then bigrams; distinct
    const subject = this.subjectIds;
    const most = subject.length + body.length;
    if (S.contentScratch.length < most) S.contentScratch = new Int32Array(most * 2);
    // at most one unigram and one bigram per content word
    if (S.textCodes.length < 2 * most) S.textCodes = new Int32Array(most * 4);
    const content = S.contentScratch;
    const textCodes = S.textCodes;
    let nContent = 0;
    let nText = 0;
    for (const id of subject) if (!this.isStop[id]) content[nContent++] = id;
    for (const id of body) if (!this.isStop[id]) content[nContent++] = id;
    // every distinct text feature counts (the value is 1/sqrt of their number); only those with a
    // weight are kept, in the same order (the others add ±0 and are never pushed, see `code`)
    let textCount = 0;
    for (let i = 0; i < nContent; i++) {
      const id = content[i]!;
      if (this.words[id]!.length >= 2 && this.uniStamp[id] !== stamp) {
        this.uniStamp[id] = stamp;
        textCount++;
        const code = this.uniCode[id]!;
        if (code >= 0) textCodes[nText++] = code;
      }
    }
    if (this.bigrams)
      for (let i = 1; i < nContent; i++) {
        const slot = this.pairSlotOf(content[i - 1]!, content[i]!);
        if (this.pairStamp[slot] !== stamp) {
          this.pairStamp[slot] = stamp;
          textCount++;
          const code = this.pairCode[slot]!;
          if (code >= 0) textCodes[nText++] = code;
        }
      }
    let n = 0;
    const push = (code: number, value: number): void => {
      // a feature whose bucket has no weight adds exactly ±0 to the margin: never pushed (see `code`)
      if (code < 0 || value === 0 || !Number.isFinite(value)) return;
      if (n === S.buckets.length) this.grow();
      S.buckets[n] = code >>> 1;
      S.vals[n] = (code & 1) === 1 ? -1 * value : value;
      n++;
    };
    if (textCount > 0 && this.textWeight > 0) {
      const v = this.textWeight / Math.sqrt(textCount);
      for (let i = 0; i < nText; i++) push(textCodes[i]!, v);
    }
    for (const f of this.subjectFeatures) push(f.code, f.value);
    // character n-grams of every word (subject, then body) until MAX_CHAR_GRAM_TEXT_CHARS
    const nWords = subject.length + body.length;
    if (this.charN > 0) {
      let grams = S.gramScratch;
      let nGrams = 0;
      let gramCount = 0;
      let chars = 0;
      for (let k = 0; k < nWords; k++) {
        if (chars > MAX_CHAR_GRAM_TEXT_CHARS) break;
        const id = k < subject.length ? subject[k]! : body[k - subject.length]!;
        chars += this.words[id]!.length + 1;
        // a word seen before in this window: its n-grams are all counted already
        if (this.wordGramStamp[id] === stamp) continue;
        this.wordGramStamp[id] = stamp;
        for (const g of this.gramsOfWord(id))
          if (this.gramStamp[g] !== stamp) {
            this.gramStamp[g] = stamp;
            gramCount++;
            const code = this.gramCode[g]!;
            if (code >= 0) {
              if (nGrams === grams.length) {
                const bigger = new Int32Array(grams.length * 2);
                bigger.set(grams);
                grams = S.gramScratch = bigger;
              }
              grams[nGrams++] = code;
            }
          }
      }
      if (gramCount > 0 && this.textWeight > 0) {
        const v = this.textWeight / Math.sqrt(gramCount);
        for (let i = 0; i < nGrams; i++) push(grams[i]!, v);
      }
    }
    for (const f of this.rest) if (!f.when || f.when(nWords)) push(f.code, f.value);
    if (n >= SEQ) throw new RangeError('WindowScorer: too many features in one window');
    return n;
  }

  /** The margin of the n gathered entries: buckets in increasing order, a bucket's values in the order the names were added. */
  private sortedSum(n: number): number {
    const ws = this.weights;
    const buckets = S.buckets;
    const vals = S.vals;
    let s = this.bias;
    if (n <= SMALL_N && this.mask <= SMALL_MAX_MASK) {
      const keys = S.small.subarray(0, n);
      for (let k = 0; k < n; k++) keys[k] = (buckets[k]! << SMALL_SHIFT) | k;
      keys.sort();
      let k = 0;
      while (k < n) {
        const idx = keys[k]! >>> SMALL_SHIFT;
        let v = vals[keys[k]! & (SMALL_N - 1)]!;
        k++;
        while (k < n && keys[k]! >>> SMALL_SHIFT === idx) {
          v += vals[keys[k]! & (SMALL_N - 1)]!;
          k++;
        }
        if (v !== 0) s += ws[idx]! * v;
      }
      return s;
    }
    if (!S.keys || S.keys.length < n) S.keys = new Float64Array(buckets.length);
    for (let k = 0; k < n; k++) S.keys[k] = buckets[k]! * SEQ + k;
    const keys = S.keys.subarray(0, n).sort();
    let k = 0;
    while (k < n) {
      const idx = Math.floor(keys[k]! / SEQ);
      let v = vals[keys[k]! - idx * SEQ]!;
      k++;
      while (k < n && Math.floor(keys[k]! / SEQ) === idx) {
        v += vals[keys[k]! - idx * SEQ]!;
        k++;
      }
      if (v !== 0) s += ws[idx]! * v;
    }
    return s;
  }

  private grow(): void {
    const buckets = new Int32Array(S.buckets.length * 2);
    buckets.set(S.buckets);
    S.buckets = buckets;
    const vals = new Float64Array(S.vals.length * 2);
    vals.set(S.vals);
    S.vals = vals;
  }
}
