/**
 * Generated-domain (DGA) detection: features of the registrable label only (never the TLD, which
 * is a collection artefact for many families, and never the label count, since DGA rows in the
 * training data are not cut to eTLD+1). Character n-grams, entropy, vowel and digit shares,
 * consonant runs, the label's log-likelihood under an English character model and its
 * segmentation into dictionary words (wordlist DGAs glue real words together).
 * KEEP IN SYNC: training (`src/train/linear.ts`) and scoring both call `dgaFeatures`.
 */
import { defineSignal } from '../core/index.js';
import { hash32 } from '../ml/index.js';
import { namedFeature, type Named } from './models.js';
import {
  A_SHIFT,
  SEG_A,
  emitDgaV2Features,
  buildWordTiers,
  segmentBoth,
  type WordTiers,
} from './dga-words.js';
import { FlagTable, SortedFlagTable, type FlagLookup } from './flag-table.js';
import { SHORT_STRIDE, SHORT_SYM, shortFlags } from './short-prefix.js';
import { DYNAMIC_DNS_SET } from './lists.js';
import type { HostInfo } from './parse.js';

export const DOMAIN_DGA = defineSignal({
  id: 'domain.dga',
  category: 'generated_domain',
  severity: 'medium',
  summary: 'Domain name looks machine-generated (malware domain-generation algorithm)',
  confirms: false,
});

/**
 * The label the DGA model reads: the registrable label, or the label under a dynamic-DNS provider
 * that is not a public suffix (kraken's `x7f3k.mooo.com`). Lower case, punycode kept as is.
 */
export function dgaLabel(info: HostInfo): string {
  if (info.ip || !info.registrableDomain) return '';
  if (info.subdomain && DYNAMIC_DNS_SET.has(info.registrableDomain)) {
    const labels = info.subdomain.split('.');
    return labels[labels.length - 1] ?? info.label;
  }
  return info.label;
}

/** Word and character tables the features need; built from the word list stored in the model. */
export interface DgaTables {
  /**
   * FNV hashes of dictionary words (length 3..MAX_WORD) in an open-addressing table: a Set of
   * 32-bit numbers boxes most of them as heap doubles, which made segmentation the hot spot.
   */
  wordHashes: HashSet;
  /** Hashes of every prefix of a dictionary word: segmentation stops extending a candidate early. */
  prefixHashes: HashSet;
  /** log P(c | previous two chars) under the English model, indexed [a][b][c] over 28 symbols. */
  trigram: Float32Array;
  /** Both of the above in one table (flag 1 = word, 2 = prefix): one probe per step in `segment`. */
  wordOrPrefix: FlagLookup;
  /** dga/2 only: words by SCOWL frequency tier (word-structure and shape features, src/url/dga-words.ts). */
  tiers?: WordTiers;
  /** wordOrPrefix and the tier table in one, from a model pack (else built on use: mergedWordTable). */
  merged?: FlagLookup;
}

/** A set of 32-bit hashes (a built WordTable, or a view of a packed table: src/url/dga-pack.ts). */
export interface HashSet {
  has(h: number): boolean;
}

const MAX_WORD = 16;
/** Longest label scored (a 253-char label is not a real domain; the rest is ignored). */
export const MAX_DGA_LABEL = 63;
const SYM = 28; // ^ (start/end), a-z, other (digit, hyphen, punycode)

function symOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  return 27;
}

/** Open-addressing set of int32 keys (word hashes); 0 marks an empty slot, so key 0 is kept apart. */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private hasZero = false;
  size = 0;
  constructor(capacity: number) {
    let n = 1024;
    while (n < capacity * 3) n <<= 1;
    this.slots = new Int32Array(n);
    this.mask = n - 1;
  }
  add(h: number): void {
    const key = h | 0;
    if (key === 0) {
      this.hasZero = true;
      return;
    }
    let i = (key ^ (key >>> 15)) & this.mask;
    while (this.slots[i] !== 0) {
      if (this.slots[i] === key) return;
      i = (i + 1) & this.mask;
    }
    this.slots[i] = key;
    this.size++;
  }
  /** Whether key 0 was added (it lives outside `size`). */
  hasKey0(): boolean {
    return this.hasZero;
  }
  has(h: number): boolean {
    const key = h | 0;
    if (key === 0) return this.hasZero;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const v = this.slots[i]!;
      if (v === key) return true;
      if (v === 0) return false;
      i = (i + 1) & this.mask;
    }
  }
}

export { FlagTable } from './flag-table.js';

