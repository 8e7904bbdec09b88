/**
 * Brand and lure words of a URL's host as classes, for the phishing-URL model url/4 (issue 17):
 * url/1 learns `host word "paypal"` per brand, so a brand the training feeds rarely imitate carries
 * no weight. These features say "a brand's name, a near-spelling of it or a lure word stands in the
 * host of a site that is not the brand's", whichever brand it is, and so carry over to brands and
 * campaigns the model never saw:
 * - a brand's name as a whole host word, in a subdomain (`paypal.account-check.com`) or in the
 *   registrable label (`paypal-help.com`); brand names that are ordinary words or places (`apple`,
 *   `post`, `canada`) only beside a lure word, as a feature of their own, never glued or misspelt;
 * - a brand's name glued inside a host word (`mfacebook`, `appleidsupport`);
 * - a host word one edit (or one deletion each side) from a brand's name (`steamcomunity`);
 * - a lure word as a host word (`secure.`, `-login`) or glued inside one (`signinverify`);
 * - a brand and a lure word in the host together.
 * Measured and left out (models/url.md): brand words of the path (newsletters' article links on
 * Microsoft or Disney scored higher), a credential word of the path as the cross's lure word, and an
 * ordinary-word brand name (`post`, `canada`) without a lure word beside it.
 * The brand list is the built-in one (src/config/brands.ts), never the user's configuration, so a
 * model scores the features it was trained on. No collection artefact is read: no scheme, TLD,
 * fragment, percent-encoding or hosting platform's name (a platform tenant's own label is its
 * registrable label, as for any site).
 * Per URL this costs a few hash lookups per host word and one trie walk per character, no string
 * built (a naive version with slices is in test/url/url-features-brand.test.ts, and must agree).
 */
import { DEFAULT_BRANDS } from '../config/brands.js';
import { hash32 } from '../ml/index.js';
import { LURE_WORDS } from './lists.js';
import type { ParsedUrl } from './parse.js';
import type { Named } from './url-model.js';

/** Brand names (or labels of brands' domains) that are ordinary words or places, not names. */
export const COMMON_BRAND_WORDS: ReadonlySet<string> = new Set([
  ...['apple', 'orange', 'chase', 'visa', 'ledger', 'kraken', 'steam', 'zoom', 'slack', 'meta'],
  ...['teams', 'outlook', 'prime', 'office', 'live', 'windows', 'bing', 'booking', 'target', 'shell'],
  ...['post', 'mail', 'news', 'drive', 'sign', 'meet', 'trust', 'amazon', 'delta', 'discover'],
  ...['citizens', 'united', 'sky', 'three', 'action', 'canal', 'free', 'magic', 'coin', 'cash'],
  ...['square', 'stripe', 'wise', 'nest', 'home', 'bank', 'line', 'ring', 'mint', 'ally', 'capital'],
  ...['one', 'email', 'emailinfo', 'gov', 'gouv', 'poste', 'canada', 'crypto', 'blockchain', 'force'],
  ...['max', 'celsius', 'phantom', 'stellar', 'ripple', 'exodus', 'hermes', 'otto', 'bahn', 'lido'],
  ...['sony', 'miles', 'medicare', 'tether', 'proton', 'secureserver', 'mygov', 'ameli', 'acrobat'],
  ...['echosign', 'tonline', 'hotmail', 'ymail', 'googlemail', 'gstatic'],
]);

/** Shortest brand name counted when glued inside a longer word (`gmail` in `enigmail` is not). */
export const MIN_GLUED_BRAND = 6;
/** Shortest brand name (and host word) a near-spelling is looked for (`qmail` is not `gmail`). */
export const MIN_NEAR_BRAND = 6;
/** Lure words counted when glued: 4 to 12 letters. */
export const GLUED_LURE = [4, 12] as const;
/** Host words are read up to this many characters. */
export const MAX_HOST_WORD = 30;

/** Brand tokens: whole names (>= 3 letters) → strong (true) or an ordinary word (false). */
export function brandTokens(): Map<string, boolean> {
  const tokens = new Map<string, boolean>();
  const add = (raw: string) => {
    const t = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (t.length < 3 || t.length > 24) return;
    tokens.set(t, !COMMON_BRAND_WORDS.has(t) && t.length >= 4);
  };
  for (const b of DEFAULT_BRANDS) {
    add(b.name);
    for (const a of b.aliases ?? []) add(a);
    const name = b.name.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const d of b.domains) {
      // a domain's label names the brand when it holds the brand's name (appleid, steamcommunity),
      // not when it is a word of its own (email.fidelity…, gov, post)
      const label = d.split('.')[0]!.replace(/-/g, '');
      if (label.includes(name) || name.includes(label)) add(label);
    }
  }
  return tokens;
}

/** The brands' registrable domains (a brand's own host gets no brand feature). */
export function brandDomains(): Set<string> {
  return new Set(DEFAULT_BRANDS.flatMap((b) => b.domains));
}

