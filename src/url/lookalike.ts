/**
 * Lookalikes of protected domains: the organization's own, its partners', and the brand list's.
 * One index per prepared runtime (built once by `createVigil`), so checking a domain costs a few map
 * look-ups: exact/skeleton maps for homoglyphs and IDN homographs, a symmetric delete-1 map for the
 * dnstwist edit families, a token map for combosquats.
 */
import type { VigilConfig } from '../config/index.js';
import { defineSignal } from '../core/index.js';
import type { Signal, Evidence, Severity } from '../core/index.js';
import { describeConfusables, foldUnicode, skeleton } from './confusables.js';
import { WordTable } from './dga.js';
import {
  brandTldDomain,
  FOREIGN_LURE_WORDS,
  FREE_HOSTING_SET,
  LURE_WORDS as ENGLISH_LURE_WORDS,
  hostMatchesSet,
} from './lists.js';

/** Lure words a brand's name is combined with, in English and its home markets' languages. */
const LURE_WORDS: ReadonlySet<string> = new Set([...ENGLISH_LURE_WORDS, ...FOREIGN_LURE_WORDS]);
import type { HostInfo } from './parse.js';
import { hostInfo } from './parse.js';

export const LOOKALIKE_HOMOGLYPH = defineSignal({
  id: 'domain.lookalike.homoglyph',
  category: 'lookalike_domain',
  severity: 'high',
  summary:
    "Domain imitates a protected domain with look-alike characters (rn for m, 0 for o, 1 for l); critical for the organization's or a partner's domain",
});
export const LOOKALIKE_IDN = defineSignal({
  id: 'domain.lookalike.idn',
  category: 'lookalike_domain',
  severity: 'high',
  summary:
    "Internationalised domain whose Unicode letters (Cyrillic, Greek …) imitate a protected domain; critical for the organization's or a partner's",
});
export const LOOKALIKE_TYPOSQUAT = defineSignal({
  id: 'domain.lookalike.typosquat',
  category: 'lookalike_domain',
  severity: 'high',
  summary:
    "Domain one typing error away from a protected domain (dnstwist families: omission, insertion …); critical for the organization's or a partner's",
});
export const LOOKALIKE_COMBOSQUAT = defineSignal({
  id: 'domain.lookalike.combosquat',
  category: 'lookalike_domain',
  severity: 'high',
  summary:
    'Domain combines a protected brand name with other words (paypal-login-secure.com); critical when the name is spelled with look-alike characters (micros0ft-sso-verify.com)',
});
export const LOOKALIKE_SUBDOMAIN = defineSignal({
  id: 'domain.lookalike.subdomain',
  category: 'lookalike_domain',
  severity: 'high',
  summary:
    'A protected domain or brand name placed in the subdomain or hosting-tenant name of another domain',
});
export const LOOKALIKE_TLD_SWAP = defineSignal({
  id: 'domain.lookalike.tld_swap',
  category: 'lookalike_domain',
  severity: 'medium',
  summary: 'Same name as a protected domain under another top-level domain (paypal.net for paypal.com)',
});

export const LOOKALIKE_SIGNALS = [
  LOOKALIKE_HOMOGLYPH,
  LOOKALIKE_IDN,
  LOOKALIKE_TYPOSQUAT,
  LOOKALIKE_COMBOSQUAT,
  LOOKALIKE_SUBDOMAIN,
  LOOKALIKE_TLD_SWAP,
];

export type OwnerKind = 'organization' | 'partner' | 'brand';
export type LookalikeTechnique = 'homoglyph' | 'idn' | 'typosquat' | 'combosquat' | 'subdomain' | 'tld_swap';
/** dnstwist's name for the edit (typosquats), or the more specific way of the other techniques. */
export type LookalikeFamily =
  | 'addition'
  | 'bitsquatting'
  | 'homoglyph'
  | 'hyphenation'
  | 'insertion'
  | 'omission'
  | 'repetition'
  | 'replacement'
  | 'subdomain'
  | 'transposition'
  | 'vowel_swap'
  | 'tld_swap'
  | 'idn'
  | 'combosquat';

export interface LookalikeMatch {
  /** The protected domain that was imitated, e.g. `paypal.com`. */
  protectedDomain: string;
  /** The brand, organization or partner name that owns it. */
  owner: string;
  ownerKind: OwnerKind;
  technique: LookalikeTechnique;
  family: LookalikeFamily;
  /** In words: `paypa1.com reads as paypal.com (1 for l)`. */
  detail: string;
  /** The brand's name inside the domain is itself spelled with look-alike characters (`micros0ft-…`). */
  disguised?: boolean;
}

interface Entry {
  domain: string;
  /** Position in the owner's domain list (the first-listed domain is the one named in messages). */
  order: number;
  label: string;
  suffix: string;
  owner: string;
  ownerKind: OwnerKind;
  /** Label is a common word or very short: only strong techniques may match it. */
  weak: boolean;
  /** The owner's regional member domains (`sparkasse-*.de`), as anchored patterns. */
  members?: readonly RegExp[];
}

interface BrandToken {
  token: string;
  entry: Entry;
  weak: boolean;
}