function rollWord(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * `wordTiers` (dga/2 models): the words first listed at each SCOWL size (WORD_TIER_SIZES); a
 * dga/1 model has none and gets exactly the dga/1 features.
 */
export function buildDgaTables(
  words: readonly string[],
  wordTiers?: readonly (readonly string[])[],
  /** dga/3 models: words by domain-use level 1..15 (src/url/dga-lexicon.ts); needs `wordTiers`. */
  wordUse?: readonly (readonly string[])[],
): DgaTables {
  const wordHashes = new WordTable(words.length);
  const prefixHashes = new WordTable(words.length * 6);
  // Start-up cost (this ran on every process's first domain): each word is lower-cased and tested
  // once, and its prefix hashes are rolled forward (FNV-1a of w[0..k) extends w[0..k-1)) instead of
  // re-hashed from the start for every k. Same hashes, same tables, same insertion order.
  const lower: string[] = [];
  const prefixes: number[][] = [];
  // distinct word/prefix keys (the FlagTable's capacity), counted in a typed table, not a Set
  let keyCount = 0;
  const distinct = new WordTable(words.length * 8);
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (!/^[a-z]+$/.test(w)) continue;
    lower.push(w);
    if (w.length < 3 || w.length > MAX_WORD) {
      prefixes.push([]);
      continue;
    }
    const hs = new Array<number>(w.length);
    let h = 0x811c9dc5;
    for (let k = 0; k < w.length; k++) {
      h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
      hs[k] = h >>> 0;
      const before = distinct.size + (distinct.hasKey0() ? 1 : 0);
      distinct.add(hs[k]!);
      if (distinct.size + (distinct.hasKey0() ? 1 : 0) !== before) keyCount++;
    }
    prefixes.push(hs);
  }
  const wordOrPrefix = new FlagTable(keyCount);
  const counts = new Float64Array(SYM * SYM * SYM);
  for (let j = 0; j < lower.length; j++) {
    const w = lower[j]!;
    const hs = prefixes[j]!;
    if (hs.length) {
      wordHashes.add(hs[w.length - 1]!);
      wordOrPrefix.add(hs[w.length - 1]!, 1);
      for (let k = 1; k < w.length; k++) {
        prefixHashes.add(hs[k - 1]!);
        wordOrPrefix.add(hs[k - 1]!, 2);
      }
    }
    let a = 0;
    let b = 0;
    for (let i = 0; i <= w.length; i++) {
      const c = i < w.length ? symOf(w.charCodeAt(i)) : 0;
      counts[(a * SYM + b) * SYM + c]! += 1;
      a = b;
      b = c;
    }
  }
  const trigram = new Float32Array(SYM * SYM * SYM);
  for (let a = 0; a < SYM; a++) {
    for (let b = 0; b < SYM; b++) {
      let total = 0;
      for (let c = 0; c < SYM; c++) total += counts[(a * SYM + b) * SYM + c]!;
      for (let c = 0; c < SYM; c++) {
        // add-0.5 smoothing: unseen trigrams are rare, not impossible
        trigram[(a * SYM + b) * SYM + c] = Math.log(
          (counts[(a * SYM + b) * SYM + c]! + 0.5) / (total + 0.5 * SYM),
        );
      }
    }
  }
  return {
    wordHashes,
    prefixHashes,
    trigram,
    wordOrPrefix,
    ...(wordTiers && wordTiers.length ? { tiers: buildWordTiers(wordTiers, wordUse) } : {}),
  };
}

/** Whether the whole label is a dictionary word of the model's word list (3..16 letters). */
export function isDictionaryWord(label: string, t: DgaTables): boolean {
  if (label.length < 3 || label.length > MAX_WORD || !/^[a-z]+$/.test(label)) return false;
  return t.wordHashes.has(rollWord(label, 0, label.length));
}

/** Mean log-likelihood per character under the English trigram model (higher = more English). */
export function englishLogLik(label: string, t: DgaTables): number {
  let a = 0;
  let b = 0;
  let sum = 0;
  for (let i = 0; i <= label.length; i++) {
    const c = i < label.length ? symOf(label.charCodeAt(i)) : 0;
    sum += t.trigram[(a * SYM + b) * SYM + c]!;
    a = b;
    b = c;
  }
  return sum / (label.length + 1);
}

