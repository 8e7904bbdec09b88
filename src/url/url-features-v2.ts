/**
 * Features of the phishing-URL model url/2: url/1's words and rule signals (src/url/url-model.ts)
 * plus features that carry over to hosts and campaigns the model never saw:
 * - the domain model's generated-name score of the host (random-looking hosts of throw-away
 *   phishing domains), binned; the `domain.dga` signal itself stays out (it is that score cut at
 *   one threshold, and the verdict joins it separately);
 * - character 4-grams of the path (URLNet's observation: kit paths such as `/wp-includes/`,
 *   `/signin/v2/` and random tokens share substrings across campaigns where whole words do not);
 * - the path's shape: segment count, longest segment, digit share, random-looking segments;
 * - the host's word structure: how many words, the longest, whether a hyphen glues them.
 * Left out for the same reasons as url/1: scheme, TLD, fragment, percent-encoding, hosting-platform
 * suffixes (collection artefacts of the training data, see the urls README).
 * KEEP IN SYNC: training (`trainUrlModel`) and scoring (`workUrl`) both call `urlFeaturesV2` when
 * the model's meta.features starts with `url/2`.
 */
import type { Signal } from '../core/index.js';
import { fmix32, FNV_OFFSET, FNV_PRIME, hash32, type LinearModel } from '../ml/index.js';
import type { ParsedUrl } from './parse.js';
import { FREE_HOSTING_SET, hostMatchesSet } from './lists.js';
import { emitUrlFeatures, urlFeatures, type Named } from './url-model.js';
import { emitBrandFeatures } from './url-features-brand.js';

export const URL_FEATURES_V2 =
  'url/2: url/1 (host words and character 3-grams without public or hosting suffix, host length/digits/hyphens/depth, path words, file type, query keys, rule signals except free_hosting, suspicious_tld and domain.dga) plus the domain model score of the host (binned), path character 4-grams (digits read as 0), host character 4-grams (no public suffix), path shape (segments, longest segment, digit share, random-looking segments, length), query length and whether a value is a long encoded token (not whether it holds an email address) and host word structure; no scheme, TLD, fragment or percent-encoding';

export const URL_FEATURES_V4 =
  "url/4: url/2 plus brand and lure words of the host as classes (a built-in brand name as a subdomain or registrable-label word, glued inside a host word, or one edit from a host word, on hosts that are not the brand's; an ordinary-word brand name beside a lure word; a lure word as or inside a host word; brand and lure together); no brand word of the path";

/** Whether a model was trained on url/2 features (url/2, or url/4: url/2 plus the host's brand words). */
export function isUrlV2(meta: Record<string, unknown>): boolean {
  return (
    typeof meta.features === 'string' &&
    (meta.features.startsWith('url/2') || meta.features.startsWith('url/4'))
  );
}

/** Whether a model was trained on url/4 features (url/2 followed by src/url/url-features-brand.ts). */
export function isUrlV4(meta: Record<string, unknown>): boolean {
  return typeof meta.features === 'string' && meta.features.startsWith('url/4');
}

const MAX_PATH_GRAMS = 96;

function bin(x: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return i;
}

/**
 * Where url/2 features go: named (training, explanations: {@link urlFeaturesV2}) or summed into a
 * margin with the 4-grams hashed in place ({@link urlMarginV2}). One walk feeds both, in the same
 * order, so the two margins are the same sum to the last bit.
 */
interface V2Sink {
  /** `hash`: hash32(name), when the name is one of the memoised ones below (a hashing sink skips it). */
  add(name: string, value: number, hash?: number): void;
  /**
   * The features `<prefix>"<text.slice(from, from + 4)>"` (prefix `path chars ` or `host 4-chars `)
   * for `from` = 0 … count - 1, in that order: a run, so a hashing sink can read all its weights in
   * one tight loop (independent cache misses overlap; one weight read per gram was the most
   * expensive line of a URL verdict).
   */
  grams(kind: GramKind, text: string, count: number, value: number): void;
}
const enum GramKind {
  Path = 0,
  Host = 1,
  /** url/1's host 3-grams (`host chars "abc"`), hashed in place when scoring (emitUrlFeatures). */
  Host3 = 2,
}
const GRAM_PREFIX = ['path chars "', 'host 4-chars "', 'host chars "'] as const;
/** Characters per gram, by kind. */
const GRAM_LEN = [4, 4, 3] as const;