export interface LookalikeIndex {
  protectedHosts: Set<string>;
  byLabel: Map<string, Entry[]>;
  bySkeleton: Map<string, Entry[]>;
  byDelete: Map<string, Entry[]>;
  byNoHyphen: Map<string, Entry[]>;
  tokens: Map<string, BrandToken>;
  tokenSkeletons: Map<string, BrandToken>;
  /** Longest brand token, for bounded prefix/suffix scans. */
  maxToken: number;
  /** polyHash of every byDelete key: most candidate keys are rejected without building a string. */
  deleteHashes: WordTable;
  /** polyHash of every token. */
  tokenHashes: WordTable;
}

// Polynomial (Horner) hash over UTF-16 code units, mod 2^32. Unlike FNV it composes, so the hash of
// a label with one character deleted, or of a prefix or suffix, comes from two prefix/suffix arrays.
const POLY = 0x2f0b3;
const SCRATCH = 256;
const POW = new Int32Array(SCRATCH + 1);
POW[0] = 1;
for (let i = 1; i <= SCRATCH; i++) POW[i] = Math.imul(POW[i - 1]!, POLY);
/** PRE[i] = hash of s[0, i); SUF[j] = hash of s[j, n) (filled by fillPoly, s.length < SCRATCH). */
const PRE = new Int32Array(SCRATCH + 1);
const SUF = new Int32Array(SCRATCH + 1);

function polyHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, POLY) + s.charCodeAt(i)) | 0;
  return h;
}

function fillPoly(s: string): void {
  const n = s.length;
  PRE[0] = 0;
  for (let i = 0; i < n; i++) PRE[i + 1] = (Math.imul(PRE[i]!, POLY) + s.charCodeAt(i)) | 0;
  SUF[n] = 0;
  for (let j = n - 1; j >= 0; j--) SUF[j] = (Math.imul(s.charCodeAt(j), POW[n - 1 - j]!) + SUF[j + 1]!) | 0;
}

/** polyHash of s without its character i (after fillPoly(s)). */
const deletedHash = (n: number, i: number) => (Math.imul(PRE[i]!, POW[n - 1 - i]!) + SUF[i + 1]!) | 0;

/**
 * Brand names that are also ordinary words or very short: a bare token match is not enough, a
 * lure word must stand beside them (`apple-support-id.com` yes, `pineapple.com` / `orange-county.org` no).
 */
const COMMON_WORD_TOKENS = new Set([
  ...[
    'apple',
    'orange',
    'chase',
    'visa',
    'ledger',
    'kraken',
    'steam',
    'zoom',
    'slack',
    'meta',
    'teams',
    'outlook',
    'prime',
    'office',
    'live',
    'windows',
    'bing',
    'booking',
    'correos',
    'correios',
    'caixa',
    'santander',
    'norton',
    'intuit',
    'adobe',
    'sparkasse',
    'itau',
    'amex',
    'citi',
    'azure',
    'skype',
    'spotify',
    'target',
    'shell',
    'post',
    'mail',
    'news',
    'drive',
    // Salesforce's force.com: Parcelforce, Workforce, Taskforce
    'force',
    'sign',
    'ups',
    'ing',
    'dhl',
    'irs',
    'att',
    'hsbc',
    'bofa',
    'usps',
    'fedex',
    'msn',
    'aws',
    'meet',
    'gmail',
    'icloud',
    'ebay',
    'nubank',
    'binance',
    'trust',
    'trustwallet',
    'metamask',
    'coinbase',
    'laposte',
    'royalmail',
    'postnl',
    'telekom',
    'vodafone',
    'verizon',
    'comcast',
    'xfinity',
    'yahoo',
    'github',
    'disney',
    'airbnb',
    'walmart',
    'costco',
    'mcafee',
    'netflix',
    'dropbox',
    'instagram',
    'whatsapp',
    'linkedin',
    'twitter',
    'facebook',
    'google',
    'microsoft',
    'amazon',
    'paypal',
    'docusign',
    'wetransfer',
    'salesforce',
    'mastercard',
    'barclays',
    'rabobank',
    'commerzbank',
    'volksbank',
    'bradesco',
    'hmrc',
    'nflx',
  ].filter(
    (t) =>
      t.length <= 5 ||
      [
        'apple',
        'orange',
        'chase',
        'ledger',
        'kraken',
        'steam',
        'slack',
        'teams',
        'outlook',
        'prime',
        'office',
        'windows',
        'booking',
        'correos',
        'correios',
        'caixa',
        'santander',
        'norton',
        'intuit',
        'adobe',
        'target',
        'shell',
        'drive',
        'trust',
        'disney',
      ].includes(t),
  ),
  // brands of the longer list (issue 9) that are also words, places or surnames
  // (Fiserv's Clover: clover-farm; Starling Bank: starling-watchers)
  'clover',
  'starling',
  'indeed',
  'telegram',
  'discord',
  'stellar',
  'ripple',
  'tether',
  'proton',
  'celsius',
  'exodus',
  'phantom',
  'hermes',
  'emirates',
  'halifax',
  'marriott',
  'hilton',
  'medicare',
  'blockchain',
  'crypto',
  'united',
  'lloyds',
  'kroger',
  'canada',
  'inter',
  'block',
  'poste',
  'delta',
  'otto',
  'uber',
  // regional brands whose names are a letter from other firms' and common shapes (`tmall` beside
  // vmall, etmall; `mbank` beside mybank, mebank; `paypay` beside payplay; `twint` beside twit)
  'tmall',
  'mbank',
  'tbank',
  'vpass',
  'paypay',
  'twint',
  'bankid',
  'alipay',
  'gcash',
  // bKash beside bcash, Nagad beside nagar
  'bkash',
  'nagad',
  'maybank',
  'kbc',
  'dbs',
  'bca',
  'sbi',
  'blik',
  'vipps',
  'naver',
  'kakao',
  'mandiri',
  'garanti',
  'ziraat',
  // tax offices named by a word (Malay "hasil", Latin "arca")
  'hasil',
  'suomi',
  'arca',
  // posts and couriers named by a word or a short name
  'econt',
  'posten',
  'omniva',
  'elta',
  'barid',
  'postoffice',
]);

