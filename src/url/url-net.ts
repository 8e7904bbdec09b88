/**
 * Inputs of a character network over a URL (src/ml/charnet.ts; issue 17, a URLNet-like candidate
 * beside the hashed linear url/2): hashed character 3- and 4-grams and whole words of three fields,
 * each field salted so a gram of the host is not the same token as that gram in the path:
 * - the host without public suffix, hosting platform's own name and `www.` (as url/2's host grams);
 * - the path, lower case, the first 99 characters, every digit read as 0 (as url/2's path grams);
 * - the query's key names (lower case, digits as 0, `&`-joined, at most 64 characters); no values.
 * And URL_NET_DENSE shape numbers (lengths, shares, the domain model's score of the host). No
 * scheme, TLD, fragment or query value: the same collection artefacts url/2 leaves out.
 * KEEP IN SYNC: the comparison (scripts/url-compare.mjs) and any scorer call these two functions.
 */
import { fmix32, FNV_OFFSET, FNV_PRIME } from '../ml/index.js';
import { FREE_HOSTING_SET, hostMatchesSet } from './lists.js';
import type { ParsedUrl } from './parse.js';

export const URL_NET_DENSE_NAMES = [
  'host generated-name score',
  'host generated-name score absent',
  'host length',
  'host digit share',
  'host hyphens',
  'subdomain labels',
  'host is an IP address',
  'path length',
  'path segments',
  'longest path segment',
  'path digit share',
  'query length',
  'query keys',
  'query value holds a long encoded token',
  'explicit port',
] as const;
export const URL_NET_DENSE = URL_NET_DENSE_NAMES.length;
/** Most tokens of one URL (grams and words of the three clipped fields stay below it). */
export const URL_NET_MAX_TOKENS = 512;

const MAX_HOST = 64;
const MAX_PATH = 99;
const MAX_KEYS = 64;
const enum Field {
  Host = 1,
  Path = 2,
  Keys = 3,
}

/** The host part url/2's host grams read: no public suffix, no hosting platform name, no www. */
export function urlNetHost(p: ParsedUrl): string {
  if (p.ip) return '';
  const platform = hostMatchesSet(p.host, FREE_HOSTING_SET);
  let h = p.host;
  if (platform && h.endsWith(`.${platform}`)) h = h.slice(0, -platform.length - 1);
  else if (platform && h === platform) h = '';
  else if (p.publicSuffix && h.endsWith(`.${p.publicSuffix}`)) h = h.slice(0, -p.publicSuffix.length - 1);
  if (h.startsWith('www.')) h = h.slice(4);
  return h.length > MAX_HOST ? h.slice(0, MAX_HOST) : h;
}

const DIGIT = /[0-9]/;
const DIGITS = /[0-9]/g;
const zeroDigits = (s: string) => (DIGIT.test(s) ? s.replace(DIGITS, '0') : s);

const RUN = /[A-Za-z0-9]{8,}/g;
/**
 * A run of 8+ letters and digits that mixes letters with digits, or has 3+ capitals after its first
 * letter among 3+ small ones (`nBNJ50TcLcT0SxT0IU1b0EG`, `khJCfXBEGIBermvXPgV`): a session, tracking
 * or campaign token. Words (`Raspberry`, `MyAccountLogin`) and numbers (`0140248951`) are not.
 */
function opaqueRun(r: string): boolean {
  let digits = 0;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c <= 57) digits++;
    else if (c <= 90) upper += i > 0 ? 1 : 0;
    else lower++;
  }
  return (digits > 0 && digits < r.length) || (upper >= 3 && lower >= 3);
}

/**
 * The path as the network reads it (lower case, clipped, digits as 0). `opaque`: every token-like
 * run (see opaqueRun) reads as `*`, so the network learns that a token is there, not its characters
 * (a tracking link's token and a phishing kit's share no grams but the token's place).
 */
export function urlNetPath(p: ParsedUrl, opaque = false): string {
  let path = p.pathname.length > MAX_PATH ? p.pathname.slice(0, MAX_PATH) : p.pathname;
  if (opaque) path = path.replace(RUN, (r) => (opaqueRun(r) ? '*' : r));
  return zeroDigits(path.toLowerCase());
}

/** The query's key names, `&`-joined (lower case, digits as 0, `amp;` left by feeds removed). */
export function urlNetKeys(p: ParsedUrl): string {
  if (!p.search) return '';
  const q = p.search.length > 2048 ? p.search.slice(0, 2048) : p.search;
  let out = '';
  for (const part of q.slice(1).split('&')) {
    const eq = part.indexOf('=');
    const k = (eq < 0 ? part : part.slice(0, eq)).toLowerCase().replace(/^(?:amp;)+/, '');
    if (!k || k.length > 24) continue;
    const next = out ? `${out}&${k}` : k;
    if (next.length > MAX_KEYS) break;
    out = next;
  }
  return zeroDigits(out);
}