/**
 * url/2 features. `hostDga`: the domain model's probability for the host (null or undefined when
 * no domain model is loaded or the host is an IP literal: the feature is then absent). `brand`:
 * url/4, the host's brand and lure words (url-features-brand.ts) after them.
 */
export function urlFeaturesV2(
  p: ParsedUrl,
  signals: readonly Signal[],
  hostDga: number | null | undefined,
  names: string[] = [],
  values: number[] = [],
  brand = false,
): { names: string[]; values: number[] } {
  urlFeatures(
    p,
    signals.filter((s) => s.id !== 'domain.dga'),
    names,
    values,
  );
  walkV2(p, hostDga, {
    add(name, v) {
      names.push(name);
      values.push(v);
    },
    grams(kind, text, count, v) {
      for (let from = 0; from < count; from++) {
        names.push(`${GRAM_PREFIX[kind]}${text.slice(from, from + GRAM_LEN[kind])}"`);
        values.push(v);
      }
    },
  });
  if (brand)
    emitBrandFeatures(p, {
      add(name, v) {
        names.push(name);
        values.push(v);
      },
    });
  return { names, values };
}

// FNV-1a state after each gram prefix: a gram's hash continues from it with 4 characters and `"`
const GRAM_STATE = GRAM_PREFIX.map((prefix) => {
  let h = FNV_OFFSET;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), FNV_PRIME);
  return h;
});
const QUOTE = 34;

/**
 * The url/2 model's log-odds without a name per 4-gram: equal, bit for bit, to
 * `fastMargin(model, ...urlFeaturesV2(p, signals, hostDga))` (same features, same order, same
 * hash: KEEP IN SYNC with hash32 in src/ml/hash.ts; test/url/url-features-v2.test.ts checks it).
 * The 4-grams were most of url/2's cost: up to 96 path and 60 host names built and hashed whole.
 */
export function urlMarginV2(
  model: LinearModel,
  p: ParsedUrl,
  signals: readonly Signal[],
  hostDga: number | null | undefined,
  brand = false,
): number {
  const w = model.weights;
  const mask = (1 << model.bits) - 1;
  const signed = model.signed;
  let s = model.bias;
  const addHash = (h: number, v: number) => {
    const wi = w[h & mask]!;
    s += signed && h >>> 31 === 1 ? -wi * v : wi * v;
  };
  const grams = (kind: GramKind, text: string, count: number, v: number) => {
    readGramWeights(w, mask, kind, text, count);
    // added in order, each term as addHash computes it: the same sum to the last bit
    for (let i = 0; i < count; i++) {
      const wi = RUN_W[i]!;
      s += signed && RUN_H[i]! >>> 31 === 1 ? -wi * v : wi * v;
    }
  };
  // url/1's features first, its host 3-grams hashed in place (no name per gram), domain.dga left out
  emitUrlFeatures(
    p,
    signals,
    {
      add(name, v, hash) {
        addHash(hash ?? hash32(name), v);
      },
      hostGrams(text, count, v) {
        grams(GramKind.Host3, text, count, v);
      },
    },
    'domain.dga',
  );
  walkV2(p, hostDga, {
    add(name, v, hash) {
      addHash(hash ?? hash32(name), v);
    },
    grams,
  });
  if (brand) emitBrandFeatures(p, { add: (_name, v, hash) => addHash(hash, v) });
  return s;
}