/** Registrable labels of the brand list that are too generic to index at all. */
const NEVER_TOKENS = new Set([
  // Box is listed for its own domains (its invitations' links); as a word it is everyone's
  'box',
  'gov',
  'com',
  'net',
  'org',
  'co',
  'email',
  'mail',
  'news',
  'me',
  'mac',
  'www',
  'web',
]);

const MIN_TYPO_LABEL = 5;
const MIN_GENERIC_REPLACEMENT_LABEL = 8;
const MIN_TOKEN = 3;

const normToken = (s: string) => foldUnicode(s.toLowerCase()).replace(/[^a-z0-9]/g, '');

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) {
    if (!list.includes(v)) list.push(v);
  } else m.set(k, [v]);
}

const KIND_RANK: Record<OwnerKind, number> = { organization: 0, partner: 1, brand: 2 };

function buildIndex(config: VigilConfig): LookalikeIndex {
  const idx: LookalikeIndex = {
    protectedHosts: new Set(),
    byLabel: new Map(),
    bySkeleton: new Map(),
    byDelete: new Map(),
    byNoHyphen: new Map(),
    tokens: new Map(),
    tokenSkeletons: new Map(),
    maxToken: 0,
    deleteHashes: new WordTable(0),
    tokenHashes: new WordTable(0),
  };
  const owners: Array<{
    name: string;
    kind: OwnerKind;
    domains: string[];
    aliases: string[];
    members?: readonly RegExp[];
  }> = [];
  const orgDomains = config.organization?.domains ?? [];
  if (orgDomains.length)
    owners.push({
      name: config.organization.name ?? orgDomains[0]!,
      kind: 'organization',
      domains: orgDomains,
      aliases: [],
    });
  for (const p of config.organization?.partners ?? [])
    owners.push({ name: p.name, kind: 'partner', domains: p.domains, aliases: [] });
  for (const b of config.brands ?? [])
    owners.push({
      name: b.name,
      kind: 'brand',
      domains: b.domains,
      aliases: b.aliases ?? [],
      ...(b.members?.length ? { members: b.members.map(memberPattern) } : {}),
    });

  for (const o of owners) {
    let first: Entry | null = null;
    let order = 0;
    for (const raw of o.domains) {
      const d = raw.trim().toLowerCase().replace(/\.$/, '');
      if (!d) continue;
      idx.protectedHosts.add(d);
      const info = hostInfo(d);
      if (!info.registrableDomain || !info.label || info.registrableDomain !== d) {
        // a protected subdomain (email.usps.gov): it is whitelisted above, its parent is indexed elsewhere
        continue;
      }
      const label = info.label;
      const weak = label.length < 4 || COMMON_WORD_TOKENS.has(label.replace(/-/g, ''));
      const e: Entry = {
        domain: d,
        order: order++,
        label,
        suffix: info.publicSuffix ?? '',
        owner: o.name,
        ownerKind: o.kind,
        weak,
        ...(o.members ? { members: o.members } : {}),
      };
      first ??= e;
      push(idx.byLabel, label, e);
      if (label.length >= 4) push(idx.bySkeleton, skeleton(label), e);
      if (label.includes('-')) push(idx.byNoHyphen, label.replace(/-/g, ''), e);
      if (label.length >= MIN_TYPO_LABEL && !weak) {
        push(idx.byDelete, label, e);
        for (let i = 0; i < label.length; i++) push(idx.byDelete, label.slice(0, i) + label.slice(i + 1), e);
      }
      addToken(idx, label.replace(/-/g, ''), e);
    }
    if (first) {
      addToken(idx, normToken(o.name), first);
      for (const a of o.aliases) addToken(idx, normToken(a), first);
    }
  }
  // deterministic preference: organization, then partner, then brand; then shorter domain
  for (const m of [idx.byLabel, idx.bySkeleton, idx.byDelete, idx.byNoHyphen]) {
    for (const list of m.values()) list.sort(entryOrder);
  }
  idx.deleteHashes = new WordTable(idx.byDelete.size);
  for (const k of idx.byDelete.keys()) idx.deleteHashes.add(polyHash(k));
  idx.tokenHashes = new WordTable(idx.tokens.size);
  for (const k of idx.tokens.keys()) idx.tokenHashes.add(polyHash(k));
  return idx;
}

function entryOrder(a: Entry, b: Entry): number {
  return (
    KIND_RANK[a.ownerKind] - KIND_RANK[b.ownerKind] || a.order - b.order || (a.domain < b.domain ? -1 : 1)
  );
}

