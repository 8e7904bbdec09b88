/**
 * The config file (`--config FILE`): one JSON document, validated here. Every mistake is reported
 * with the path of the offending field, as `E_CONFIG`.
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { DEFAULT_LIMITS, DEFAULT_THRESHOLDS, LIMIT_MINIMUMS, type Limits } from '../core/index.js';
import { DEFAULT_BRANDS } from './brands.js';

/** Levels of the service's request log (pino's). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** What the mail-flow filter (`vigil filter`) does with a message of a verdict. */
export const FILTER_ACTIONS = ['tag', 'quarantine', 'reject'] as const;

/**
 * The schemas, built on first use and once (`configSchemas()`): zod's schema objects take
 * milliseconds and ≈ 1 MB to build, and a process with no config file never parses one
 * (resolveConfig answers `{}` without them: ./load.ts).
 */
function buildSchemas() {
  // zod is loaded here, not at import: ./quick.ts reads every valid config file without it
  const { z } = createRequire(import.meta.url)('zod') as typeof Zod;
  const domainName = z
    .string()
    .min(1)
    .max(253)
    .transform((d) => d.trim().toLowerCase().replace(/\.$/, ''))
    .refine((d) => /^[a-z0-9.-]+$/.test(d) || d.includes('xn--') || /[^\x00-\x7f]/.test(d), {
      message: 'must be a domain name such as example.com',
    });

  const nonNegInt = z.number().int().nonnegative();
  const probability = z.number().min(0).max(1);

  const vipSchema = z.strictObject({
    name: z.string().min(1).max(200),
    title: z.string().max(200).optional(),
    email: z.string().email().optional(),
    /** Other addresses the person really uses (a personal address is then not an impostor). */
    aliases: z.array(z.string().email()).optional(),
  });

  const KNOWN_BRANDS = new Set(DEFAULT_BRANDS.map((b) => b.name.toLowerCase()));

  /**
   * A plain name picks an entry of the built-in list; a name it does not hold used to become a brand
   * with no domains, so a typo (with `default_brands: false`) switched brand protection off quietly.
   */
  const knownBrandName = z
    .string()
    .min(1)
    .max(100)
    .refine((name) => KNOWN_BRANDS.has(name.toLowerCase()), {
      error: (iss) =>
        `unknown brand ${JSON.stringify(iss.input)} (known: ${DEFAULT_BRANDS.map((b) => b.name).join(', ')}); ` +
        'add your own as { "name": …, "domains": [ … ] }',
    });

  const brandSchema = z.union([
    knownBrandName,
    z.strictObject({
      name: z.string().min(1).max(100),
      domains: z.array(domainName).default([]),
      aliases: z.array(z.string().min(1).max(100)).optional(),
      /** Regional member domains (`sparkasse-*.de`): `*` is letters, digits or hyphens. */
      members: z
        .array(
          z
            .string()
            .max(253)
            .regex(/^(?:[a-z0-9-]*\*?[a-z0-9-]*\.)+[a-z]{2,63}$/i, 'a domain with at most one * per label'),
        )
        .optional(),
    }),
  ]);

  const filterAction = z.enum(FILTER_ACTIONS);

  /** `vigil filter`: policies per verdict, failure behaviour and the filter's own limits. */
  const filterSchema = z
    .strictObject({
      /** Per verdict: tag (headers only, the default), quarantine, or reject (5xx with the reason). */
      policy: z
        .strictObject({
          suspicious: filterAction.default('tag'),
          malicious: filterAction.default('tag'),
        })
        .default({ suspicious: 'tag', malicious: 'tag' }),
      /** Folder (a Maildir: tmp/, new/, cur/ are created) that keeps quarantined messages. */
      quarantine_dir: z.string().min(1).optional(),
      /** Quarantine hands on a short notice to the recipients instead of the message (false: nothing). */
      quarantine_notice: z.boolean().default(true),
      /**
       * When Vigil fails or is overloaded: "tempfail" answers 451 so the MTA retries later; "pass"
       * hands the message on unscanned with `X-Vigil-Verdict: unscanned`. No mail is lost either way.
       */
      on_error: z.enum(['tempfail', 'pass']).default('tempfail'),
      /** Messages scanned at once; more wait (CPU-bound analysis on one thread). */
      max_concurrent_scans: z.number().int().min(1).max(1024).default(4),
      /** Messages waiting for a scan; past it the filter is overloaded (on_error applies). */
      max_queued: z.number().int().nonnegative().max(100_000).default(64),
      /** Largest message accepted (SIZE): at least Postfix's message_size_limit (10,240,000 by default). */
      max_message_bytes: z
        .number()
        .int()
        .min(1024)
        .default(50 * 1024 * 1024),
      /** Simultaneous SMTP connections (Postfix's smtp client and proxy connections). */
      max_clients: z.number().int().min(1).max(100_000).default(200),
      /** Timeout for the next hop (connect, greeting, each command) and for an idle client. */
      timeout_ms: z.number().int().min(100).max(3_600_000).default(60_000),
      /** Signal ids named in X-Vigil-Reasons. */
      reasons: z.number().int().min(1).max(20).default(5),
    })
    .refine(
      (f) =>
        f.quarantine_dir !== undefined ||
        (f.policy.suspicious !== 'quarantine' && f.policy.malicious !== 'quarantine'),
      {
        message: 'a quarantine policy needs filter.quarantine_dir',
        path: ['quarantine_dir'],
      },
    );

  const configSchema = z.strictObject({
    $schema: z.string().optional(),
    organization: z
      .strictObject({
        name: z.string().min(1).max(200).optional(),
        domains: z.array(domainName).default([]),
        vips: z.array(vipSchema).default([]),
        partners: z
          .array(z.strictObject({ name: z.string().min(1).max(200), domains: z.array(domainName).min(1) }))
          .default([]),
      })
      .optional(),
    /** Brands to protect. Plain names pick entries from the default list; objects add or replace. */
    brands: z.array(brandSchema).optional(),
    /** Whether the default brand list stays on when `brands` is given (default: true). */
    default_brands: z.boolean().default(true),
    /** OCR of inline and attached images (tesseract.js, offline; ~0.3 s an image): off by default. */
    ocr: z.boolean().default(false),
    /** authserv-ids whose Authentication-Results headers are trusted (your own MX). */
    trusted_authserv_ids: z.array(z.string().min(1).max(253)).default([]),
    /** Each limit at least its LIMIT_MINIMUMS entry: 0 made every message look empty, and clean. */
    limits: z
      .strictObject(
        Object.fromEntries(
          Object.entries(LIMIT_MINIMUMS).map(([k, min]) => [
            k,
            z
              .number()
              .int()
              .min(min, { error: `must be an integer of at least ${min}` })
              .optional(),
          ]),
        ) as Record<keyof Limits, Zod.ZodOptional<Zod.ZodNumber>>,
      )
      .optional(),
    thresholds: z
      .strictObject({
        suspicious: probability.default(DEFAULT_THRESHOLDS.suspicious),
        malicious: probability.default(DEFAULT_THRESHOLDS.malicious),
      })
      .refine((t) => t.suspicious <= t.malicious, { message: 'suspicious must not exceed malicious' })
      .optional(),
    /** Paths of model files; default: the shipped models. `null` turns a model off (rules only). */
    models: z
      .strictObject({
        email: z.string().nullable().optional(),
        /** The wording model the evidence gate reads as an ask (src/email/wording.ts). */
        email_wording: z.string().nullable().optional(),
        url: z.string().nullable().optional(),
        domain: z.string().nullable().optional(),
      })
      .optional(),
    server: z
      .strictObject({
        // 0 would refuse every request body: at least 1 KiB, like limits.message_bytes
        body_limit_bytes: z
          .number()
          .int()
          .min(1024, { error: 'must be an integer of at least 1024' })
          .optional(),
        rate_limit_per_minute: nonNegInt.optional(),
        keep_raw: z.boolean().optional(),
        /** Keep evidence text and fired messages (quotes of the mail) in stored verdicts. */
        keep_evidence: z.boolean().optional(),
        /** Failed authentications per client address per minute before 429 (credential guessing). */
        auth_failures_per_minute: z.number().int().positive().optional(),
        /** Days a stored verdict and its feedback are kept; null keeps them forever. */
        retention_days: z.number().int().positive().max(36_500).nullable().optional(),
        log_level: z.enum(LOG_LEVELS).optional(),
      })
      .optional(),
    filter: filterSchema.optional(),
  });
  return { vipSchema, brandSchema, filterSchema, configSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;

/** The config file's schemas (built at the first call). */
export function configSchemas(): Schemas {
  return (built ??= buildSchemas());
}

/** Whether the schemas were built in this process (tests). */
export function configSchemasBuilt(): boolean {
  return built !== undefined;
}

export type ConfigFile = Zod.input<Schemas['configSchema']>;
export type ParsedConfigFile = Zod.output<Schemas['configSchema']>;
/** The resolved `filter` section (defaults filled in). */
export type FilterConfig = Zod.output<Schemas['filterSchema']>;

export { DEFAULT_LIMITS };
