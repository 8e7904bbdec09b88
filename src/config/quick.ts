/**
 * A valid config file read without zod (speed only): loading zod, building its schemas and parsing
 * took ≈ 25–35 ms of `vigil scan --config FILE one.eml` (issue 13 item 3). `quickParse` answers
 * what `configSchema.parse` answers, key order and defaults included, or undefined: a value the
 * schema would refuse, or anything unusual (undefined, a non-plain object, a number beyond the
 * safe integers), goes to the schema (./schema.ts, which loads zod then), which words every error.
 * test/config/quick-parse.test.ts checks it against the schema on fixed-seed random configs.
 */
import { DEFAULT_THRESHOLDS, LIMIT_MINIMUMS, type Limits } from '../core/index.js';
import { DEFAULT_BRANDS } from './brands.js';
import { FILTER_ACTIONS, LOG_LEVELS, type ParsedConfigFile } from './schema.js';

/** Not handled here: the caller parses with the schema. */
class Defer extends Error {}
const defer = (): never => {
  throw new Defer();
};

/** The file's value as a plain object (own keys among `allowed`, none undefined), else defer. */
function plain(v: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return defer();
  if (Object.getPrototypeOf(v) !== Object.prototype) return defer();
  const keys = Reflect.ownKeys(v);
  for (const k of keys) {
    if (typeof k !== 'string' || !allowed.includes(k)) return defer();
    const d = Object.getOwnPropertyDescriptor(v, k);
    if (d === undefined || !d.enumerable || !('value' in d) || d.value === undefined) return defer();
  }
  return v as Record<string, unknown>;
}

const has = (o: object, k: string): boolean => Object.hasOwn(o, k);

function str(v: unknown, min: number, max: number): string {
  return typeof v === 'string' && v.length >= min && v.length <= max ? v : defer();
}

function bool(v: unknown): boolean {
  return typeof v === 'boolean' ? v : defer();
}

function list<T>(v: unknown, item: (x: unknown) => T, min = 0): T[] {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length < min) return defer();
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    if (!(i in v)) return defer(); // a hole
    out.push(item(v[i]));
  }
  return out;
}

/** schema.ts's domainName: length checked before the transform, the pattern after it. */
function domainName(v: unknown): string {
  const d = str(v, 1, 253).trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(d) || d.includes('xn--') || /[^\x00-\x7f]/.test(d) ? d : defer();
}

/**
 * zod's `z.string().email()`: its default pattern (zod's `regexes.email`, written out so that this
 * module does not load zod; test/config/quick-parse.test.ts compares the two).
 */
export const ZOD_EMAIL =
  // eslint-disable-next-line no-useless-escape -- zod's source character for character (the test compares them)
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

function email(v: unknown): string {
  return typeof v === 'string' && ZOD_EMAIL.test(v) ? v : defer();
}

function vip(v: unknown) {
  const o = plain(v, ['name', 'title', 'email', 'aliases']);
  return {
    name: str(o.name, 1, 200),
    ...(has(o, 'title') ? { title: str(o.title, 0, 200) } : {}),
    ...(has(o, 'email') ? { email: email(o.email) } : {}),
    ...(has(o, 'aliases') ? { aliases: list(o.aliases, email) } : {}),
  };
}

function partner(v: unknown) {
  const o = plain(v, ['name', 'domains']);
  return { name: str(o.name, 1, 200), domains: list(o.domains, domainName, 1) };
}

let known: Set<string> | undefined;
const MEMBER = /^(?:[a-z0-9-]*\*?[a-z0-9-]*\.)+[a-z]{2,63}$/i;

function member(v: unknown): string {
  const m = str(v, 0, 253);
  return MEMBER.test(m) ? m : defer();
}