function addToken(idx: LookalikeIndex, token: string, e: Entry): void {
  if (token.length < MIN_TOKEN || NEVER_TOKENS.has(token)) return;
  const weak = token.length < 5 || COMMON_WORD_TOKENS.has(token);
  const existing = idx.tokens.get(token);
  if (existing && entryOrder(existing.entry, e) <= 0) return;
  const t: BrandToken = { token, entry: e, weak };
  idx.tokens.set(token, t);
  if (token.length >= 5) idx.tokenSkeletons.set(skeleton(token), t);
  idx.maxToken = Math.max(idx.maxToken, token.length);
}

/**
 * Build the lookalike index of a config. Called once per prepared runtime (`prepareUrlEnv`), which
 * holds it: no cache keyed by the config object.
 */
export function buildLookalikeIndex(config: VigilConfig): LookalikeIndex {
  indexBuilds++;
  return buildIndex(config);
}

let indexBuilds = 0;
/** How many lookalike indexes this process has built (start-up checks: built lazily, and once). */
export function lookalikeIndexBuilds(): number {
  return indexBuilds;
}

/** Whether `host` is a protected domain or a subdomain of one (never a lookalike). */
export function isProtectedHost(idx: LookalikeIndex, host: string): boolean {
  let h = host;
  for (let i = 0; i < 16; i++) {
    if (idx.protectedHosts.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
  return false;
}

// QWERTY neighbours (typing errors hit adjacent keys)
const KEYBOARD_ROWS = ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const ADJACENT = new Map<string, Set<string>>();
for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
  const row = KEYBOARD_ROWS[r]!;
  for (let c = 0; c < row.length; c++) {
    const set = new Set<string>();
    for (const [dr, dc] of [
      [0, -1],
      [0, 1],
      [-1, 0],
      [-1, 1],
      [1, 0],
      [1, -1],
    ] as const) {
      const ch = KEYBOARD_ROWS[r + dr]?.[c + dc];
      if (ch) set.add(ch);
    }
    ADJACENT.set(row[c]!, set);
  }
}
const isAdjacent = (a: string, b: string) => ADJACENT.get(a)?.has(b) === true;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const HOST_CHAR = /^[a-z0-9-]$/;
function isBitFlip(a: string, b: string): boolean {
  const x = a.charCodeAt(0) ^ b.charCodeAt(0);
  return x !== 0 && (x & (x - 1)) === 0 && HOST_CHAR.test(b);
}
const SINGLE_HOMOGLYPH = new Set([
  '0o',
  'o0',
  '1l',
  'l1',
  'il',
  'li',
  '1i',
  'i1',
  'qg',
  'gq',
  '5s',
  's5',
  '3e',
  'e3',
  'uv',
  'vu',
]);

/** Classify a one-edit difference between candidate `c` and protected `p` (dnstwist names). */
export function classifyEdit(c: string, p: string): { family: LookalikeFamily; what: string } | null {
  if (c === p) return null;
  if (c.length === p.length + 1) {
    let i = 0;
    while (i < p.length && c[i] === p[i]) i++;
    if (c.slice(i + 1) !== p.slice(i)) return null;
    const ins = c[i]!;
    if (ins === '-') return { family: 'hyphenation', what: `hyphen inserted` };
    if (c[i - 1] === ins || c[i + 1] === ins) return { family: 'repetition', what: `"${ins}" doubled` };
    if (i === p.length) return { family: 'addition', what: `"${ins}" appended` };
    const near = (p[i - 1] && isAdjacent(ins, p[i - 1]!)) || (p[i] && isAdjacent(ins, p[i]!));
    return { family: 'insertion', what: `"${ins}" inserted${near ? ' (adjacent key)' : ''}` };
  }
  if (c.length === p.length - 1) {
    let i = 0;
    while (i < c.length && c[i] === p[i]) i++;
    if (c.slice(i) !== p.slice(i + 1)) return null;
    return { family: 'omission', what: `"${p[i]}" left out` };
  }
  if (c.length !== p.length) return null;
  const diff: number[] = [];
  for (let i = 0; i < c.length && diff.length <= 2; i++) if (c[i] !== p[i]) diff.push(i);
  if (diff.length === 2) {
    const [i, j] = diff as [number, number];
    if (j === i + 1 && c[i] === p[j] && c[j] === p[i])
      return { family: 'transposition', what: `"${p[i]}${p[j]}" swapped` };
    return null;
  }
  if (diff.length !== 1) return null;
  const i = diff[0]!;
  const a = p[i]!;
  const b = c[i]!;
  if (SINGLE_HOMOGLYPH.has(a + b)) return { family: 'homoglyph', what: `"${b}" for "${a}"` };
  if (isBitFlip(a, b)) return { family: 'bitsquatting', what: `"${b}" for "${a}" (one bit flipped)` };
  if (isAdjacent(a, b)) return { family: 'replacement', what: `"${b}" for "${a}" (adjacent key)` };
  if (VOWELS.has(a) && VOWELS.has(b)) return { family: 'vowel_swap', what: `"${b}" for "${a}"` };
  if (p.length >= MIN_GENERIC_REPLACEMENT_LABEL) return { family: 'replacement', what: `"${b}" for "${a}"` };
  return null;
}

/** Which look-alike techniques are too weak for short or common-word labels. */
function allowedFor(e: Entry, family: LookalikeFamily): boolean {
  if (e.label.length < MIN_TYPO_LABEL) return false;
  if (family === 'addition' && e.label.length < 6) return false;
  if (family === 'vowel_swap' && e.label.length < 6) return false;
  return true;
}

function match(
  e: Entry,
  technique: LookalikeTechnique,
  family: LookalikeFamily,
  detail: string,
): LookalikeMatch {
  return { protectedDomain: e.domain, owner: e.owner, ownerKind: e.ownerKind, technique, family, detail };
}

/**
 * Find the protected domain `info` imitates, or null. A protected domain or any subdomain of one is
 * never a lookalike; neither is a domain merely containing a brand word inside another word.
 */
export function findLookalike(
  idx: LookalikeIndex,
  info: HostInfo,
  isWord?: (label: string) => boolean,
): LookalikeMatch | null {
  if (info.ip || !info.registrableDomain) return null;
  if (isProtectedHost(idx, info.host)) return null;
  // a name under a protected brand's own TLD (teams.mail.microsoft, a Microsoft product's name in
  // the subdomain; mail.microsoft one letter from ymail.com): only the brand registers there
  const brandTld = brandTldDomain(info.host);
  if (brandTld && isProtectedHost(idx, brandTld)) return null;
  const rd = info.registrableDomain;
  const label = info.label;
  const suffix = info.publicSuffix ?? '';
  const unicodeLabel = label.startsWith('xn--')
    ? (info.hostUnicode.split('.')[info.subdomainDepth] ?? label)
    : label;
  const isIdn = unicodeLabel !== label;

  // 1. same skeleton: IDN homograph (Unicode letters) or ASCII homoglyph (rn→m, 0→o)
  if (label.length >= 3) {
    const sk = skeleton(unicodeLabel);
    const hits = idx.bySkeleton.get(sk);
    if (hits) {
      const e = hits.find((h) => h.label !== label || h.suffix !== suffix) ?? null;
      if (e && e.label !== unicodeLabel) {
        if (isIdn) {
          return match(
            e,
            'idn',
            'idn',
            `${info.hostUnicode} (${rd}) reads as ${e.domain}: ${describeConfusables(unicodeLabel)}`,
          );
        }
        return match(
          e,
          'homoglyph',
          'homoglyph',
          `${rd} reads as ${e.domain} (${asciiSwaps(label, e.label)})`,
        );
      }
    }
  }
  // 2. the exact name under another suffix
  const same = idx.byLabel.get(label);
  if (same && same.length) {
    const e = same[0]!;
    if (info.privateSuffix) {
      // a tenant named like a brand on a site builder (paypal.github.io); CDN suffixes in the
      // private list (map.fastly.net) carry brand names legitimately
      const builder = hostMatchesSet(suffix, FREE_HOSTING_SET) !== null;
      if (!e.weak && builder)
        return match(
          e,
          'subdomain',
          'subdomain',
          `${rd} puts the name "${label}" of ${e.domain} on the hosting platform ${suffix}`,
        );
    } else if (!e.weak) {
      // big brands run sites under most country TLDs (vodafone.ro, airbnb.ru): for brands only a
      // generic TLD counts; the organization's and partners' names count under any TLD
      const country = /(^|\.)[a-z]{2}$/.test(suffix);
      const hit = same.find((x) => x.ownerKind !== 'brand') ?? (country ? null : e);
      if (hit)
        return match(hit, 'tld_swap', 'tld_swap', `${rd} has the name of ${hit.domain} under .${suffix}`);
      // the brand's own name under a country TLD is its country site, not a typo of another of its
      // (or another brand's) names: mercadolibre.com.ar is Mercado Libre's, not a mercadolivre.com.br
      if (country) return null;
    }
  }
  // 3. hyphenation (pay-pal.com) and one-edit typosquats
  if (label.includes('-')) {
    const joined = label.replace(/-/g, '');
    const hit = idx.byLabel.get(joined)?.find((e) => allowedFor(e, 'hyphenation'));
    if (hit) return match(hit, 'typosquat', 'hyphenation', `${rd} is ${hit.domain} with a hyphen inserted`);
  }
  // an ordinary word one edit from a brand is a word, not a typo (finance/binance, mail/gmail)
  if (!isIdn && label.length >= MIN_TYPO_LABEL - 1 && label.length <= 64 && !isWord?.(label)) {
    const typo = findTypo(idx, label);
    if (typo)
      return match(
        typo.e,
        'typosquat',
        typo.family,
        `${rd} imitates ${typo.e.domain}: ${typo.what} (${typo.family.replace('_', '-')})`,
      );
  }
  // 4. dnstwist "subdomain": a dot inserted into the name (pay.pal.com), or the whole protected
  //    domain / brand placed in the subdomain (paypal.com.secure-login.example)
  const sub = findSubdomain(idx, info);
  if (sub) return sub;
  // 5. combosquat: brand token plus other words
  return findCombosquat(idx, info, unicodeLabel);
}

function asciiSwaps(label: string, protectedLabel: string): string {
  const swaps: string[] = [];
  if (/rn/.test(label) && !/rn/.test(protectedLabel)) swaps.push('rn for m');
  if (/vv/.test(label) && !/vv/.test(protectedLabel)) swaps.push('vv for w');
  if (/cl/.test(label) && !/cl/.test(protectedLabel)) swaps.push('cl for d');
  for (const [d, l] of [
    ['0', 'o'],
    ['1', 'l'],
    ['3', 'e'],
    ['5', 's'],
  ] as const) {
    if (label.includes(d) && !protectedLabel.includes(d)) swaps.push(`${d} for ${l}`);
  }
  if (!swaps.length) swaps.push('look-alike letters');
  return swaps.join(', ');
}

function findTypo(
  idx: LookalikeIndex,
  label: string,
): { e: Entry; family: LookalikeFamily; what: string } | null {
  // no closure and no array unless some deletion key hits (most labels hit none)
  let cands: Entry[] | null = null;
  const n = label.length;
  const hashed = n < SCRATCH;
  if (hashed) fillPoly(label);
  let list: Entry[] | undefined;
  for (let i = -1; i < n; i++) {
    // a key whose hash is not in the index is not in byDelete either
    if (hashed && !idx.deleteHashes.has(i < 0 ? PRE[n]! : deletedHash(n, i))) continue;
    list = idx.byDelete.get(i < 0 ? label : label.slice(0, i) + label.slice(i + 1));
    if (!list) continue;
    cands ??= [];
    for (const e of list) if (!cands.includes(e)) cands.push(e);
  }
  if (!cands) return null;
  cands.sort(entryOrder);
  for (const e of cands) {
    if (e.label === label) continue;
    const r = classifyEdit(label, e.label);
    if (r && allowedFor(e, r.family)) return { e, ...r };
  }
  return null;
}

function findSubdomain(idx: LookalikeIndex, info: HostInfo): LookalikeMatch | null {
  if (!info.subdomain) return null;
  const labels = info.subdomain.split('.');
  // pay.pal.com: joined labels form a protected name under the same suffix
  const joined = labels.join('') + info.label;
  const j = idx.byLabel.get(joined)?.find((e) => e.suffix === info.publicSuffix && !e.weak);
  if (j) return match(j, 'subdomain', 'subdomain', `${info.host} splits ${j.domain} with a dot`);
  // paypal.com.evil.example: a protected domain written out inside the subdomain
  for (let i = 0; i < labels.length - 1 && i < 8; i++) {
    for (let k = labels.length; k > i + 1; k--) {
      const cand = labels.slice(i, k).join('.');
      if (idx.protectedHosts.has(cand)) {
        const e = idx.byLabel.get(hostInfo(cand).label)?.[0];
        if (e)
          return match(
            e,
            'subdomain',
            'subdomain',
            `${info.host} starts with ${cand} but belongs to ${info.registrableDomain}`,
          );
      }
    }
  }
  // paypal.secure-verify.example: a brand token as a subdomain label, with a lure word nearby
  // (the words of the name: worked out at the first brand token only)
  let words: string[] | undefined;
  for (const l of labels) {
    for (const w of l.split('-')) {
      const t = idx.tokens.get(w) ?? (w.length >= 5 ? idx.tokenSkeletons.get(skeleton(w)) : undefined);
      if (!t) continue;
      // CDN and SaaS host names carry brand names legitimately (twitter.map.fastly.net): a lure
      // word must stand beside the brand, other than the brand's own word (`office` is both: bexio's
      // office.bexio.com is its own web app)
      words ??= [...labels.flatMap((x) => x.split('-')), ...info.label.split('-')];
      if (!words.some((x) => x !== w && LURE_WORDS.has(x))) continue;
      return match(
        t.entry,
        'subdomain',
        'subdomain',
        `${info.host} names ${t.entry.owner} in the subdomain but belongs to ${info.registrableDomain}`,
      );
    }
  }
  return null;
}

/** The kinds of office a firm names itself after ("tax office", "law office", "post office"). */
const OFFICE_KINDS = new Set([
  'tax',
  'law',
  'legal',
  'post',
  'home',
  'head',
  'back',
  'front',
  'box',
  'dental',
  'medical',
  'travel',
  'notary',
  'patent',
  'accounting',
  'accountancy',
  'audit',
  'land',
  'family',
  'branch',
]);

function findCombosquat(idx: LookalikeIndex, info: HostInfo, unicodeLabel: string): LookalikeMatch | null {
  const label = foldUnicode(unicodeLabel);
  if (label.length < 4) return null;
  const parts = label.split('-').filter(Boolean);
  const rd = info.registrableDomain;
  // a brand's mail host with its dot written as a hyphen (`post-xero.com` for Xero's post.xero.com,
  // `email-paypal.com`): the sending or sign-in subdomain the reader has seen, under the brand's own
  // name and suffix, whatever the length of the name
  if (parts.length === 2 && SUBDOMAIN_WORDS.has(parts[0]!)) {
    const host = `${parts[1]}.${info.publicSuffix ?? ''}`;
    const e = idx.protectedHosts.has(host)
      ? idx.byLabel.get(parts[1]!)?.find((x) => x.domain === host)
      : undefined;
    if (e && e.ownerKind === 'brand' && !isMemberDomain(e, rd ?? '', parts))
      return match(
        e,
        'combosquat',
        'combosquat',
        `${rd} writes ${parts[0]}.${host}, ${e.owner}'s host, with a hyphen for the dot`,
      );
  }
  if (parts.length > 1) {
    // a lure word, or two glued as German and Dutch write them (`dhl-pakketservice.nl`)
    const hasLure = parts.some((w) => LURE_WORDS.has(w) || isLureRun(w));
    for (const [at, w] of parts.entries()) {
      // "office" as the head of an office's name (`fujii-tax-office.jp`, `smith-law-office.com`):
      // a firm, not Microsoft, even beside a lure word
      if (w === 'office' && at > 0 && OFFICE_KINDS.has(parts[at - 1]!)) continue;
      const direct = idx.tokens.get(w);
      const t = direct ?? (w.length >= 5 ? idx.tokenSkeletons.get(skeleton(w)) : undefined);
      if (!t) continue;
      if ((t.weak || t.token.length < 5) && !hasLure) continue;
      // one of the brand's regional members (`sparkasse-koelnbonn.de`): its own network, unless a
      // lure word stands in the name (`sparkasse-pushtan-update.de`)
      if (!hasLure && rd && isMemberDomain(t.entry, rd, parts)) return null;
      const how = direct ? `"${w}"` : `"${w}" (reads as "${t.token}")`;
      const m = match(
        t.entry,
        'combosquat',
        'combosquat',
        `${rd} combines ${t.entry.owner}'s name ${how} with ${parts
          .filter((p) => p !== w)
          .map((p) => `"${p}"`)
          .join(', ')}`,
      );
      return direct ? m : { ...m, disguised: true };
    }
  }
  // no hyphen: brand glued to lure words (paypalsecure, securelogin-microsoft handled above); beside
  // a lure word of its own (`confirm-ebaymain`) a brand glued to any word counts
  for (const w of parts) {
    if (w.length < 6) continue;
    const lureBeside = parts.length > 1 && parts.some((p) => p !== w && LURE_WORDS.has(p));
    // the brand first (`ebaymain`): a brand at the end of a word is too often inside it (purchase)
    const glued = (t: BrandToken, rest: string, brandFirst: boolean): boolean =>
      (!t.weak && isLureRun(rest)) || (brandFirst && lureBeside && t.token.length >= 4 && rest.length >= 3);
    const max = Math.min(idx.maxToken, w.length - 2);
    // slices only for a head or tail whose hash is a token's (no string per step otherwise)
    const hashed = w.length < SCRATCH;
    if (hashed) fillPoly(w);
    for (let n = max; n >= MIN_TOKEN; n--) {
      if (!hashed || idx.tokenHashes.has(PRE[n]!)) {
        const head = w.slice(0, n);
        const tail = w.slice(n);
        const th = idx.tokens.get(head);
        if (th && glued(th, tail, true)) {
          return match(
            th.entry,
            'combosquat',
            'combosquat',
            `${rd} glues ${th.entry.owner}'s name "${head}" to "${tail}"`,
          );
        }
      }
      if (!hashed || idx.tokenHashes.has(SUF[w.length - n]!)) {
        const tailTok = w.slice(w.length - n);
        const tt = idx.tokens.get(tailTok);
        const lead = w.slice(0, w.length - n);
        if (tt && glued(tt, lead, false)) {
          return match(
            tt.entry,
            'combosquat',
            'combosquat',
            `${rd} glues "${lead}" to ${tt.entry.owner}'s name "${tailTok}"`,
          );
        }
      }
    }
  }
  return null;
}

/** `sparkasse-*.de` as an anchored pattern: `*` is one or more labels' worth of name, no dot. */
function memberPattern(glob: string): RegExp {
  const body = glob
    .toLowerCase()
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\-]/g, '\\$&'))
    .join('[a-z0-9-]+');
  return new RegExp(`^${body}$`);
}

