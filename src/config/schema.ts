/**
 * The config file (`--config FILE`): one JSON document, validated here. Every mistake is reported
 * with the path of the offending field, as `E_CONFIG`.
 */
import { z } from 'zod';
import { DEFAULT_LIMITS, DEFAULT_THRESHOLDS, LIMIT_MINIMUMS, type Limits } from '../core/index.js';
import { DEFAULT_BRANDS } from './brands.js';

const domainName = z
  .string()
  .min(1)
  .max(253)
  .transform((d) => d.trim().toLowerCase().replace(/\.$/, ''))
  .refine((d) => /^[a-z0-9.-]+$/.test(d) || d.includes('xn--') || /[^\x00-\x7f]/.test(d), {
    message: 'must be a domain name such as example.com',
  });

const nonNegInt = z.number().int().nonnegative();
/** Levels of the service's request log (pino's). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const probability = z.number().min(0).max(1);

export const vipSchema = z.strictObject({
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

export const brandSchema = z.union([
  knownBrandName,
  z.strictObject({
    name: z.string().min(1).max(100),
    domains: z.array(domainName).default([]),
    aliases: z.array(z.string().min(1).max(100)).optional(),
  }),
]);

export const configSchema = z.strictObject({
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
  /** authserv-ids whose Authentication-Results headers are trusted (your own MX). */
  trusted_authserv_ids: z.array(z.string().min(1).max(253)).default([]),
  /** Each limit at least its LIMIT_MINIMUMS entry: 0 made every message look empty, and clean. */
  limits: z
    .strictObject(
      Object.fromEntries(
        Object.entries(LIMIT_MINIMUMS).map(([k, min]) => [k, z.number().int().min(min, { error: `must be an integer of at least ${min}` }).optional()]),
      ) as Record<keyof Limits, z.ZodOptional<z.ZodNumber>>,
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
      url: z.string().nullable().optional(),
      domain: z.string().nullable().optional(),
    })
    .optional(),
  server: z
    .strictObject({
      // 0 would refuse every request body: at least 1 KiB, like limits.message_bytes
      body_limit_bytes: z.number().int().min(1024, { error: 'must be an integer of at least 1024' }).optional(),
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
});

export type ConfigFile = z.input<typeof configSchema>;
export type ParsedConfigFile = z.output<typeof configSchema>;

export { DEFAULT_LIMITS };