function brand(v: unknown) {
  if (typeof v === 'string') {
    known ??= new Set(DEFAULT_BRANDS.map((b) => b.name.toLowerCase()));
    return known.has(str(v, 1, 100).toLowerCase()) ? v : defer();
  }
  const o = plain(v, ['name', 'domains', 'aliases', 'members']);
  return {
    name: str(o.name, 1, 100),
    domains: has(o, 'domains') ? list(o.domains, domainName) : [],
    ...(has(o, 'aliases') ? { aliases: list(o.aliases, (a) => str(a, 1, 100)) } : {}),
    ...(has(o, 'members') ? { members: list(o.members, member) } : {}),
  };
}

function organization(v: unknown) {
  const o = plain(v, ['name', 'domains', 'vips', 'partners']);
  return {
    ...(has(o, 'name') ? { name: str(o.name, 1, 200) } : {}),
    domains: has(o, 'domains') ? list(o.domains, domainName) : [],
    vips: has(o, 'vips') ? list(o.vips, vip) : [],
    partners: has(o, 'partners') ? list(o.partners, partner) : [],
  };
}

function modelPath(v: unknown): string | null {
  return v === null ? null : typeof v === 'string' ? v : defer();
}

function models(v: unknown) {
  const o = plain(v, ['email', 'email_wording', 'url', 'domain']);
  return {
    ...(has(o, 'email') ? { email: modelPath(o.email) } : {}),
    ...(has(o, 'email_wording') ? { email_wording: modelPath(o.email_wording) } : {}),
    ...(has(o, 'url') ? { url: modelPath(o.url) } : {}),
    ...(has(o, 'domain') ? { domain: modelPath(o.domain) } : {}),
  };
}

/**
 * zod's `z.number().int()` with bounds: a safe integer in [min, max] (zod's int is the safe-integer
 * range; anything beyond it is deferred rather than judged here).
 */
function int(v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  return Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : defer();
}

/** zod's `z.number().min(0).max(1)`. */
function probability(v: unknown): number {
  return typeof v === 'number' && v >= 0 && v <= 1 ? v : defer();
}

function oneOf<T extends string>(v: unknown, values: readonly T[]): T {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : defer();
}

const LIMIT_KEYS = Object.keys(LIMIT_MINIMUMS) as (keyof Limits)[];

function limits(v: unknown) {
  const o = plain(v, LIMIT_KEYS);
  const out: Partial<Record<keyof Limits, number>> = {};
  for (const k of LIMIT_KEYS) if (has(o, k)) out[k] = int(o[k], LIMIT_MINIMUMS[k]);
  return out;
}

function thresholds(v: unknown) {
  const o = plain(v, ['suspicious', 'malicious']);
  const t = {
    suspicious: has(o, 'suspicious') ? probability(o.suspicious) : DEFAULT_THRESHOLDS.suspicious,
    malicious: has(o, 'malicious') ? probability(o.malicious) : DEFAULT_THRESHOLDS.malicious,
  };
  return t.suspicious <= t.malicious ? t : defer();
}

const SERVER_KEYS = [
  'body_limit_bytes',
  'rate_limit_per_minute',
  'keep_raw',
  'keep_evidence',
  'auth_failures_per_minute',
  'retention_days',
  'log_level',
];

function server(v: unknown) {
  const o = plain(v, SERVER_KEYS);
  return {
    ...(has(o, 'body_limit_bytes') ? { body_limit_bytes: int(o.body_limit_bytes, 1024) } : {}),
    ...(has(o, 'rate_limit_per_minute') ? { rate_limit_per_minute: int(o.rate_limit_per_minute, 0) } : {}),
    ...(has(o, 'keep_raw') ? { keep_raw: bool(o.keep_raw) } : {}),
    ...(has(o, 'keep_evidence') ? { keep_evidence: bool(o.keep_evidence) } : {}),
    ...(has(o, 'auth_failures_per_minute')
      ? { auth_failures_per_minute: int(o.auth_failures_per_minute, 1) }
      : {}),
    ...(has(o, 'retention_days')
      ? { retention_days: o.retention_days === null ? null : int(o.retention_days, 1, 36_500) }
      : {}),
    ...(has(o, 'log_level') ? { log_level: oneOf(o.log_level, LOG_LEVELS) } : {}),
  };
}