/**
 * Lure words of the languages regional banks write in, which the shared list (English) lacks: a
 * member-shaped name carrying one is an impostor's (`sparkasse-sicherheit.de`).
 */
const MEMBER_LURES: ReadonlySet<string> = new Set([
  'tan',
  'pushtan',
  'phototan',
  'sicher',
  'sicherheit',
  'aktualisierung',
  'aktualisieren',
  'verifizierung',
  'verifizieren',
  'bestaetigung',
  'bestaetigen',
  'kunden',
  'kundenservice',
  'konto',
  'legitimation',
  'freischaltung',
  'sperre',
  'gesperrt',
  'entsperren',
  'datenabgleich',
  'onlinebanking',
  'anmeldung',
  'karte',
  'karten',
]);

/** Whether `rd` has the shape of one of the entry owner's regional member domains. */
function isMemberDomain(e: Entry, rd: string, parts: readonly string[]): boolean {
  if (!e.members?.some((m) => m.test(rd))) return false;
  return !parts.some((p) => MEMBER_LURES.has(p) || LURE_WORDS.has(p));
}

/**
 * The brand whose regional member `rd` is (`sparkasse-regensburg.de` → Sparkasse), or null: a name
 * of the member shape with no lure word in it (`sparkasse-sicherheit.de` is an impostor's). Such a
 * savings bank's own domain is as much a real institution's as a plain name.
 */
