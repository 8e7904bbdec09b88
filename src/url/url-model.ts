/**
 * Lexical features of a URL for the phishing-URL model, and the signal it fires. Deliberately
 * left out, because they are collection artefacts of the training data (see the urls README):
 * the scheme and URL shape (matched by construction), the fragment and percent-encoding (differ
 * by source), the TLD (era mismatch: post-2020 TLDs are phishing-only there) and the name of a
 * hosting platform's suffix (pages.dev, r2.dev … are nearly phishing-only in the data but mostly
 * legitimate in real traffic). Rule signals enter as `rule: <id>` features, except the
 * free-hosting and TLD rules, for the same reason.
 * KEEP IN SYNC: training (`src/train/linear.ts`) and scoring both call `urlFeatures`.
 */
import { defineSignal } from '../core/index.js';
import { hash32 } from '../ml/index.js';
import type { Signal } from '../core/index.js';
import { FREE_HOSTING_SET, hostMatchesSet } from './lists.js';
import type { ParsedUrl } from './parse.js';

export const URL_MODEL_PHISHING = defineSignal({
  id: 'url.model.phishing',
  category: 'phishing',
  severity: 'medium',
  summary:
    "The phishing-URL model scores this URL's words and shape at or above the suspicious threshold: low up to the midpoint of the suspicious and malicious thresholds, medium above it, high at or above the malicious one",
  confirms: false,
});

/**
 * Rule signals the URL model does not read: artefacts of the training data (free hosting, abused
 * TLDs), and rules added after the shipped url/2 was trained, which it never saw.
 */
export const UNLEARNED_RULES: ReadonlySet<string> = new Set([
  'url.host.free_hosting',
  'url.host.suspicious_tld',
  // added after url/2 was trained: a rule it never saw would only land on whatever bucket its name
  // hashes to (the host's digits and the query's words it reads already)
  'url.host.ip_in_name',
  'url.query.oauth_consent',
]);

const MAX_TOKENS = 40;

function bin(x: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return i;
}

/**
 * Where url/1 features go, in order: named (training, {@link urlFeatures}) or hashed into a margin
 * (url/2 scoring, src/url/url-features-v2.ts), which hashes the host 3-grams in place instead of
 * building a name per gram. One walk feeds both, so the two see the same features in the same order.
 */
export interface UrlFeatureSink {
  /** `hash`: hash32(name), when the name is one of the memoised ones below (a hashing sink skips it). */
  add(name: string, value: number, hash?: number): void;
  /** The features `host chars "<text.slice(from, from + 3)>"` for `from` = 0 … count - 1, in that order. */
  hostGrams(text: string, count: number, value: number): void;
}

export function urlFeatures(
  p: ParsedUrl,
  signals: readonly Signal[],
  names: string[] = [],
  values: number[] = [],
): { names: string[]; values: number[] } {
  emitUrlFeatures(p, signals, {
    add(name, v) {
      names.push(name);
      values.push(v);
    },
    hostGrams(text, count, v) {
      for (let from = 0; from < count; from++) {
        names.push(`host chars "${text.slice(from, from + 3)}"`);
        values.push(v);
      }
    },
  });
  return { names, values };
}

/**
 * The url/1 features of {@link urlFeatures} into a sink. `skipSignal`: a signal id left out as if
 * filtered from `signals` beforehand (url/2 leaves out `domain.dga`), without a filtered copy.
 */
