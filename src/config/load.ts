import { readFileSync } from 'node:fs';
import type { Limits, Thresholds } from '../core/index.js';
import { DEFAULT_LIMITS, DEFAULT_THRESHOLDS, VigilError } from '../core/index.js';
import { DEFAULT_BRANDS, type Brand } from './brands.js';
import { quickParse } from './quick.js';
import { configSchemas, type FilterConfig, type LOG_LEVELS, type ParsedConfigFile } from './schema.js';

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Vip {
  name: string;
  title?: string;
  email?: string;
  aliases?: string[];
}

export interface Partner {
  name: string;
  domains: string[];
}

/** The resolved configuration every analyzer receives. Build it with `resolveConfig`/`loadConfig`. */
export interface VigilConfig {
  organization: { name?: string; domains: string[]; vips: Vip[]; partners: Partner[] };
  brands: Brand[];
  trustedAuthservIds: string[];
  /** OCR of inline and attached images (opt-in: `ocr: true`, `vigil scan --ocr`). */
  ocr: boolean;
  limits: Limits;
  thresholds: Thresholds;
  /** Model file paths; undefined = the shipped model, null = no model (rules only). */
  models: {
    email?: string | null;
    email_wording?: string | null;
    url?: string | null;
    domain?: string | null;
  };
  server: {
    bodyLimitBytes?: number;
    rateLimitPerMinute?: number;
    keepRaw?: boolean;
    keepEvidence?: boolean;
    authFailuresPerMinute?: number;
    /** null: keep verdicts forever. */
    retentionDays?: number | null;
    logLevel?: LogLevel;
  };
  /** `vigil filter` (mail flow): policies and limits, defaults filled in. */
  filter: FilterConfig;
}

/** Validate a config object (the parsed JSON of a config file) and fill in defaults. */
export function resolveConfig(input: unknown = {}, source = 'config'): VigilConfig {
  const c = isEmptyObject(input ?? {}) ? emptyConfigFile() : parseConfigFile(input ?? {}, source);
  const byName = new Map(DEFAULT_BRANDS.map((b) => [b.name.toLowerCase(), b]));
  const brands = new Map<string, Brand>();
  if (c.default_brands) for (const b of DEFAULT_BRANDS) brands.set(b.name.toLowerCase(), b);
  for (const b of c.brands ?? []) {
    if (typeof b === 'string') {
      // the schema admits only names of the built-in list (an unknown name is E_CONFIG)
      const known = byName.get(b.toLowerCase());
      if (known) brands.set(b.toLowerCase(), known);
    } else {
      brands.set(b.name.toLowerCase(), {
        name: b.name,
        domains: b.domains,
        ...(b.aliases ? { aliases: b.aliases } : {}),
        ...(b.members ? { members: b.members } : {}),
      });
    }
  }
  const org = c.organization ?? { domains: [], vips: [], partners: [] };
  return {
    organization: {
      ...(org.name ? { name: org.name } : {}),
      domains: org.domains,
      vips: org.vips.map((v) => ({ ...v, ...(v.email ? { email: v.email.toLowerCase() } : {}) })),
      partners: org.partners,
    },
    brands: [...brands.values()],
    trustedAuthservIds: c.trusted_authserv_ids.map((s) => s.toLowerCase()),
    ocr: c.ocr,
    limits: { ...DEFAULT_LIMITS, ...stripUndefined(c.limits ?? {}) },
    thresholds: c.thresholds ?? { ...DEFAULT_THRESHOLDS },
    models: c.models ?? {},
    server: {
      ...(c.server?.body_limit_bytes !== undefined ? { bodyLimitBytes: c.server.body_limit_bytes } : {}),
      ...(c.server?.rate_limit_per_minute !== undefined
        ? { rateLimitPerMinute: c.server.rate_limit_per_minute }
        : {}),
      ...(c.server?.keep_raw !== undefined ? { keepRaw: c.server.keep_raw } : {}),
      ...(c.server?.keep_evidence !== undefined ? { keepEvidence: c.server.keep_evidence } : {}),
      ...(c.server?.auth_failures_per_minute !== undefined
        ? { authFailuresPerMinute: c.server.auth_failures_per_minute }
        : {}),
      ...(c.server?.retention_days !== undefined ? { retentionDays: c.server.retention_days } : {}),
      ...(c.server?.log_level !== undefined ? { logLevel: c.server.log_level } : {}),
    },
    filter: c.filter ?? defaultFilter(),
  };
}

/** The config file validated by its schema, with defaults filled in; E_CONFIG naming every problem. */
function parseConfigFile(input: unknown, source: string): ParsedConfigFile {
  const quick = quickParse(input); // the common file without zod (./quick.ts)
  if (quick !== undefined) return quick;
  const parsed = configSchemas().configSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
      .join('; ');
    throw new VigilError('E_CONFIG', `${source} is invalid: ${problems}`, { source });
  }
  return parsed.data;
}

/** A plain object with no own keys: what no config file (or a file holding `{}`) amounts to. */
function isEmptyObject(input: unknown): boolean {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const proto = Object.getPrototypeOf(input) as unknown;
  return proto === Object.prototype && Reflect.ownKeys(input).length === 0;
}

/**
 * What the schema makes of `{}`, written out (speed only: building zod's schemas and parsing costs
 * ≈ 10 ms and ≈ 1.4 MB at start-up, and a process with no config file needs nothing else from
 * them). test/config/default-fast.test.ts checks both against the schema's own parse, so a default
 * changed in ./schema.ts and not here fails there.
 */
export function emptyConfigFile(): ParsedConfigFile {
  return { default_brands: true, ocr: false, trusted_authserv_ids: [] };
}

/** What the filter schema makes of `{}` (as emptyConfigFile; checked by the same test). */
export function defaultFilter(): FilterConfig {
  return {
    policy: { suspicious: 'tag', malicious: 'tag' },
    quarantine_notice: true,
    on_error: 'tempfail',
    max_concurrent_scans: 4,
    max_queued: 64,
    max_message_bytes: 50 * 1024 * 1024,
    max_clients: 200,
    timeout_ms: 60_000,
    reasons: 5,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Read and validate a JSON config file. */
export function loadConfig(path?: string): VigilConfig {
  if (!path) return resolveConfig({});
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new VigilError('E_CONFIG', `cannot read config file ${path}: ${(err as Error).message}`, { path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new VigilError('E_CONFIG', `config file ${path} is not valid JSON: ${(err as Error).message}`, {
      path,
    });
  }
  return resolveConfig(json, `config file ${path}`);
}

export const defaultConfig = (): VigilConfig => resolveConfig({});