// Polynomial hash over char codes, mod 2^32 (as in lookalike.ts): a word's hash with one character
// deleted comes from prefix and suffix hashes, without building the string.
const POLY = 0x2f0b3;
function polyHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, POLY) + s.charCodeAt(i)) | 0;
  return h;
}
const POW = new Int32Array(MAX_HOST_WORD + 2);
POW[0] = 1;
for (let i = 1; i < POW.length; i++) POW[i] = Math.imul(POW[i - 1]!, POLY);
const PRE = new Int32Array(MAX_HOST_WORD + 2);
const SUF = new Int32Array(MAX_HOST_WORD + 2);

const EXACT_STRONG = 1;
const EXACT_COMMON = 2;
const EXACT_LURE = 4;
const T_BRAND = 1;
const T_LURE = 2;
/** Trie children per node: a-z, 0-9. */
const ALPHA = 36;
const charIndex = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1);

/**
 * Open-addressing table of int32 keys with a byte value (0: absent). A Map or Set keyed by int32
 * hashes boxes half of them (outside V8's 31-bit small integers): a lookup allocated.
 */
class IntTable {
  private readonly keys: Int32Array;
  private readonly vals: Uint8Array;
  private readonly mask: number;
  constructor(entries: Map<number, number>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.vals = new Uint8Array(size);
    this.mask = size - 1;
    for (const [k, v] of entries) {
      let at = (k ^ (k >>> 15)) & this.mask;
      while (this.vals[at] && this.keys[at] !== k) at = (at + 1) & this.mask;
      this.keys[at] = k;
      this.vals[at]! |= v;
    }
  }
  get(k: number): number {
    let at = (k ^ (k >>> 15)) & this.mask;
    for (;;) {
      const v = this.vals[at]!;
      if (!v || this.keys[at] === k) return v;
      at = (at + 1) & this.mask;
    }
  }
}

interface Tables {
  /** polyHash(word) → EXACT_* bits. */
  exact: IntTable;
  /** polyHash of strong brand tokens of >= MIN_NEAR_BRAND letters and of each of their one-deletions → 1. */
  near: IntTable;
  domains: Set<string>;
  /** Trie of glued brand tokens (T_BRAND at their last node) and lure words (T_LURE). */
  next: Int32Array;
  term: Uint8Array;
}
let TABLES: Tables | null = null;
function tables(): Tables {
  if (TABLES) return TABLES;
  const exact = new Map<number, number>();
  const near = new Map<number, number>();
  const words: [string, number][] = [];
  for (const [t, strong] of brandTokens()) {
    exact.set(polyHash(t), (exact.get(polyHash(t)) ?? 0) | (strong ? EXACT_STRONG : EXACT_COMMON));
    if (!strong) continue;
    if (t.length >= MIN_GLUED_BRAND) words.push([t, T_BRAND]);
    if (t.length >= MIN_NEAR_BRAND) {
      near.set(polyHash(t), 1);
      for (let i = 0; i < t.length; i++) near.set(polyHash(t.slice(0, i) + t.slice(i + 1)), 1);
    }
  }
  for (const w of LURE_WORDS) {
    exact.set(polyHash(w), (exact.get(polyHash(w)) ?? 0) | EXACT_LURE);
    if (w.length >= GLUED_LURE[0] && w.length <= GLUED_LURE[1]) words.push([w, T_LURE]);
  }
  let nodes = 1;
  let next = new Int32Array(64 * ALPHA);
  let term = new Uint8Array(64);
  for (const [w, kind] of words) {
    if (![...w].every((ch) => charIndex(ch.charCodeAt(0)) >= 0)) continue;
    let at = 0;
    for (let i = 0; i < w.length; i++) {
      const k = at * ALPHA + charIndex(w.charCodeAt(i));
      if (!next[k]) {
        if (nodes === term.length) {
          const n2 = new Int32Array(next.length * 2);
          n2.set(next);
          next = n2;
          const t2 = new Uint8Array(term.length * 2);
          t2.set(term);
          term = t2;
        }
        next[k] = nodes++;
      }
      at = next[k]!;
    }
    term[at]! |= kind;
  }
  TABLES = { exact: new IntTable(exact), near: new IntTable(near), domains: brandDomains(), next, term };
  return TABLES;
}

export const enum BrandFlag {
  BrandSub = 1 << 0,
  BrandLabel = 1 << 1,
  GluedBrandHost = 1 << 2,
  NearBrandHost = 1 << 3,
  LureHost = 1 << 4,
  GluedLureHost = 1 << 5,
  /** A brand name that is an ordinary word or place (COMMON_BRAND_WORDS), as a whole host word. */
  CommonBrandHost = 1 << 6,
}

