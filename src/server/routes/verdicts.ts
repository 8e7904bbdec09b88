/**
 * History: GET /v1/verdicts (filtered, newest first, cursor-paginated), GET /v1/verdicts/:id,
 * GET /v1/verdicts/:id/raw (only when the message was kept with --keep-raw) and GET /v1/stats for
 * the dashboard overview.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Category, InputKind, VerdictLabel } from '../../core/index.js';
import { CATEGORIES, VigilError } from '../../core/index.js';
import type { VerdictQuery, VerdictSummary } from '../../store/index.js';
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
  throw new VigilError(
    'E_BAD_REQUEST',
    `since must be an ISO 8601 date or time, or an age like 24h or 7d; got "${text.slice(0, 40)}"`,
  );
}

/** Filters shared by the history list and its export (querystring properties). */
/** Query filters; `kind` is one of the runtime's kinds (`vigil.kinds`). */
const filterPropertiesFor = (kinds: readonly string[]) => ({
  kind: { type: 'string', enum: [...kinds] },
  verdict: { type: 'string', enum: [...LABELS] },
  category: { type: 'string', enum: [...CATEGORIES] },
  since: {
    type: 'string',
    maxLength: 40,
    description: 'ISO 8601 date/time or an age (24h, 7d): created at or after',
  },
  until: {
    type: 'string',
    maxLength: 40,
    description: 'ISO 8601 date/time or an age (24h, 7d): created before',
  },
  q: {
    type: 'string',
    minLength: 1,
    maxLength: 200,
    description:
      'search sender, subject, target (file name, URL, domain) and stored URLs; literal, ASCII case-insensitive',
  },
});

interface FilterQuery {
  kind?: InputKind;
  verdict?: VerdictLabel;
  category?: Category;
  since?: string;
  until?: string;
  q?: string;
}

function filtersOf(q: FilterQuery, now: Date): Omit<VerdictQuery, 'limit' | 'cursor'> {
  const since = parseSince(q.since, now);
  const until = parseSince(q.until, now);
  return {
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.verdict ? { verdict: q.verdict } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(q.q ? { search: q.q } : {}),
  };
}

/** Most rows one export returns; past it the answer says so in `x-vigil-truncated`. */
export const MAX_EXPORT_ROWS = 50_000;

const CSV_COLUMNS = [
  'id',
  'created_at',
  'kind',
  'target',
  'verdict',
  'score',
  'categories',
  'subject',
  'sender',
] as const;

/**
 * One CSV field. Subjects and senders are written by attackers: a field that starts with = + - @
 * (or a tab/CR) would run as a formula in a spreadsheet, so it gets a leading apostrophe (OWASP
 * "CSV injection"); quotes are doubled and every field is quoted.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function csvRow(v: VerdictSummary): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: v.id,
    created_at: v.created_at,
    kind: v.kind,
    target: v.target,
    verdict: v.verdict,
    score: String(v.score),
    categories: v.categories.join(';'),
    subject: v.subject,
    sender: v.sender,
  };
  return CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
}

export function verdictRoutes(ctx: RouteContext): FastifyPluginAsync {
  const filterProperties = filterPropertiesFor(ctx.vigil.kinds);
  return async (app) => {
    app.get(
      '/v1/verdicts',
      {
        config: { role: 'read' },
        schema: {
          summary: 'List stored verdicts, newest first; filter by kind, verdict, category, time; search text',
          tags: ['verdicts'],
          security,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ...filterProperties,
              limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
              cursor: { type: 'string', maxLength: 64 },
            },
          },
          response: { 200: { $ref: 'VerdictPage#' }, ...errorResponses(400, 401, 403, 429) },
        },
      },
      async (req) => {
        const q = req.query as FilterQuery & { limit: number; cursor?: string };
        return ctx.store.listVerdicts({
          limit: q.limit,
          ...filtersOf(q, ctx.clock()),
          ...(q.cursor ? { cursor: q.cursor } : {}),
        });
      },
    );

    app.get(
      '/v1/verdicts/export',
      {
        config: { role: 'read' },
        schema: {
          summary: `Every stored verdict matching the filters (as /v1/verdicts), newest first, as CSV or JSON lines (at most ${MAX_EXPORT_ROWS})`,
          tags: ['verdicts'],
          security,
          produces: ['text/csv', 'application/x-ndjson'],
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ...filterProperties,
              format: { type: 'string', enum: ['csv', 'jsonl'], default: 'csv' },
            },
          },
          response: { ...errorResponses(400, 401, 403, 429) },
        },
      },
      async (req, reply) => {
        const q = req.query as FilterQuery & { format: 'csv' | 'jsonl' };
        const filters = filtersOf(q, ctx.clock());
        const lines: string[] = q.format === 'csv' ? [CSV_COLUMNS.join(',')] : [];
        let cursor: string | undefined;
        let rows = 0;
        let truncated = false;
        for (;;) {
          const page = await ctx.store.listVerdicts({
            ...filters,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          });
          for (const item of page.items) {
            if (rows >= MAX_EXPORT_ROWS) {
              truncated = true;
              break;
            }
            lines.push(q.format === 'csv' ? csvRow(item) : JSON.stringify(item));
            rows++;
          }
          if (truncated || !page.next_cursor) break;
          cursor = page.next_cursor;
        }
        const stamp = ctx.clock().toISOString().slice(0, 10);
        return reply
          .type(q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="vigil-verdicts-${stamp}.${q.format === 'csv' ? 'csv' : 'jsonl'}"`,
          )
          .header('x-vigil-rows', String(rows))
          .header('x-vigil-truncated', String(truncated))
          .send(lines.length ? `${lines.join('\n')}\n` : '');
      },
    );

    app.get(
      '/v1/verdicts/:id',
      {
        config: { role: 'read' },
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
        // the raw message is the most personal thing stored: admin keys only
        config: { role: 'admin' },
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
        if (!raw)
          throw new VigilError(
            'E_NOT_FOUND',
            `no raw message kept for ${id} (the server keeps none unless --keep-raw)`,
          );
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
        config: { role: 'read' },
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

    app.get(
      '/v1/stats/signals',
      {
        config: { role: 'read' },
        schema: {
          summary: 'Per-signal counts and throughput (scans, mean analysis time) over time',
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
          response: {
            200: {
              type: 'object',
              properties: {
                since: { type: 'string', format: 'date-time' },
                bucket: { type: 'string', enum: ['hour', 'day'] },
                by_signal: { type: 'object', additionalProperties: { type: 'integer' } },
                series: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      start: { type: 'string', format: 'date-time' },
                      scans: { type: 'integer' },
                      mean_elapsed_ms: { type: 'number' },
                      signals: { type: 'object', additionalProperties: { type: 'integer' } },
                    },
                  },
                },
              },
            },
            ...errorResponses(400, 401, 403, 429),
          },
        },
      },
      async (req) => {
        const q = req.query as { since: string; bucket: 'hour' | 'day' };
        const since = parseSince(q.since, ctx.clock()) ?? new Date(0);
        const stats = await ctx.store.signalStats({ since, bucket: q.bucket });
        return { since: since.toISOString(), bucket: q.bucket, ...stats };
      },
    );
  };
}
