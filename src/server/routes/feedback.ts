/**
 * POST /v1/verdicts/:id/feedback: an analyst says a verdict was right or wrong. The feedback is
 * stored with the key that sent it, for a human-reviewed retraining run. Nothing here, or anywhere in
 * the service, retrains a model: feedback can be poisoned by whoever holds a key (DESIGN.md #6).
 */
import type { FastifyPluginAsync } from 'fastify';
import { VigilError } from '../../core/index.js';
import type { FeedbackLabel } from '../../store/index.js';
import type { RouteContext } from '../context.js';
import { errorResponses } from '../schemas.js';

export const MAX_FEEDBACK_NOTE = 2000;
const security = [{ bearerAuth: [] }];
const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;

export function feedbackRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    app.post(
      '/v1/verdicts/:id/feedback',
      {
        config: { role: 'admin' },
        schema: {
          summary: 'Record analyst feedback (stored for human review; never retrains automatically)',
          tags: ['feedback'],
          security,
          params: idParams,
          body: {
            type: 'object',
            required: ['label'],
            additionalProperties: false,
            properties: {
              label: { type: 'string', enum: ['malicious', 'benign'] },
              note: { type: 'string', maxLength: MAX_FEEDBACK_NOTE, default: '' },
            },
          },
          response: { 201: { $ref: 'Feedback#' }, ...errorResponses(400, 401, 403, 404, 413, 415, 429) },
        },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const body = req.body as { label: FeedbackLabel; note: string };
        const fb = await ctx.store.addFeedback({
          verdictId: id,
          label: body.label,
          note: body.note,
          keyId: req.vigilKey?.id ?? null,
          createdAt: ctx.clock(),
        });
        if (!fb) throw new VigilError('E_NOT_FOUND', `no verdict with id ${id}`);
        ctx.metrics.feedback.inc({ label: fb.label });
        return reply.status(201).send(fb);
      },
    );

    app.get(
      '/v1/verdicts/:id/feedback',
      {
        config: { role: 'read' },
        schema: {
          summary: 'Feedback recorded on one verdict',
          tags: ['feedback'],
          security,
          params: idParams,
          response: {
            200: { type: 'object', properties: { items: { type: 'array', items: { $ref: 'Feedback#' } } } },
            ...errorResponses(401, 403, 404, 429),
          },
        },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        if (!(await ctx.store.getVerdict(id)))
          throw new VigilError('E_NOT_FOUND', `no verdict with id ${id}`);
        return { items: await ctx.store.listFeedback(id) };
      },
    );
  };
}