export function memberOf(idx: LookalikeIndex, rd: string): string | null {
  const info = hostInfo(rd);
  if (!info.label || info.registrableDomain !== rd) return null;
  const parts = foldUnicode(info.label).split('-').filter(Boolean);
  if (parts.length < 2) return null;
  for (const w of parts) {
    const t = idx.tokens.get(w);
    if (t && isMemberDomain(t.entry, rd, parts)) return t.entry.owner;
  }
  return null;
}

/** Whether `s` is one or two lure words glued together (`login`, `securelogin`). */
function isLureRun(s: string): boolean {
  // pieces of 4+ letters only: "us", "app", "id" glued to a name are too often a real company's
  // own domain (barclaysus.com, microsoftapp.net)
  if (s.length >= 4 && LURE_WORDS.has(s)) return true;
  for (let i = 4; i <= s.length - 4; i++) {
    if (LURE_WORDS.has(s.slice(0, i)) && LURE_WORDS.has(s.slice(i))) return true;
  }
  return false;
}

const TECHNIQUE_SIGNAL = {
  homoglyph: LOOKALIKE_HOMOGLYPH,
  idn: LOOKALIKE_IDN,
  typosquat: LOOKALIKE_TYPOSQUAT,
  combosquat: LOOKALIKE_COMBOSQUAT,
  subdomain: LOOKALIKE_SUBDOMAIN,
  tld_swap: LOOKALIKE_TLD_SWAP,
} as const;

