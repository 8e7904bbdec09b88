/**
 * Dense features of a URL for the tree model stacked on the hashed linear URL model (issue 17):
 * numbers that describe a URL's host, path and query without naming them, so they carry over to
 * registrable domains the model never saw. Left out, as in url/1 and url/2, because they say how
 * the training lists were collected (see the urls README): scheme, `www.`, trailing slash, URL
 * length and depth beyond what the path words say (matched between the classes by construction),
 * fragment, percent-encoding, the TLD and the name of a hosting platform.
 * KEEP IN SYNC: training (src/train/linear.ts) and scoring (src/url/analyzer.ts) both call
 * `denseUrlFeatures`; the order of `DENSE_URL_FEATURES` is the model's input order.
 */
import { VigilError } from '../core/index.js';
import type { Signal } from '../core/index.js';
import {
  compileGbdt,
  gbdtMargin,
  type CompiledGbdt,
  type Gbdt,
  type GbdtTree,
  type LinearModel,
} from '../ml/index.js';
import { CREDENTIAL_WORDS, FREE_HOSTING_SET, LURE_WORDS, hostMatchesSet } from './lists.js';
import type { ParsedUrl } from './parse.js';
import { UNLEARNED_RULES } from './url-model.js';

/** Rule signals read as 0/1 inputs (the free-hosting and TLD rules stay out, see url-model.ts). */
const RULES = [
  'url.host.ip_literal',
  'url.host.userinfo',
  'url.host.punycode',
  'url.host.mixed_script',
  'url.host.shortener',
  'url.host.nonstandard_port',
  'url.host.deep_subdomain',
  'url.path.brand_mismatch',
  'url.path.credential_words',
  'url.query.redirect',
  'domain.lookalike.homoglyph',
  'domain.lookalike.idn',
  'domain.lookalike.typosquat',
  'domain.lookalike.combosquat',
  'domain.lookalike.subdomain',
  'domain.lookalike.tld_swap',
] as const;

/** Input names, in order. */
export const DENSE_URL_FEATURES: readonly string[] = [
  'linear margin',
  'host generated-name score',
  'host length',
  'host labels',
  'host digits',
  'host hyphens',
  'registrable label length',
  'registrable label digits',
  'registrable label hyphens',
  'registrable label vowel share',
  'subdomain length',
  'longest host word',
  'host lure words',
  'host is an IP address',
  'path length',
  'path segments',
  'longest path segment',
  'path digit share',
  'path upper-case share',
  'random-looking path segments',
  'path lure words',
  'path credential words',
  'path wordpress folder',
  'path file type script',
  'path file type page',
  'path file type document',
  'path contains a domain name',
  'path contains // or @',
  'query length',
  'query parameters',
  'query value holds an email address',
  'query value holds a long encoded token',
  'query carries a URL',
  ...RULES.map((r) => `rule: ${r}`),
];

const WORDPRESS = /\/wp-(?:content|includes|admin)\//i;
const SCRIPT_EXT = /\.(?:php\d?|aspx?|jsp|cgi|pl)$/i;
const PAGE_EXT = /\.html?$/i;
const DOC_EXT = /\.(?:pdf|docx?|xlsx?|pptx?|txt|md|rst|zip|tar|gz)$/i;

function countWords(text: string, set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of text.split(/[^a-z0-9]+/)) if (w && set.has(w)) n++;
  return n;
}

/**
 * The dense inputs of one URL, in `DENSE_URL_FEATURES` order. `linearMargin`: the linear URL
 * model's raw margin; `hostDga`: the domain model's probability for the host (-1 when absent).
 */
