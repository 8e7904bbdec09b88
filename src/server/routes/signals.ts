/**
 * GET /v1/signals: the kinds this service scans and every signal they can fire, read from the
 * runtime (the same declarations as the README's signal table). The dashboard builds its kind
 * filter and signal legend from it; a SIEM can map ids to categories and severities.
 */
import type { FastifyPluginAsync } from 'fastify';
import { CATEGORIES, SEVERITIES } from '../../core/index.js';
import type { RouteContext } from '../context.js';
import { errorResponses } from '../schemas.js';

const stringList = { type: 'array', items: { type: 'string' } } as const;

export const signalListSchema = {
  type: 'object',
  required: ['kinds', 'signals'],
  properties: {
    kinds: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'description', 'input', 'signals', 'features', 'models'],
        properties: {
          kind: { type: 'string', example: 'email' },
          description: { type: 'string' },
          input: {
            type: 'string',
            enum: ['bytes', 'text'],
            description: 'bytes: raw body; text: JSON { "<kind>": "…" }',
          },
          signals: { ...stringList, description: 'ids of the signals a verdict of this kind can carry' },
          features: { ...stringList, description: "the model's feature families" },
          models: { ...stringList, description: 'models it reads (config models.<name>)' },
        },
      },
    },
    signals: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'kind', 'category', 'severity', 'summary'],
        properties: {
          id: { type: 'string', example: 'email.sender.reply_to_mismatch' },
          kind: { type: 'string', description: 'the kind whose analyzer declares it (the id prefix)' },
          category: { type: 'string', enum: [...CATEGORIES] },
          severity: {
            type: 'string',
            enum: [...SEVERITIES],
            description: 'default severity (a fired signal may differ)',
          },
          summary: { type: 'string' },
        },
      },
    },
  },
} as const;

export function signalRoutes(ctx: RouteContext): FastifyPluginAsync {
  // built once: the runtime's kinds and signals never change while it runs
  const body = {
    kinds: ctx.vigil.kindInfo.map((k) => ({
      kind: k.kind,
      description: k.description,
      input: k.input,
      signals: k.signals,
      features: k.features,
      models: k.models,
    })),
    signals: [...ctx.vigil.signals]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((s) => ({
        id: s.id,
        kind: s.id.slice(0, s.id.indexOf('.')),
        category: s.category,
        severity: s.severity,
        summary: s.summary,
      })),
  };
  return async (app) => {
    app.get(
      '/v1/signals',
      {
        schema: {
          summary: 'The kinds this service scans and every signal they can fire',
          tags: ['meta'],
          security: [{ bearerAuth: [] }],
          response: { 200: signalListSchema, ...errorResponses(401, 403, 429) },
        },
      },
      async () => body,
    );
  };
}
