/**
 * GET /v1/status: which Vigil, config and models this server runs, and what the calling key may do.
 * The dashboard's About panel shows it, so an analyst knows whether the VIP and own-domain checks
 * are on (a config file) and which model versions made the verdicts.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../context.js';
import { errorResponses } from '../schemas.js';

/** What the server was started with; built once in buildApp. */
export interface ServerStatus {
  version: string;
  started_at: string;
  /** The config file given to `vigil serve --config`, with the SHA-256 of its bytes; null: none (defaults). */
  config_file: { path: string; sha256: string } | null;
  /** Models the analyzers use, by kind; `null` version when a model is off (rules only). */
  models: { kind: string; name: string | null; version: string | null }[];
}

export function statusRoutes(
  ctx: RouteContext,
  status: ServerStatus,
  insecureNoAuth: boolean,
): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/v1/status',
      {
        config: { role: 'read' },
        schema: {
          summary: 'The running version, config file, models and settings, and the calling key and its role',
          tags: ['meta'],
          security: [{ bearerAuth: [] }],
          response: {
            200: { type: 'object', additionalProperties: true },
            ...errorResponses(401, 403, 429),
          },
        },
      },
      async (req) => {
        const c = ctx.config;
        return {
          ...status,
          organization: {
            name: c.organization.name ?? null,
            domains: c.organization.domains,
            vips: c.organization.vips.length,
            partners: c.organization.partners.map((p) => p.name),
          },
          brands: c.brands.length,
          thresholds: c.thresholds,
          settings: {
            keep_raw: ctx.keepRaw,
            keep_evidence: ctx.keepEvidence,
            retention_days: ctx.retentionDays,
            rate_limit_per_minute: ctx.rateLimitPerMinute,
            email_body_limit_bytes: ctx.emailBodyLimit,
          },
          auth: insecureNoAuth ? 'none' : 'keys',
          // with --insecure-no-auth there is no key: everything is allowed
          key: req.vigilKey ?? null,
          role: req.vigilKey?.role ?? (insecureNoAuth ? 'admin' : null),
        };
      },
    );
  };
}