/**
 * {@link urlMarginV2} plus each feature's contribution to it, by name, for a verdict's explanation:
 * every named feature's, and of the 4-grams only the `keepGrams` largest positive ones (and any
 * within 0.001 of the last kept), whose names alone are built. Equal, for every entry it holds and
 * the margin, to `contributions(model, ...urlFeaturesV2(…))` (same sums in the same order), so the
 * verdict's top features are the same as with every name built; a gram left out cannot be among
 * them, `keepGrams` larger ones rank before it.
 */
export function urlExplainV2(
  model: LinearModel,
  p: ParsedUrl,
  signals: readonly Signal[],
  hostDga: number | null | undefined,
  keepGrams: number,
  brand = false,
): { margin: number; contributions: Map<string, number> } {
  const w = model.weights;
  const mask = (1 << model.bits) - 1;
  const signed = model.signed;
  let s = model.bias;
  const named = new Map<string, number>();
  // same name, same hash (the gram's name is its prefix and text): summed by hash, in order, in
  // the scratch arrays below (an object and a map entry per gram were a tenth of a URL verdict)
  let count = 0;
  const slots = gramSlots(G_HASH.length * 4);
  const smask = slots.length - 1;
  const addNamed = (name: string, v: number, hash?: number) => {
    const h = hash ?? hash32(name);
    const wi = w[h & mask]!;
    const c = signed && h >>> 31 === 1 ? -wi * v : wi * v;
    s += c;
    named.set(name, (named.get(name) ?? 0) + c);
  };
  const grams = (kind: GramKind, text: string, count: number, v: number) => {
    readGramWeights(w, mask, kind, text, count);
    for (let i = 0; i < count; i++) gram(kind, text, i, RUN_H[i]!, RUN_W[i]!, v);
  };
  const gram = (kind: GramKind, text: string, from: number, h: number, wi: number, v: number) => {
    const c = signed && h >>> 31 === 1 ? -wi * v : wi * v;
    s += c;
    let at = (h ^ (h >>> 13)) & smask;
    for (;;) {
      const e = slots[at]!;
      if (e === 0) break;
      if (G_HASH[e - 1] === (h | 0)) {
        G_C[e - 1] = G_C[e - 1]! + c;
        return;
      }
      at = (at + 1) & smask;
    }
    if (count === G_HASH.length) {
      slots.fill(0); // unreachable by the bounds below; leave the scratch clean regardless
      throw new RangeError('more url/2 grams than MAX_GRAMS');
    }
    G_HASH[count] = h | 0;
    G_C[count] = c;
    G_KIND[count] = kind;
    G_FROM[count] = from;
    G_TEXT[count] = text;
    slots[at] = ++count;
  };
  // url/1's host 3-grams join the 4-grams: named only when they can be among the top features
  emitUrlFeatures(
    p,
    signals,
    {
      add: addNamed,
      hostGrams(text, count, v) {
        grams(GramKind.Host3, text, count, v);
      },
    },
    'domain.dga',
  );
  walkV2(p, hostDga, { add: addNamed, grams });
  if (brand) emitBrandFeatures(p, { add: addNamed });
  // the grams with a positive sum at least the keepGrams-th largest's less 0.001 get a name
  let positive = 0;
  for (let i = 0; i < count; i++) if (G_C[i]! > 0) G_SORT[positive++] = G_C[i]!;
  let floor = -Infinity;
  if (positive > keepGrams) {
    const sorted = G_SORT.subarray(0, positive).sort();
    floor = sorted[positive - keepGrams]! - 0.001;
  }
  for (let i = 0; i < count; i++) {
    const c = G_C[i]!;
    if (!(c > 0) || c < floor) continue;
    const kind = G_KIND[i]! as GramKind;
    const from = G_FROM[i]!;
    named.set(`${GRAM_PREFIX[kind]}${G_TEXT[i]!.slice(from, from + GRAM_LEN[kind])}"`, c);
  }
  slots.fill(0);
  G_TEXT.fill('', 0, count);
  return { margin: s, contributions: named };
}

/**
 * Scratch of urlExplainV2's grams (single-threaded; cleared after each URL). At most 96 path
 * 4-grams, 61 host 4-grams and 62 host 3-grams: MAX_GRAMS leaves room.
 */
