/** GET /healthz (no auth), GET /metrics (Prometheus text, auth), GET /v1/openapi.json (auth). */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../context.js';
import { errorResponses } from '../schemas.js';

export function metaRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/healthz',
      {
        config: { public: true, rateLimit: false },
        schema: {
          summary: 'Liveness: 200 while the process serves (no API key needed)',
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
      async (_req, reply) => reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger())),
    );
  };
}
