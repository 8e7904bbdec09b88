/**
 * The common config file read without zod (speed only): building zod's schemas and parsing took
 * ≈ 25 ms of `vigil scan --config FILE one.eml` (issue 13 item 3). `quickParse` handles the
 * sections most files hold (organization, brands, default_brands, ocr, trusted_authserv_ids,
 * models, $schema) and answers what `configSchema.parse` answers, key order included, or
 * undefined: anything else — another section, a value the schema would refuse, anything unusual
 * (undefined, a non-plain object) — goes to the schema, which also words every error.
 * test/config/quick-parse.test.ts checks it against the schema on fixed-seed random configs.
 */
import { regexes } from 'zod';
import { DEFAULT_BRANDS } from './brands.js';
import type { ParsedConfigFile } from './schema.js';

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

/** zod's `z.string().email()`: its default pattern. */
function email(v: unknown): string {
  return typeof v === 'string' && regexes.email.test(v) ? v : defer();
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
  const o = plain(v, ['email', 'url', 'domain']);
  return {
    ...(has(o, 'email') ? { email: modelPath(o.email) } : {}),
    ...(has(o, 'url') ? { url: modelPath(o.url) } : {}),
    ...(has(o, 'domain') ? { domain: modelPath(o.domain) } : {}),
  };
}

const SECTIONS = [
  '$schema',
  'organization',
  'brands',
  'default_brands',
  'ocr',
  'trusted_authserv_ids',
  'models',
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
      ...(has(o, 'models') ? { models: models(o.models) } : {}),
    };
  } catch (e) {
    if (e instanceof Defer) return undefined;
    throw e;
  }
}