/** Cover the label with dictionary words: uncovered letters and word count of the best cover. */
// scratch buffers reused across calls (labels are clipped to MAX_DGA_LABEL)
const UNC = new Int32Array(MAX_DGA_LABEL + 2);
const CNT = new Int32Array(MAX_DGA_LABEL + 2);
const LNG = new Int32Array(MAX_DGA_LABEL + 2);

export function segment(
  rawLabel: string,
  t: DgaTables,
): { uncovered: number; words: number; longest: number } {
  const label = rawLabel.length > MAX_DGA_LABEL ? rawLabel.slice(0, MAX_DGA_LABEL) : rawLabel;
  const n = label.length;
  const unc = UNC;
  const cnt = CNT;
  const lng = LNG;
  unc.fill(1 << 20, 0, n + 1);
  cnt.fill(0, 0, n + 1);
  lng.fill(0, 0, n + 1);
  unc[0] = 0;
  const table = t.wordOrPrefix;
  const short = shortFlags(table);
  for (let i = 0; i < n; i++) {
    const u = unc[i]!;
    if (u + 1 < unc[i + 1]! || (u + 1 === unc[i + 1]! && cnt[i]! < cnt[i + 1]!)) {
      unc[i + 1] = u + 1;
      cnt[i + 1] = cnt[i]!;
      lng[i + 1] = lng[i]!;
    }
    let h = 0x811c9dc5;
    const end = Math.min(n, i + MAX_WORD);
    const si = SHORT_SYM[label.charCodeAt(i)]!;
    for (let j = i; j < end; j++) {
      const c = label.charCodeAt(j);
      h = Math.imul(h ^ c, 0x01000193);
      const len = j - i + 1;
      // one- and two-character keys from the small arrays (short-prefix.ts), the rest from the table
      const pair = si | SHORT_SYM[c]!;
      const flags =
        len === 1 && si < 64
          ? short.one[si]!
          : len === 2 && pair < 64
            ? short.two[si * SHORT_STRIDE + SHORT_SYM[c]!]!
            : table.flags(h);
      if (len >= 3 && (flags & 1) !== 0) {
        const nu = u;
        const nc = cnt[i]! + 1;
        if (nu < unc[j + 1]! || (nu === unc[j + 1]! && nc < cnt[j + 1]!)) {
          unc[j + 1] = nu;
          cnt[j + 1] = nc;
          lng[j + 1] = Math.max(lng[i]!, len);
        }
      }
      // no dictionary word starts with label[i..j]: longer candidates cannot match either
      if ((flags & 2) === 0) break;
    }
  }
  return { uncovered: unc[n]!, words: cnt[n]!, longest: lng[n]! };
}

// a e i o u y, as a lookup table over ASCII (a Set lookup per character was measurable)
const VOWEL = new Uint8Array(128);
for (const c of [97, 101, 105, 111, 117, 121]) VOWEL[c] = 1;
const isVowel = (c: number) => c < 128 && VOWEL[c] === 1;
// scratch counters for emitDgaFeatures (single-threaded, reset after each label)
const FREQ = new Int32Array(256);
const FREQ_CODE = new Int32Array(256);
const OTHER = new Map<number, number>();

function bin(x: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return i;
}
const LEN_EDGES = [4, 6, 8, 10, 12, 14, 16, 19, 23, 28, 34];
const LEN_NAMES = [
  '1-3',
  '4-5',
  '6-7',
  '8-9',
  '10-11',
  '12-13',
  '14-15',
  '16-18',
  '19-22',
  '23-27',
  '28-33',
  '34+',
];

/**
 * Where features go: a collector of names (training, explanations) or a running margin (the hot
 * path, which hashes n-grams in place without building their names). Both see the same features.
 */
export interface FeatureSink {
  /** `hash`: hash32(name), when the caller has it memoised (a hashing sink then skips the name). */
  add(name: string, value: number, hash?: number): void;
  /** The feature `chars "<text.slice(from, from + len)>"`. */
  gram(text: string, from: number, len: number, value: number): void;
  /**
   * Every 2-, 3- and 4-gram of `text` as `gram` would see them: all 2-grams left to right, then
   * the 3-grams, then the 4-grams. Optional: a sink that can do it faster than one `gram` call
   * per n-gram (MarginSink hashes the three grams at a position in one pass).
   */
  grams234?(text: string, value: number): void;
}

/** Collects feature names and values. */
export class NameSink implements FeatureSink {
  readonly names: string[] = [];
  readonly values: number[] = [];
  add(name: string, value: number): void {
    this.names.push(name);
    this.values.push(value);
  }
  gram(text: string, from: number, len: number, value: number): void {
    this.names.push(`chars "${text.slice(from, from + len)}"`);
    this.values.push(value);
  }
}