/** Techniques that copy a protected name letter for letter but for one edit or look-alike letters. */
const NEAR_COPY: ReadonlySet<LookalikeTechnique> = new Set(['homoglyph', 'idn', 'typosquat']);

/**
 * Fire the signal for a lookalike match. Calibration (issue 15, item 3): a near copy of the
 * organization's own or a partner's domain (`fabrikarn.example` for `fabrikam.example`) is the
 * BEC sender or link of a targeted attack, and a brand name spelled with look-alike characters
 * next to other words (`micros0ft-sso-verify.com`) is a disguise no brand uses for itself: both
 * are critical, so they read at least as serious as a machine-generated name. Other organization
 * and partner lookalikes are raised from medium to high.
 */
export function lookalikeSignal(m: LookalikeMatch, host: string, evidence: Evidence[]): Signal {
  const def = TECHNIQUE_SIGNAL[m.technique];
  let severity: Severity = def.severity;
  if (m.ownerKind !== 'brand' && severity === 'medium') severity = 'high';
  if ((m.ownerKind !== 'brand' && NEAR_COPY.has(m.technique)) || m.disguised) severity = 'critical';
  const whose =
    m.ownerKind === 'brand'
      ? `the ${m.owner} brand`
      : m.ownerKind === 'partner'
        ? `partner ${m.owner}`
        : `your organization (${m.owner})`;
  return def.fire(`${host} looks like ${m.protectedDomain} of ${whose}: ${m.detail}`, evidence, severity);
}

