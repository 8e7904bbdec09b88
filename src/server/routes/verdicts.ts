/**
 * History: GET /v1/verdicts (filtered, newest first, cursor-paginated), GET /v1/verdicts/:id,
 * GET /v1/verdicts/:id/raw (only when the message was kept with --keep-raw) and GET /v1/stats for
 * the dashboard overview.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { InputKind, VerdictLabel } from '../../core/index.js';
import { VigilError } from '../../core/index.js';
import type { RouteContext } from '../context.js';
import { LABELS, errorResponses } from '../schemas.js';

const security = [{ bearerAuth: [] }];
const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;

/** Parse `since`: an ISO 8601 date or date-time, or a relative age such as `24h`, `7d`. */
export function parseSince(text: string | undefined, now: Date): Date | undefined {
  if (text === undefined || text === '') return undefined;
  const rel = /^(\d{1,5})([hd])$/.exec(text);
  if (rel) return new Date(now.getTime() - Number(rel[1]) * (rel[2] === 'h' ? 3_600_000 : 86_400_000));
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const d = new Date(text);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new VigilError('E_BAD_REQUEST', `since must be an ISO 8601 date or time, or an age like 24h or 7d; got "${text.slice(0, 40)}"`);
}

export function verdictRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/v1/verdicts',
      {
        schema: {
          summary: 'List stored verdicts, newest first',
          tags: ['verdicts'],
          security,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              kind: { type: 'string', enum: [...ctx.vigil.kinds] },
              verdict: { type: 'string', enum: [...LABELS] },
              since: { type: 'string', maxLength: 40, description: 'ISO 8601 date/time or an age (24h, 7d)' },
              limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
              cursor: { type: 'string', maxLength: 64 },
            },
          },
          response: { 200: { $ref: 'VerdictPage#' }, ...errorResponses(400, 401, 403, 429) },
        },
      },
      async (req) => {
        const q = req.query as { kind?: InputKind; verdict?: VerdictLabel; since?: string; limit: number; cursor?: string };
        const since = parseSince(q.since, ctx.clock());
        return ctx.store.listVerdicts({
          limit: q.limit,
          ...(q.kind ? { kind: q.kind } : {}),
          ...(q.verdict ? { verdict: q.verdict } : {}),
          ...(since ? { since } : {}),
          ...(q.cursor ? { cursor: q.cursor } : {}),
        });
      },
    );

    app.get(
      '/v1/verdicts/:id',
      {
        schema: {
          summary: 'One stored verdict with subject, sender, URLs, signals and feedback',
          tags: ['verdicts'],
          security,
          params: idParams,
          response: { 200: { $ref: 'StoredVerdict#' }, ...errorResponses(401, 403, 404, 429) },
        },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        const stored = await ctx.store.getVerdict(id);
        if (!stored) throw new VigilError('E_NOT_FOUND', `no verdict with id ${id}`);
        const feedback = await ctx.store.listFeedback(id);
        const { result, ...kept } = stored;
        // the verdict JSON first, then what was stored about it (same id, created_at, …)
        return { ...result, ...kept, feedback };
      },
    );

    app.get(
      '/v1/verdicts/:id/raw',
      {
        schema: {
          summary: 'The raw message, when the server runs with --keep-raw',
          tags: ['verdicts'],
          security,
          params: idParams,
          response: { ...errorResponses(401, 403, 404, 429) },
        },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const raw = await ctx.store.getRaw(id);
        if (!raw) throw new VigilError('E_NOT_FOUND', `no raw message kept for ${id} (the server keeps none unless --keep-raw)`);
        // attachment + nosniff: a stored phishing page must never render in the dashboard's origin
        return reply
          .type('message/rfc822')
          .header('content-disposition', `attachment; filename="${id}.eml"`)
          .send(Buffer.from(raw));
      },
    );

    app.get(
      '/v1/stats',
      {
        schema: {
          summary: 'Counts by verdict and category over time (dashboard overview)',
          tags: ['verdicts'],
          security,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              since: { type: 'string', maxLength: 40, default: '30d' },
              bucket: { type: 'string', enum: ['hour', 'day'], default: 'day' },
            },
          },
          response: { 200: { $ref: 'Stats#' }, ...errorResponses(400, 401, 403, 429) },
        },
      },
      async (req) => {
        const q = req.query as { since: string; bucket: 'hour' | 'day' };
        const since = parseSince(q.since, ctx.clock()) ?? new Date(0);
        const stats = await ctx.store.stats({ since, bucket: q.bucket });
        return { since: since.toISOString(), bucket: q.bucket, ...stats };
      },
    );
  };
}