/**
 * Named features of one label, in words (the names are what explanations show). Values: 1 for
 * flags, 1/sqrt(n) for the n character n-grams (so long labels do not dominate by count).
 */
export function dgaFeatures(rawLabel: string, t: DgaTables): { names: string[]; values: number[] } {
  const sink = new NameSink();
  emitDgaFeatures(rawLabel, t, sink);
  return sink;
}

export function emitDgaFeatures(rawLabel: string, t: DgaTables, sink: FeatureSink): void {
  const label = rawLabel.length > MAX_DGA_LABEL ? rawLabel.slice(0, MAX_DGA_LABEL) : rawLabel;
  const n = label.length;
  // n-grams 2..4 with boundary marks
  const padded = `^${label}$`;
  const ngrams = Math.max(1, padded.length - 1 + (padded.length - 2) + (padded.length - 3));
  const g = 1 / Math.sqrt(ngrams);
  if (sink.grams234) sink.grams234(padded, g);
  else
    for (let k = 2; k <= 4; k++) {
      for (let i = 0; i + k <= padded.length; i++) sink.gram(padded, i, k, g);
    }
  let digits = 0;
  // a-z only: the letters emitDgaV2Features counts (its segmentation runs from 4)
  let azLetters = 0;
  let vowels = 0;
  let hyphens = 0;
  let run = 0;
  let maxRun = 0;
  let switches = 0;
  let prevDigit = -1;
  // character counts in first-seen order (the entropy sum must add in the order training did)
  const seen: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = label.charCodeAt(i);
    const slot = c & 0xff;
    if (FREQ[slot] !== 0 && FREQ_CODE[slot] !== c) {
      // two codes in one slot (non-ASCII): count the newcomer in the side map
      if (!OTHER.has(c)) seen.push(c);
      OTHER.set(c, (OTHER.get(c) ?? 0) + 1);
    } else {
      if (FREQ[slot] === 0) {
        FREQ_CODE[slot] = c;
        seen.push(c);
      }
      FREQ[slot]!++;
    }
    const isDigit = c >= 48 && c <= 57;
    if (isDigit) digits++;
    else if (c >= 97 && c <= 122) azLetters++;
    if (c === 45) hyphens++;
    if (isVowel(c)) vowels++;
    if (c >= 97 && c <= 122 && !isVowel(c)) {
      run++;
      if (run > maxRun) maxRun = run;
    } else run = 0;
    if (c !== 45) {
      const d = isDigit ? 1 : 0;
      if (prevDigit >= 0 && d !== prevDigit) switches++;
      prevDigit = d;
    }
  }
  let entropy = 0;
  for (const c of seen) {
    const slot = c & 0xff;
    const f = FREQ_CODE[slot] === c ? FREQ[slot]! : OTHER.get(c)!;
    const p = f / n;
    entropy -= p * Math.log2(p);
  }
  for (const c of seen) FREQ[c & 0xff] = 0;
  OTHER.clear();
  const letters = n - digits - hyphens;
  // Feature names are a function of small integer bins: memoised per bin so the hot path builds
  // no strings (the template text below stays the single definition of each name).
  const lenIdx = bin(n, LEN_EDGES);
  const lenName = LEN_NAMES[lenIdx];
  const vowelShare = letters ? vowels / letters : 0;
  const e4 = Math.floor(entropy * 4);
  const e2 = Math.floor(entropy * 2);
  const ds1 = bin(n ? digits / n : 0, [0.01, 0.15, 0.3, 0.5, 0.8, 1]);
  const ds2 = bin(n ? digits / n : 0, [0.01, 0.2, 0.5]);
  const v10 = Math.floor(vowelShare * 10);
  const v8 = Math.floor(vowelShare * 8);
  const epl = bin(n ? entropy / Math.log2(n + 1) : 0, [0.6, 0.7, 0.8, 0.85, 0.9, 0.95]);
  addNamed(
    sink,
    NAME_MEMO.get(0 * 1_000_003 + lenIdx) ?? remember(0 * 1_000_003 + lenIdx, `length ${lenName}`),
    1,
  );
  addNamed(
    sink,
    NAME_MEMO.get(1 * 1_000_003 + e4) ??
      remember(1 * 1_000_003 + e4, `entropy ${Math.min(4.5, e4 / 4).toFixed(2)}`),
    1,
  );
  addNamed(
    sink,
    NAME_MEMO.get(2 * 1_000_003 + epl) ?? remember(2 * 1_000_003 + epl, `entropy per length ${epl}`),
    1,
  );
  addNamed(
    sink,
    NAME_MEMO.get(3 * 1_000_003 + v10) ??
      remember(3 * 1_000_003 + v10, `vowel share ${Math.min(6, v10) / 10}`),
    1,
  );
  addNamed(
    sink,
    NAME_MEMO.get(4 * 1_000_003 + ds1) ?? remember(4 * 1_000_003 + ds1, `digit share ${ds1}`),
    1,
  );
  addNamed(
    sink,
    NAME_MEMO.get(5 * 1_000_003 + Math.min(switches, 6)) ??
      remember(5 * 1_000_003 + Math.min(switches, 6), `digit-letter switches ${Math.min(switches, 6)}`),
    1,
  );
  addNamed(
    sink,
    NAME_MEMO.get(6 * 1_000_003 + Math.min(maxRun, 7)) ??
      remember(6 * 1_000_003 + Math.min(maxRun, 7), `consonant run ${Math.min(maxRun, 7)}`),
    1,
  );
  if (hyphens)
    addNamed(
      sink,
      NAME_MEMO.get(7 * 1_000_003 + Math.min(hyphens, 3)) ??
        remember(7 * 1_000_003 + Math.min(hyphens, 3), `hyphens ${Math.min(hyphens, 3)}`),
      1,
    );
  if (label.startsWith('xn--')) addNamed(sink, PUNYCODE_LABEL, 1);
  addNamed(
    sink,
    NAME_MEMO.get(8 * 1_000_003 + (lenIdx * 64 + e2)) ??
      remember(
        8 * 1_000_003 + (lenIdx * 64 + e2),
        `length ${lenName} with entropy ${Math.min(4.5, e2 / 2).toFixed(1)}`,
      ),
    1,
  );
  addNamed(
    sink,
    NAME_MEMO.get(9 * 1_000_003 + (lenIdx * 64 + ds2)) ??
      remember(9 * 1_000_003 + (lenIdx * 64 + ds2), `length ${lenName} with digit share ${ds2}`),
    1,
  );
  addNamed(
    sink,
    NAME_MEMO.get(10 * 1_000_003 + (lenIdx * 64 + v8)) ??
      remember(
        10 * 1_000_003 + (lenIdx * 64 + v8),
        `length ${lenName} with vowel share ${Math.min(5, v8) / 8}`,
      ),
    1,
  );
  let segmented = false;
  if (letters >= 3) {
    const ll = englishLogLik(label, t);
    const l2 = Math.floor(ll * 2);
    addNamed(
      sink,
      NAME_MEMO.get(11 * 1_000_003 + l2) ?? remember(11 * 1_000_003 + l2, `english likelihood ${llBin(l2)}`),
      1,
    );
    addNamed(
      sink,
      NAME_MEMO.get(12 * 1_000_003 + (lenIdx * 64 - l2)) ??
        remember(
          12 * 1_000_003 + (lenIdx * 64 - l2),
          `length ${lenName} with english likelihood ${llBin(l2)}`,
        ),
      1,
    );
    addNamed(sink, ENGLISH_LIKELIHOOD_VALUE, Math.max(-8, ll) + 3);
    // both segmentations in one walk when the tier features will need theirs (see segmentBoth)
    const merged = t.tiers && azLetters >= 4 ? mergedWordTable(t) : null;
    segmented = merged !== null && segmentBoth(label, merged) >= 0;
    const seg = segmented
      ? { uncovered: SEG_A[0]!, words: SEG_A[1]!, longest: SEG_A[2]! }
      : segment(label, t);
    const cover = n ? 1 - seg.uncovered / n : 0;
    const ci = cover >= 0.999 ? 0 : cover >= 0.8 ? 1 : cover >= 0.5 ? 2 : 3;
    const coverBin = COVER_NAMES[ci];
    const w = Math.min(seg.words, 5);
    addNamed(
      sink,
      NAME_MEMO.get(13 * 1_000_003 + (ci * 8 + w)) ??
        remember(13 * 1_000_003 + (ci * 8 + w), `dictionary words cover ${coverBin}, ${w} words`),
      1,
    );
    addNamed(
      sink,
      NAME_MEMO.get(14 * 1_000_003 + (ci * 64 + lenIdx)) ??
        remember(
          14 * 1_000_003 + (ci * 64 + lenIdx),
          `dictionary words cover ${coverBin}, length ${lenName}`,
        ),
      1,
    );
    addNamed(
      sink,
      NAME_MEMO.get(15 * 1_000_003 + Math.min(seg.longest, 10)) ??
        remember(
          15 * 1_000_003 + Math.min(seg.longest, 10),
          `longest dictionary word ${Math.min(seg.longest, 10)}`,
        ),
      1,
    );
  }
  if (t.tiers) emitDgaV2Features(label, t.tiers, sink, segmented);
}