/** The first labels of the hosts brands send and sign in from (post.xero.com, email.paypal.com). */
const SUBDOMAIN_WORDS = new Set([
  'post',
  'mail',
  'email',
  'em',
  'e',
  'news',
  'info',
  'secure',
  'login',
  'signin',
  'my',
  'app',
  'go',
  'notify',
  'notifications',
  'messaging',
  'billing',
  'account',
  'accounts',
  'portal',
  'online',
  'auth',
  'sso',
  'id',
]);

/** Brand names that are also places, common acronyms or words outside the dictionary. */
const NOT_A_NAME = new Set([
  'canada',
  'emirates',
  'max',
  'crypto',
  'hermes',
  'posta',
  'poste',
  'posten',
  'post',
  'suomi',
  'mail',
  'news',
  'cms',
  'pos',
  'sat',
  'sap',
  'ems',
  'caf',
  'cpf',
  'kra',
  'cra',
  'ssa',
  'hhs',
  'ato',
  'ing',
  'bol',
  'meo',
  'halifax',
]);

/**
 * The owner whose name is one whole hyphen-separated word of `rd`'s label, however short or weak
 * (`dhl` in dhl-gf-clearance.com, `pnc` in pnc-treasuryservices.com, `egyptair` in
 * egyptair-groupsales.com), when `rd` is not that owner's and is none of its regional members. No
 * lookalike on its own: a short name beside plain words is how many firms name themselves (a DHL
 * reseller, an arena named after its sponsor). Only a caller that knows the message presents itself as
 * that owner (an email that names it) may read it as a disguise. Names that are words (`isWord`: the
 * domain model's dictionary, so apple, delta, united) or places and acronyms of many (NOT_A_NAME) are
 * left out.
 */
export function brandWordIn(
  idx: LookalikeIndex,
  rd: string,
  isWord: (w: string) => boolean,
): { owner: string; ownerKind: OwnerKind; protectedDomain: string; word: string; rest: string[] } | null {
  const info = hostInfo(rd);
  if (!info.label || info.registrableDomain !== rd || isProtectedHost(idx, rd)) return null;
  const parts = foldUnicode(info.label).split('-').filter(Boolean);
  if (parts.length < 2 || parts.length > 6) return null;
  for (const w of parts) {
    if (w.length < MIN_TOKEN || NOT_A_NAME.has(w) || !idx.tokens.has(w) || isWord(w)) continue;
    const t = idx.tokens.get(w);
    if (!t || isMemberDomain(t.entry, rd, parts)) continue;
    return {
      owner: t.entry.owner,
      ownerKind: t.entry.ownerKind,
      protectedDomain: t.entry.domain,
      word: w,
      rest: parts.filter((p) => p !== w),
    };
  }
  return null;
}