export function denseUrlFeatures(
  p: ParsedUrl,
  signals: readonly Signal[],
  linearMargin: number,
  hostDga: number | null | undefined,
): Float64Array {
  const x = new Float64Array(DENSE_URL_FEATURES.length);
  let k = 0;
  x[k++] = linearMargin;
  x[k++] = hostDga !== null && hostDga !== undefined && Number.isFinite(hostDga) ? hostDga : -1;
  // host, without a hosting platform's own name and without the public suffix (as url/1)
  const platform = p.ip ? null : hostMatchesSet(p.host, FREE_HOSTING_SET);
  let hostPart = p.ip ? '' : p.host;
  if (platform && hostPart.endsWith(`.${platform}`)) hostPart = hostPart.slice(0, -platform.length - 1);
  else if (platform && hostPart === platform) hostPart = '';
  else if (p.publicSuffix && hostPart.endsWith(`.${p.publicSuffix}`))
    hostPart = hostPart.slice(0, -p.publicSuffix.length - 1);
  if (hostPart.startsWith('www.')) hostPart = hostPart.slice(4);
  const labels = hostPart ? hostPart.split('.') : [];
  let hd = 0;
  let hh = 0;
  for (let i = 0; i < hostPart.length; i++) {
    const c = hostPart.charCodeAt(i);
    if (c >= 48 && c <= 57) hd++;
    else if (c === 45) hh++;
  }
  // the registrable label: the last label left (for a platform's tenant, the tenant's name)
  const reg = labels[labels.length - 1] ?? '';
  let rd = 0;
  let rh = 0;
  let rv = 0;
  let rl = 0;
  for (let i = 0; i < reg.length; i++) {
    const c = reg.charCodeAt(i);
    if (c >= 48 && c <= 57) rd++;
    else if (c === 45) rh++;
    else if (c >= 97 && c <= 122) {
      rl++;
      if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) rv++;
    }
  }
  const hostWords = hostPart.split(/[.\-_]+/).filter(Boolean);
  x[k++] = hostPart.length;
  x[k++] = labels.length;
  x[k++] = hd;
  x[k++] = hh;
  x[k++] = reg.length;
  x[k++] = rd;
  x[k++] = rh;
  x[k++] = rl ? rv / rl : 0;
  x[k++] = Math.max(0, hostPart.length - reg.length - (labels.length > 1 ? 1 : 0));
  x[k++] = hostWords.reduce((m, w) => Math.max(m, w.length), 0);
  x[k++] = countWords(hostPart, LURE_WORDS);
  x[k++] = p.ip ? 1 : 0;
  // path
  const path = p.pathname.length > 2048 ? p.pathname.slice(0, 2048) : p.pathname;
  const segs = path.split('/').filter(Boolean);
  let longest = 0;
  let randomSegs = 0;
  for (const s of segs) {
    if (s.length > longest) longest = s.length;
    if (s.length >= 12 && /[0-9]/.test(s) && /[a-z]/i.test(s) && !/[aeiou]{2}/i.test(s)) randomSegs++;
  }
  let pd = 0;
  let pu = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c >= 48 && c <= 57) pd++;
    else if (c >= 65 && c <= 90) pu++;
  }
  const last = segs[segs.length - 1] ?? '';
  x[k++] = path.length;
  x[k++] = segs.length;
  x[k++] = longest;
  x[k++] = path.length > 1 ? pd / path.length : 0;
  x[k++] = path.length > 1 ? pu / path.length : 0;
  x[k++] = randomSegs;
  let lure = 0;
  let credential = 0;
  for (const w of path.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!w) continue;
    if (LURE_WORDS.has(w)) lure++;
    if (CREDENTIAL_WORDS.has(w)) credential++;
  }
  x[k++] = lure;
  x[k++] = credential;
  x[k++] = WORDPRESS.test(path) ? 1 : 0;
  x[k++] = SCRIPT_EXT.test(last) ? 1 : 0;
  x[k++] = PAGE_EXT.test(last) ? 1 : 0;
  x[k++] = DOC_EXT.test(last) ? 1 : 0;
  x[k++] = /\.(?:com|net|org)[/.-]/i.test(path) ? 1 : 0;
  x[k++] = path.includes('//') || path.includes('@') ? 1 : 0;
  // query
  const q = p.search.length > 2048 ? p.search.slice(0, 2048) : p.search;
  x[k++] = q.length;
  x[k++] = q ? Math.min(q.slice(1).split('&').filter(Boolean).length, 50) : 0;
  x[k++] = /=[^&]*(?:@|%40)[^&]*\.[a-z]{2,}/i.test(q) ? 1 : 0;
  x[k++] = /=[A-Za-z0-9+/_-]{40,}={0,2}(?:&|$)/.test(q) ? 1 : 0;
  x[k++] = /=(https?%3a|https?:)/i.test(q) ? 1 : 0;
  const fired = new Set<string>();
  for (const s of signals) if (!UNLEARNED_RULES.has(s.id)) fired.add(s.id);
  for (const r of RULES) x[k++] = fired.has(r) ? 1 : 0;
  return x;
}