const COVER_NAMES = ['all', '80%+', '50-80%', '<50%'];
const llBin = (x: number) => Math.max(-6, x / 2).toFixed(1);
const NAME_MEMO = new Map<number, Named>();

/**
 * Remember the name of feature family f at bin key under f * 1_000_003 + key (bins are small
 * integers, bounded by MAX_DGA_LABEL); callers write `NAME_MEMO.get(k) ?? remember(k, \`…\`)` so
 * the template is only evaluated on a miss.
 */
function remember(k: number, s: string): Named {
  const f = namedFeature(s);
  if (NAME_MEMO.size < 100_000) NAME_MEMO.set(k, f);
  return f;
}

function addNamed(sink: FeatureSink, f: Named, value: number): void {
  sink.add(f.name, value, f.hash);
}
const PUNYCODE_LABEL = namedFeature('punycode label');
const ENGLISH_LIKELIHOOD_VALUE = namedFeature('english likelihood (value)');

/** Hash of the word list (model cards and cache keys). */
export function wordListHash(words: readonly string[]): string {
  return hash32(words.join('\n')).toString(16);
}

/**
 * The word list's table and the tier table in one (`tiers flags | wordOrPrefix flags << A_SHIFT`):
 * the model pack's (src/url/dga-pack.ts), else built on first use (≈ 30 ms) and kept with the
 * tables; null when a table cannot list its keys or a flag does not fit (then the two walks run
 * apart, as before).
 */
