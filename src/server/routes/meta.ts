/** GET /healthz (readiness: the database answers) and /healthz/live (liveness), no auth; GET /metrics (Prometheus text, auth), GET /v1/openapi.json (auth). */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../context.js';
import { errorResponses } from '../schemas.js';

/** Longest wait for the database's answer before /healthz says it is unreachable. */
export const HEALTH_DB_TIMEOUT_MS = 2_000;

const HEALTH_SCHEMA = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'unavailable'] },
    live: { type: 'boolean' },
    database: { type: 'string', enum: ['ok', 'unreachable'] },
  },
} as const;

async function checkDatabase(
  ctx: RouteContext,
): Promise<{ ok: boolean; state: 'ok' | 'unreachable'; message?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ctx.store.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer in ${HEALTH_DB_TIMEOUT_MS} ms`)),
          HEALTH_DB_TIMEOUT_MS,
        );
      }),
    ]);
    return { ok: true, state: 'ok' };
  } catch (err) {
    return { ok: false, state: 'unreachable', message: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export function metaRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    // readiness: a load balancer sends scans only to a replica whose database answers
    app.get(
      '/healthz',
      {
        config: { public: true, rateLimit: false },
        schema: {
          summary: 'Readiness: 200 when the database answers, 503 when it does not (no API key needed)',
          tags: ['meta'],
          response: {
            200: HEALTH_SCHEMA,
            503: HEALTH_SCHEMA,
          },
        },
      },
      async (req, reply) => {
        const db = await checkDatabase(ctx);
        if (db.ok) return { status: 'ok', live: true, database: 'ok' };
        // the reason goes to the log only: this route is public, and it names the database host
        req.log.warn({ reason: db.message }, 'healthz: the database does not answer');
        return reply.code(503).send({ status: 'unavailable', live: true, database: 'unreachable' });
      },
    );

    // liveness: the process serves; never touches the database (restarting a replica does not
    // bring a database back)
    app.get(
      '/healthz/live',
      {
        config: { public: true, rateLimit: false },
        schema: {
          summary: 'Liveness: 200 while the process serves, whatever the database (no API key needed)',
          tags: ['meta'],
          response: { 200: { type: 'object', properties: { status: { type: 'string', example: 'ok' } } } },
        },
      },
      async () => ({ status: 'ok' }),
    );

    app.get(
      '/metrics',
      {
        config: { role: 'read' },
        schema: {
          summary: 'Prometheus metrics (scans by kind and verdict, latency histograms)',
          tags: ['meta'],
          security: [{ bearerAuth: [] }],
          produces: ['text/plain'],
          response: errorResponses(401, 403, 429),
        },
      },
      async (_req, reply) => {
        const text = await ctx.metrics.registry.metrics();
        return reply.type(ctx.metrics.registry.contentType).send(text);
      },
    );

    app.get(
      '/v1/openapi.json',
      {
        config: { role: 'read' },
        schema: {
          summary: 'This API as an OpenAPI 3 document',
          tags: ['meta'],
          security: [{ bearerAuth: [] }],
          response: errorResponses(401, 403, 429),
        },
      },
      async (_req, reply) =>
        reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger())),
    );
  };
}