/** One host word text[s, e): its BrandFlag bits. `where`: 0 subdomain, 1 registrable label. */
function hostWord(t: Tables, text: string, s: number, e: number, where: number, own: boolean): number {
  const n = e - s;
  if (n === 3 && text.startsWith('www', s)) return 0;
  let flags = 0;
  PRE[0] = 0;
  for (let i = 0; i < n; i++) PRE[i + 1] = (Math.imul(PRE[i]!, POLY) + text.charCodeAt(s + i)) | 0;
  const exact = t.exact.get(PRE[n]!);
  // glued: a trie walk from every start; a match must be shorter than the word
  let glued = 0;
  if (n >= 6) {
    const want =
      (own || exact & (EXACT_STRONG | EXACT_COMMON) ? 0 : T_BRAND) | (exact & EXACT_LURE ? 0 : T_LURE);
    for (let i = 0; i < n && glued !== want; i++) {
      let at = 0;
      for (let j = i; j < n; j++) {
        const c = charIndex(text.charCodeAt(s + j));
        if (c < 0) break;
        at = t.next[at * ALPHA + c]!;
        if (!at) break;
        if (j - i + 1 < n) glued |= t.term[at]! & want;
      }
    }
  }
  if (!own) {
    if (exact & EXACT_STRONG) flags |= where ? BrandFlag.BrandLabel : BrandFlag.BrandSub;
    else if (exact & EXACT_COMMON) flags |= BrandFlag.CommonBrandHost;
    else if (glued & T_BRAND) flags |= BrandFlag.GluedBrandHost;
    if (!(exact & (EXACT_STRONG | EXACT_COMMON)) && n >= MIN_NEAR_BRAND && n <= 25) {
      let hit = t.near.get(PRE[n]!) !== 0;
      if (!hit) {
        SUF[n] = 0;
        for (let j = n - 1; j >= 0; j--)
          SUF[j] = (Math.imul(text.charCodeAt(s + j), POW[n - 1 - j]!) + SUF[j + 1]!) | 0;
        for (let i = 0; i < n && !hit; i++)
          hit = t.near.get((Math.imul(PRE[i]!, POW[n - 1 - i]!) + SUF[i + 1]!) | 0) !== 0;
      }
      if (hit) flags |= BrandFlag.NearBrandHost;
    }
  }
  if (exact & EXACT_LURE) flags |= BrandFlag.LureHost;
  else if (glued & T_LURE) flags |= BrandFlag.GluedLureHost;
  return flags;
}

function scanHost(t: Tables, text: string, where: number, own: boolean): number {
  let flags = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c !== 46 && c !== 45 && c !== 95) continue;
    if (i > start) flags |= hostWord(t, text, start, Math.min(i, start + MAX_HOST_WORD), where, own);
    start = i + 1;
  }
  return flags;
}

/** BrandFlag bits of a parsed URL's host (0 for IP hosts). */
export function brandFlags(p: ParsedUrl): number {
  if (p.ip) return 0;
  const t = tables();
  const own = p.registrableDomain !== null && t.domains.has(p.registrableDomain);
  let flags = 0;
  if (p.registrableDomain && p.subdomain) flags |= scanHost(t, p.subdomain, 0, own);
  if (p.label) flags |= scanHost(t, p.label, 1, own);
  else {
    const dot = p.host.indexOf('.');
    flags |= scanHost(t, dot < 0 ? p.host : p.host.slice(0, dot), 1, own);
  }
  return flags;
}

export interface BrandSink {
  add(name: string, value: number, hash: number): void;
}

/** The url/4 brand and lure-word features of a URL's host, in a fixed order. */
export function emitBrandFeatures(p: ParsedUrl, out: BrandSink): void {
  const flags = brandFlags(p);
  if (!flags) return;
  for (let b = 0; b < BRAND_FEATURES.length; b++)
    if (flags & (1 << b)) out.add(BRAND_FEATURES[b]!.name, 1, BRAND_FEATURES[b]!.hash);
  const brand =
    BrandFlag.BrandSub | BrandFlag.BrandLabel | BrandFlag.GluedBrandHost | BrandFlag.NearBrandHost;
  const lure = BrandFlag.LureHost | BrandFlag.GluedLureHost;
  if (flags & brand && flags & lure) out.add(BRAND_AND_LURE.name, 1, BRAND_AND_LURE.hash);
  // an ordinary-word brand name counts only beside a lure word (`apple-id-verify.com`, not
  // `post-gazette.com`), as the lookalike rules read them; after the cross, the order measured
  if (flags & BrandFlag.CommonBrandHost && flags & lure) out.add(COMMON_BRAND.name, 1, COMMON_BRAND.hash);
}

const named = (name: string): Named => ({ name, hash: hash32(name) });
export const COMMON_BRAND = named(
  "common-word brand name beside a lure word in the host (not the brand's domain)",
);
/** Feature names by BrandFlag bit. */
export const BRAND_FEATURES: readonly Named[] = [
  "brand name in a subdomain (not the brand's domain)",
  "brand name in the registrable label (not the brand's domain)",
  'brand name glued inside a host word',
  'host word one edit from a brand name',
  'lure word in the host',
  'lure word glued inside a host word',
].map(named);
export const BRAND_AND_LURE = named('brand name and lure word in the host');