const MERGED = new WeakMap<DgaTables, FlagLookup | null>();
export function mergedWordTable(t: DgaTables): FlagLookup | null {
  if (t.merged && t.tiers) return t.merged;
  const hit = MERGED.get(t);
  if (hit !== undefined) return hit;
  const a = t.tiers && sortedOf(t.wordOrPrefix);
  const b = t.tiers && sortedOf(t.tiers.table);
  let out: SortedFlagTable | null = null;
  if (a && b && fitsUnder(a.values, 16 - A_SHIFT) && fitsUnder(b.values, A_SHIFT)) {
    // merge of two sorted key lists (sorting ≈ 350,000 entries by a comparator took 0.7 s)
    const ak = a.keys;
    const bk = b.keys;
    const keys = new Uint32Array(ak.length + bk.length);
    const values = new Uint16Array(keys.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < ak.length && j < bk.length) {
      const ka = ak[i]!;
      const kb = bk[j]!;
      if (ka < kb) {
        keys[n] = ka;
        values[n++] = a.values[i++]! << A_SHIFT;
      } else if (kb < ka) {
        keys[n] = kb;
        values[n++] = b.values[j++]!;
      } else {
        keys[n] = ka;
        values[n++] = (a.values[i++]! << A_SHIFT) | b.values[j++]!;
      }
    }
    for (; i < ak.length; i++, n++) {
      keys[n] = ak[i]!;
      values[n] = a.values[i]! << A_SHIFT;
    }
    for (; j < bk.length; j++, n++) {
      keys[n] = bk[j]!;
      values[n] = b.values[j]!;
    }
    out = new SortedFlagTable(keys.slice(0, n), values.slice(0, n));
  }
  MERGED.set(t, out);
  return out;
}

function fitsUnder(values: Uint16Array, bits: number): boolean {
  for (let i = 0; i < values.length; i++) if (values[i]! >>> bits !== 0) return false;
  return true;
}

/** A table's keys in increasing order (unsigned) with their flags; null if it cannot list them. */
function sortedOf(table: FlagLookup): { keys: Uint32Array; values: Uint16Array } | null {
  if (table instanceof SortedFlagTable) return table.entries();
  if (!table.forEach) return null;
  let count = 0;
  table.forEach(() => count++);
  const keys = new Uint32Array(count);
  let k = 0;
  table.forEach((key) => (keys[k++] = key >>> 0));
  keys.sort();
  const values = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const f = table.flags(keys[i]!);
    if (f > 0xffff) return null;
    values[i] = f;
  }
  return { keys, values };
}