/** The `meta.features` of a stacked model (url/3): its linear part reads url/1 or url/2 features. */
export function urlV3Features(base: 'url/1' | 'url/2'): string {
  return `url/3: gradient-boosted trees over the ${base} linear margin and dense URL features (${DENSE_URL_FEATURES.slice(1).join(', ')}); no scheme, www, trailing slash, TLD, fragment, percent-encoding or hosting-platform name`;
}

/** The stacked part of a url/3 model: trees and the linear features it reads. */
export interface UrlStack {
  base: 'url/1' | 'url/2';
  trees: Gbdt;
  /** The same trees in typed arrays, as scoring walks them. */
  compiled: CompiledGbdt;
}

const STACKS = new WeakMap<LinearModel, UrlStack | null>();

function bad(what: string): never {
  throw new VigilError('E_MODEL', `url model: ${what}`);
}

function checkTree(t: unknown, d: number): GbdtTree {
  const o = t as Partial<Record<keyof GbdtTree, unknown>>;
  const arrays = ['feature', 'threshold', 'left', 'right', 'value'] as const;
  for (const k of arrays)
    if (!Array.isArray(o[k]) || !(o[k] as unknown[]).every((x) => typeof x === 'number'))
      bad(`stacked tree field ${k} is not a list of numbers`);
  const tree = o as GbdtTree;
  const n = tree.feature.length;
  if (n === 0 || arrays.some((k) => tree[k].length !== n)) bad('stacked tree arrays differ in length');
  for (let i = 0; i < n; i++) {
    const f = tree.feature[i]!;
    if (!Number.isFinite(tree.value[i]!)) bad('stacked tree leaf value is not finite');
    if (f < 0) continue;
    // children come after their parent: scoring always ends at a leaf, never loops
    if (!Number.isInteger(f) || f >= d) bad(`stacked tree reads input ${f} of ${d}`);
    const l = tree.left[i]!;
    const r = tree.right[i]!;
    if (!Number.isInteger(l) || !Number.isInteger(r) || l <= i || r <= i || l >= n || r >= n)
      bad('stacked tree child index out of order');
    if (Number.isNaN(tree.threshold[i]!)) bad('stacked tree threshold is NaN');
  }
  return tree;
}

/**
 * The trees of a url/3 model, checked once per model object (inputs named as this build's
 * `DENSE_URL_FEATURES`, children after parents, finite leaves); null for url/1 and url/2 models.
 * A url/3 model this build cannot read is an `E_MODEL` error at load, not a silent url/2 score.
 */
export function urlStackOf(model: LinearModel): UrlStack | null {
  const known = STACKS.get(model);
  if (known !== undefined) return known;
  let stack: UrlStack | null = null;
  const features = model.meta.features;
  if (typeof features === 'string' && features.startsWith('url/3')) {
    const base = model.meta.stack_base;
    if (base !== 'url/1' && base !== 'url/2') bad('url/3 model without stack_base url/1 or url/2');
    const t = model.meta.trees as Partial<Gbdt> | undefined;
    if (!t || !Array.isArray(t.features) || !Array.isArray(t.trees) || typeof t.base !== 'number')
      bad('url/3 model without trees');
    if (
      t.features.length !== DENSE_URL_FEATURES.length ||
      t.features.some((f, i) => f !== DENSE_URL_FEATURES[i])
    )
      bad('url/3 trees were trained on other inputs than this build computes: retrain the URL model');
    const d = DENSE_URL_FEATURES.length;
    const trees: Gbdt = { features: t.features, base: t.base, trees: t.trees.map((x) => checkTree(x, d)) };
    stack = { base, trees, compiled: compileGbdt(trees) };
  }
  STACKS.set(model, stack);
  return stack;
}

/** The stacked margin of a url/3 model from its linear margin. */
export function urlStackMargin(
  stack: UrlStack,
  p: ParsedUrl,
  signals: readonly Signal[],
  linearMargin: number,
  hostDga: number | null | undefined,
): number {
  return gbdtMargin(stack.compiled, denseUrlFeatures(p, signals, linearMargin, hostDga));
}
