/**
 * POST /v1/scan/email | url | domain: run the analyzer, store the verdict, return it with its id.
 * The email route takes the raw message as the body (message/rfc822, application/octet-stream or
 * text/plain) with its own body limit; the others take small JSON bodies.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { InputKind, Verdict } from '../../core/index.js';
import { VigilError, isVigilError } from '../../core/index.js';
import { redactVerdict, urlsOfVerdict } from '../../store/index.js';
import type { RouteContext } from '../context.js';
import { errorResponses } from '../schemas.js';

export const EMAIL_CONTENT_TYPES = ['message/rfc822', 'application/octet-stream', 'text/plain'] as const;
/** Longest `?filename=` kept as the verdict's target. */
const MAX_TARGET = 255;

async function scanAndStore(
  ctx: RouteContext,
  kind: InputKind,
  run: () => Verdict | Promise<Verdict>,
  raw?: Uint8Array,
): Promise<Record<string, unknown>> {
  const started = performance.now();
  let verdict: Verdict;
  try {
    verdict = await run();
  } catch (err) {
    ctx.metrics.scanErrors.inc({ kind, code: isVigilError(err) ? err.code : 'E_INTERNAL' });
    throw err;
  }
  ctx.metrics.scanSeconds.observe({ kind }, (performance.now() - started) / 1000);
  ctx.metrics.scans.inc({ kind, verdict: verdict.verdict });
  // the caller gets the whole verdict; the stored copy quotes the mail only under --keep-evidence
  const saved = await ctx.store.saveVerdict({
    verdict: ctx.keepEvidence ? verdict : redactVerdict(verdict, ctx.summaryOf),
    evidenceStored: ctx.keepEvidence,
    urls: urlsOfVerdict(verdict),
    createdAt: ctx.clock(),
    ...(ctx.keepRaw && raw ? { raw } : {}),
  });
  return { id: saved.id, ...verdict };
}

const okResponses = { 200: { $ref: 'ScanResult#' }, ...errorResponses(400, 401, 403, 413, 415, 422, 429, 500) };
const security = [{ bearerAuth: [] }];

function emailRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    // this plugin's scope only: the email route reads its body as bytes, whatever the text type says
    app.removeContentTypeParser(['text/plain', 'application/json']);
    app.addContentTypeParser([...EMAIL_CONTENT_TYPES], { parseAs: 'buffer', bodyLimit: ctx.emailBodyLimit }, (_req, body, done) =>
      done(null, body),
    );
    app.addContentTypeParser('*', (req, _payload, done) =>
      done(
        new VigilError(
          'E_UNSUPPORTED_MEDIA_TYPE',
          `content type ${String(req.headers['content-type'] ?? '(none)').slice(0, 100)} is not accepted for an email`,
        ),
      ),
    );

    app.post(
      '/v1/scan/email',
      {
        bodyLimit: ctx.emailBodyLimit,
        config: {
          role: 'scan',
          // the body is raw bytes, never validated as JSON: describe it for OpenAPI only
          swaggerTransform: ({ schema, url }) => ({
            url,
            schema: {
              ...schema,
              body: { type: 'string', format: 'binary', description: 'the raw message (RFC 5322), at most limits.message_bytes' },
            },
          }),
        },
        schema: {
          summary: 'Scan one email (raw RFC 5322 message as the body)',
          tags: ['scan'],
          security,
          consumes: [...EMAIL_CONTENT_TYPES],
          querystring: {
            type: 'object',
            properties: {
              filename: { type: 'string', maxLength: MAX_TARGET, description: 'shown as the verdict target' },
            },
          },
          response: okResponses,
        },
      },
      async (req) => {
        const body = req.body;
        if (!Buffer.isBuffer(body)) {
          throw new VigilError('E_UNSUPPORTED_MEDIA_TYPE', 'send the raw message as the request body');
        }
        if (body.length === 0) throw new VigilError('E_EMPTY_INPUT', 'the request body is empty');
        const raw = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
        const target = (req.query as { filename?: string }).filename || 'message.eml';
        return scanAndStore(ctx, 'email', () => ctx.scanners.email(raw, { config: ctx.config, target }), raw);
      },
    );
  };
}

export function scanRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    await app.register(emailRoutes(ctx));

    app.post(
      '/v1/scan/url',
      {
        config: { role: 'scan' },
        schema: {
          summary: 'Scan one URL',
          tags: ['scan'],
          security,
          body: {
            type: 'object',
            required: ['url'],
            additionalProperties: false,
            properties: { url: { type: 'string', minLength: 1, maxLength: 8192, example: 'http://login.example.test/verify' } },
          },
          response: okResponses,
        },
      },
      async (req) => {
        const { url } = req.body as { url: string };
        return scanAndStore(ctx, 'url', () => ctx.scanners.url(url, { config: ctx.config, target: url }));
      },
    );

    app.post(
      '/v1/scan/domain',
      {
        config: { role: 'scan' },
        schema: {
          summary: 'Scan one domain name',
          tags: ['scan'],
          security,
          body: {
            type: 'object',
            required: ['domain'],
            additionalProperties: false,
            properties: { domain: { type: 'string', minLength: 1, maxLength: 253, example: 'paypa1-secure.example' } },
          },
          response: okResponses,
        },
      },
      async (req) => {
        const { domain } = req.body as { domain: string };
        return scanAndStore(ctx, 'domain', () => ctx.scanners.domain(domain, { config: ctx.config, target: domain }));
      },
    );
  };
}