const MAX_GRAMS = 256;
const G_HASH = new Int32Array(MAX_GRAMS);
const G_C = new Float64Array(MAX_GRAMS);
const G_SORT = new Float64Array(MAX_GRAMS);
const G_KIND = new Uint8Array(MAX_GRAMS);
const G_FROM = new Int32Array(MAX_GRAMS);
const G_TEXT: string[] = new Array<string>(MAX_GRAMS).fill('');
let SLOTS: Int32Array | null = null;
/** The open-addressing index (entry + 1 by hash slot), all zero between calls. */
function gramSlots(size: number): Int32Array {
  return (SLOTS ??= new Int32Array(size));
}

/** Hashes (RUN_H) and weights (RUN_W) of a run of grams (single-threaded scratch; a run is at most 99 grams). */
const RUN_H = new Int32Array(128);
const RUN_W = new Float64Array(128);

/**
 * The hashes of the grams `from` = 0 … count - 1 of `text` into RUN_H, then their weights into
 * RUN_W in a loop of loads alone: the table (2^18 floats) is mostly out of cache, and reads that do
 * not wait on each other overlap.
 */
function readGramWeights(w: Float32Array, mask: number, kind: GramKind, text: string, count: number): void {
  const len = GRAM_LEN[kind];
  const state = GRAM_STATE[kind]!;
  for (let from = 0; from < count; from++) {
    let h = state;
    for (let i = from, end = from + len; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    RUN_H[from] = fmix32(Math.imul(h ^ QUOTE, FNV_PRIME));
  }
  for (let i = 0; i < count; i++) RUN_W[i] = w[RUN_H[i]! & mask]!;
}

/** The features url/2 adds to url/1's, in order. */
function walkV2(p: ParsedUrl, hostDga: number | null | undefined, out: V2Sink): void {
  const push = (f: Named, v = 1) => out.add(f.name, v, f.hash);
  if (hostDga !== null && hostDga !== undefined && Number.isFinite(hostDga)) {
    const b = Math.min(9, Math.floor(hostDga * 10));
    push(DGA_BINS[b]!);
    push(DGA_VALUE, hostDga);
  }
  // path character 4-grams (lower case, the first MAX_PATH_GRAMS positions)
  const path = p.pathname.length > 512 ? p.pathname.slice(0, 512).toLowerCase() : p.pathname.toLowerCase();
  if (path.length >= 5) {
    // every digit reads as 0: a year in a path (`/2007/`) says when a list was collected (benign mail
    // links of 2002-2007 carry them, 10 % of them; phishing of 2013-2024 almost never), not what a URL is
    const cut = path.length > MAX_PATH_GRAMS + 3 ? path.slice(0, MAX_PATH_GRAMS + 3) : path;
    const text = /[0-9]/.test(cut) ? cut.replace(/[0-9]/g, '0') : cut;
    const n = text.length - 3;
    const g = 0.5 / Math.sqrt(n);
    out.grams(GramKind.Path, text, n, g);
  }
  const segs = path.split('/').filter(Boolean);
  push(PATH_SEGMENTS[Math.min(segs.length, 8)]!);
  let longest = 0;
  let randomSegs = 0;
  for (const s of segs) {
    if (s.length > longest) longest = s.length;
    // a long segment mixing letters and digits with no vowel run: a session or campaign token
    if (s.length >= 12 && /[0-9]/.test(s) && /[a-z]/.test(s) && !/[aeiou]{2}/.test(s)) randomSegs++;
  }
  push(LONGEST_SEGMENT[bin(longest, [4, 8, 12, 20, 32, 64])]!);
  if (randomSegs) push(RANDOM_SEGMENTS[Math.min(randomSegs, 3)]!);
  let digits = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (path.length > 1) push(PATH_DIGIT_SHARE[bin(digits / path.length, [0.01, 0.1, 0.25, 0.5])]!);
  push(PATH_LENGTH[bin(path.length, [2, 8, 16, 32, 64, 128, 256])]!);
  if (p.search) {
    const q = p.search.length > 2048 ? p.search.slice(0, 2048) : p.search;
    push(QUERY_LENGTH[bin(q.length, [8, 16, 32, 64, 128, 256, 512])]!);
    // what the values carry (an encoded blob), not the values themselves. Not whether a value holds
    // an e-mail address: in the training data that is a collection artefact, not a lure. The benign
    // rows outside mail are crawled pages, which never carry a recipient (0 of 48,513), while the
    // feeds' phishing carries its victims' (1.25 %); so it was learnt as phishing (weight 2.4, and a
    // newsletter's `?reader=<subscriber>` link scored 0.96), yet in the dev mail it is 1 % of benign
    // newsletter links against 2-3 % of phishing mail's (models/url.md, "Addresses in links")
    if (/=[A-Za-z0-9+/_-]{40,}={0,2}(?:&|$)/.test(q)) push(ENCODED_TOKEN);
  }
  // host character 4-grams (of the host words, as the 3-grams of url/1)
  if (!p.ip) {
    // as url/1's host words: without a hosting platform's own name (weebly, pages.dev … are nearly
    // phishing-only in the data, a collection artefact) and without the public suffix
    const platform = hostMatchesSet(p.host, FREE_HOSTING_SET);
    let hostPart = p.host;
    if (platform && hostPart.endsWith(`.${platform}`)) hostPart = hostPart.slice(0, -platform.length - 1);
    else if (platform && hostPart === platform) hostPart = '';
    else if (p.publicSuffix && hostPart.endsWith(`.${p.publicSuffix}`))
      hostPart = hostPart.slice(0, -p.publicSuffix.length - 1);
    if (hostPart.startsWith('www.')) hostPart = hostPart.slice(4);
    const text = hostPart.length > 64 ? hostPart.slice(0, 64) : hostPart;
    if (text.length >= 4) {
      const g4 = 0.5 / Math.sqrt(text.length - 3);
      out.grams(GramKind.Host, text, text.length - 3, g4);
    }
  }
  if (!p.ip && p.registrableDomain) {
    // the first label and its hyphen-separated parts, counted without splitting
    const rd = p.registrableDomain;
    const dot = rd.indexOf('.');
    const labelLength = dot < 0 ? rd.length : dot;
    let parts = 0;
    for (let i = 0; i < labelLength; i++)
      if (rd.charCodeAt(i) !== 45 && (i === 0 || rd.charCodeAt(i - 1) === 45)) parts++;
    push(LABEL_PARTS[Math.min(parts, 4)]!);
    push(LABEL_LENGTH[bin(labelLength, [4, 7, 10, 14, 20, 30])]!);
  }
}

/** Feature names of walkV2's bins, with their hash32 (built once, not per URL). */
const named = (name: string): Named => ({ name, hash: hash32(name) });
const bins = (count: number, name: (i: number) => string): Named[] =>
  Array.from({ length: count }, (_, i) => named(name(i)));
const DGA_BINS = bins(10, (b) => `host generated-name score ${b / 10}-${(b + 1) / 10}`);
const DGA_VALUE = named('host generated-name score (value)');
const PATH_SEGMENTS = bins(9, (i) => `path segments ${i}`);
const LONGEST_SEGMENT = bins(7, (i) => `longest path segment ${i}`);
const RANDOM_SEGMENTS = bins(4, (i) => `random-looking path segments ${i}`);
const PATH_DIGIT_SHARE = bins(5, (i) => `path digit share ${i}`);
const PATH_LENGTH = bins(8, (i) => `path length ${i}`);
const QUERY_LENGTH = bins(8, (i) => `query length ${i}`);
const ENCODED_TOKEN = named('query value holds a long encoded token');
const LABEL_PARTS = bins(5, (i) => `registrable label parts ${i}`);
const LABEL_LENGTH = bins(7, (i) => `registrable label length ${i}`);