export function emitUrlFeatures(
  p: ParsedUrl,
  signals: readonly Signal[],
  out: UrlFeatureSink,
  skipSignal?: string,
): void {
  const push = (name: string, v = 1) => out.add(name, v);
  const pushNamed = (f: Named) => out.add(f.name, 1, f.hash);
  // host words, without the public suffix and without a hosting platform's own name
  const platform = hostMatchesSet(p.host, FREE_HOSTING_SET);
  let hostPart = p.ip ? '' : p.host;
  if (platform && hostPart.endsWith(`.${platform}`)) hostPart = hostPart.slice(0, -platform.length - 1);
  else if (p.publicSuffix && hostPart.endsWith(`.${p.publicSuffix}`))
    hostPart = hostPart.slice(0, -p.publicSuffix.length - 1);
  if (hostPart.startsWith('www.')) hostPart = hostPart.slice(4);
  const hostTokens = hostPart
    .split(/[.\-_]+/)
    .filter(Boolean)
    .slice(0, MAX_TOKENS);
  for (const t of hostTokens) push(`host word "${t.length > 24 ? `${t.slice(0, 24)}…` : t}"`, 0.5);
  // character 3-grams of the host words: random-looking or brand-bearing names in new hosts
  const joined = hostTokens.join('.');
  if (joined.length >= 3) {
    const text = joined.length > 64 ? joined.slice(0, 64) : joined;
    const g = 0.5 / Math.sqrt(text.length - 2);
    out.hostGrams(text, text.length - 2, g);
  }
  if (p.ip) pushNamed(IP_HOST);
  const hostLen = p.host.length;
  pushNamed(HOST_LENGTH[bin(hostLen, [8, 12, 16, 20, 25, 30, 40, 55])]!);
  let hd = 0;
  let hh = 0;
  for (let i = 0; i < p.host.length; i++) {
    const c = p.host.charCodeAt(i);
    if (c >= 48 && c <= 57) hd++;
    else if (c === 45) hh++;
  }
  pushNamed(HOST_DIGITS[bin(hd, [1, 2, 4, 7])]!);
  pushNamed(HOST_HYPHENS[Math.min(hh, 4)]!);
  pushNamed(SUBDOMAIN_LABELS[Math.min(p.subdomainDepth, 5)]!);
  // path and query words
  const path = p.pathname.length > 2048 ? p.pathname.slice(0, 2048) : p.pathname;
  const segs = path.split('/').filter(Boolean);
  const words = path
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && t.length <= 30)
    .slice(0, MAX_TOKENS);
  const seen = new Set<string>();
  for (const w of words) {
    const key = /^\d+$/.test(w) ? '<number>' : /^[0-9a-f]{12,}$/.test(w) ? '<hex>' : w;
    if (seen.has(key)) continue;
    seen.add(key);
    push(`path word "${key}"`, 0.5);
  }
  const last = segs[segs.length - 1] ?? '';
  const ext = /\.([a-z0-9]{1,5})$/i.exec(last)?.[1]?.toLowerCase();
  if (ext) push(`file type .${ext}`);
  if (path.includes('//')) push('path contains //');
  if (path.includes('@')) push('path contains @');
  if (/\.(com|net|org)[/.-]/i.test(path)) push('path contains a domain name');
  if (/~/.test(path)) push('path contains ~');
  if (p.search) {
    const q = p.search.length > 2048 ? p.search.slice(0, 2048) : p.search;
    const keys = new Set<string>();
    for (const part of q.slice(1).split('&')) {
      // `amp;key`: an HTML-escaped `&amp;` left in a feed's URL (phishing feeds copy hrefs raw), never
      // in a link a parser read from mail; as a feature it would say how the row was collected
      const k = part
        .split('=')[0]!
        .toLowerCase()
        .replace(/^(?:amp;)+/, '');
      if (k && k.length <= 24 && keys.size < 20) keys.add(k);
    }
    for (const k of keys) push(`query key "${k}"`, 0.5);
    pushNamed(QUERY_PARAMETERS[Math.min(keys.size, 5)]!);
    if (/=(https?%3a|https?:)/i.test(q)) push('query carries a URL');
  }
  if (p.port) push('explicit port');
  for (const s of signals) {
    if (UNLEARNED_RULES.has(s.id) || s.id === skipSignal) continue;
    pushNamed(RULE_NAMES.get(s.id) ?? ruleName(s.id));
  }
}

/** A feature name with its hash32, built once (the hot path then builds and hashes no string). */
export interface Named {
  readonly name: string;
  readonly hash: number;
}
const named = (name: string): Named => ({ name, hash: hash32(name) });
const bins = (count: number, name: (i: number) => string): Named[] =>
  Array.from({ length: count }, (_, i) => named(name(i)));
const IP_HOST = named('host is an IP address');
const HOST_LENGTH = bins(9, (i) => `host length ${i}`);
const HOST_DIGITS = bins(5, (i) => `host digits ${i}`);
const HOST_HYPHENS = bins(5, (i) => `host hyphens ${i}`);
const SUBDOMAIN_LABELS = bins(6, (i) => `subdomain labels ${i}`);
const QUERY_PARAMETERS = bins(6, (i) => `query parameters ${i}`);
/** `rule: <id>` by signal id (ids come from the fixed set of defined signals). */
const RULE_NAMES = new Map<string, Named>();
function ruleName(id: string): Named {
  const f = named(`rule: ${id}`);
  if (RULE_NAMES.size < 10_000) RULE_NAMES.set(id, f);
  return f;
}