const FILTER_KEYS = [
  'policy',
  'quarantine_dir',
  'quarantine_notice',
  'on_error',
  'max_concurrent_scans',
  'max_queued',
  'max_message_bytes',
  'max_clients',
  'timeout_ms',
  'reasons',
];

function policy(v: unknown) {
  const o = plain(v, ['suspicious', 'malicious']);
  return {
    suspicious: has(o, 'suspicious') ? oneOf(o.suspicious, FILTER_ACTIONS) : ('tag' as const),
    malicious: has(o, 'malicious') ? oneOf(o.malicious, FILTER_ACTIONS) : ('tag' as const),
  };
}

function filter(v: unknown) {
  const o = plain(v, FILTER_KEYS);
  const f = {
    policy: has(o, 'policy') ? policy(o.policy) : { suspicious: 'tag' as const, malicious: 'tag' as const },
    ...(has(o, 'quarantine_dir') ? { quarantine_dir: str(o.quarantine_dir, 1, Infinity) } : {}),
    quarantine_notice: has(o, 'quarantine_notice') ? bool(o.quarantine_notice) : true,
    on_error: has(o, 'on_error') ? oneOf(o.on_error, ['tempfail', 'pass'] as const) : ('tempfail' as const),
    max_concurrent_scans: has(o, 'max_concurrent_scans') ? int(o.max_concurrent_scans, 1, 1024) : 4,
    max_queued: has(o, 'max_queued') ? int(o.max_queued, 0, 100_000) : 64,
    max_message_bytes: has(o, 'max_message_bytes') ? int(o.max_message_bytes, 1024) : 50 * 1024 * 1024,
    max_clients: has(o, 'max_clients') ? int(o.max_clients, 1, 100_000) : 200,
    timeout_ms: has(o, 'timeout_ms') ? int(o.timeout_ms, 100, 3_600_000) : 60_000,
    reasons: has(o, 'reasons') ? int(o.reasons, 1, 20) : 5,
  };
  const quarantines = f.policy.suspicious === 'quarantine' || f.policy.malicious === 'quarantine';
  return quarantines && f.quarantine_dir === undefined ? defer() : f;
}

const SECTIONS = [
  '$schema',
  'organization',
  'brands',
  'default_brands',
  'ocr',
  'trusted_authserv_ids',
  'limits',
  'thresholds',
  'models',
  'server',
  'filter',
] as const;

/** What `configSchema.parse(input)` returns, when this module can tell; else undefined. */
export function quickParse(input: unknown): ParsedConfigFile | undefined {
  try {
    const o = plain(input, SECTIONS);
    // the schema's key order: its sections in their order, defaults filled in
    return {
      ...(has(o, '$schema') ? { $schema: typeof o.$schema === 'string' ? o.$schema : defer() } : {}),
      ...(has(o, 'organization') ? { organization: organization(o.organization) } : {}),
      ...(has(o, 'brands') ? { brands: list(o.brands, brand) } : {}),
      default_brands: has(o, 'default_brands') ? bool(o.default_brands) : true,
      ocr: has(o, 'ocr') ? bool(o.ocr) : false,
      trusted_authserv_ids: has(o, 'trusted_authserv_ids')
        ? list(o.trusted_authserv_ids, (s) => str(s, 1, 253))
        : [],
      ...(has(o, 'limits') ? { limits: limits(o.limits) } : {}),
      ...(has(o, 'thresholds') ? { thresholds: thresholds(o.thresholds) } : {}),
      ...(has(o, 'models') ? { models: models(o.models) } : {}),
      ...(has(o, 'server') ? { server: server(o.server) } : {}),
      ...(has(o, 'filter') ? { filter: filter(o.filter) } : {}),
    };
  } catch (e) {
    if (e instanceof Defer) return undefined;
    throw e;
  }
}