/** 3- and 4-grams of `^text$` salted by field, then its words (runs of letters and digits, 2-30). */
function fieldTokens(text: string, field: Field, mask: number, out: Int32Array, k: number): number {
  if (!text) return k;
  const n = text.length + 2;
  const salt = Math.imul(FNV_OFFSET ^ field, FNV_PRIME);
  for (let i = 0; i + 3 <= n; i++) {
    let h = salt;
    for (let g = 1; g <= 4 && i + g <= n; g++) {
      const p = i + g - 1;
      const c = p === 0 ? 94 : p === n - 1 ? 36 : text.charCodeAt(p - 1);
      h = Math.imul(h ^ c, FNV_PRIME);
      if (g < 3) continue;
      if (k >= out.length) return k;
      out[k++] = fmix32(h ^ g) & mask;
    }
  }
  let h = Math.imul(salt ^ 0x77, FNV_PRIME);
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128) {
      h = Math.imul(h ^ c, FNV_PRIME);
      len++;
      continue;
    }
    if (len >= 2 && len <= 30) {
      if (k >= out.length) return k;
      out[k++] = fmix32(h ^ 0x5bd1e995) & mask;
    }
    h = Math.imul(salt ^ 0x77, FNV_PRIME);
    len = 0;
  }
  return k;
}

/**
 * Token ids (embedding rows, `buckets` a power of two) of the URL into `out`; returns the count.
 * `opaque`: path tokens as `*` (urlNetPath).
 */
export function urlNetTokens(p: ParsedUrl, buckets: number, out: Int32Array, opaque = false): number {
  const mask = buckets - 1;
  let k = fieldTokens(urlNetHost(p), Field.Host, mask, out, 0);
  k = fieldTokens(urlNetPath(p, opaque), Field.Path, mask, out, k);
  return fieldTokens(urlNetKeys(p), Field.Keys, mask, out, k);
}

const lengthScale = (x: number, full: number) => Math.log1p(x) / Math.log1p(full);

/**
 * The dense inputs into out[at .. at + URL_NET_DENSE). `hostDga`: the domain model's probability
 * for the host (null or undefined without a domain model or for an IP host).
 */
export function urlNetDense(
  p: ParsedUrl,
  hostDga: number | null | undefined,
  out: Float32Array,
  at = 0,
): void {
  const known = hostDga !== null && hostDga !== undefined && Number.isFinite(hostDga);
  out[at] = known ? hostDga : 0;
  out[at + 1] = known ? 0 : 1;
  const host = p.host;
  let hd = 0;
  let hh = 0;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c >= 48 && c <= 57) hd++;
    else if (c === 45) hh++;
  }
  out[at + 2] = lengthScale(host.length, 64);
  out[at + 3] = host.length ? hd / host.length : 0;
  out[at + 4] = Math.min(hh, 4) / 4;
  out[at + 5] = Math.min(p.subdomainDepth, 5) / 5;
  out[at + 6] = p.ip ? 1 : 0;
  const path = p.pathname.length > 2048 ? p.pathname.slice(0, 2048) : p.pathname;
  let segs = 0;
  let longest = 0;
  let run = 0;
  let pd = 0;
  for (let i = 0; i <= path.length; i++) {
    const c = i < path.length ? path.charCodeAt(i) : 47;
    if (c >= 48 && c <= 57) pd++;
    if (c === 47) {
      if (run > 0) segs++;
      if (run > longest) longest = run;
      run = 0;
    } else run++;
  }
  out[at + 7] = lengthScale(path.length, 256);
  out[at + 8] = Math.min(segs, 8) / 8;
  out[at + 9] = lengthScale(longest, 64);
  out[at + 10] = path.length > 1 ? pd / path.length : 0;
  const q = p.search.length > 2048 ? p.search.slice(0, 2048) : p.search;
  out[at + 11] = lengthScale(q.length, 512);
  let keys = 0;
  if (q.length > 1) for (const part of q.slice(1).split('&')) if (part) keys++;
  out[at + 12] = Math.min(keys, 10) / 10;
  out[at + 13] = q && /=[A-Za-z0-9+/_-]{40,}={0,2}(?:&|$)/.test(q) ? 1 : 0;
  out[at + 14] = p.port ? 1 : 0;
}
