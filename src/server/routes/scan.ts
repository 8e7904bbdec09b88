/**
 * POST /v1/scan/<kind>, one route per kind of the runtime: run the analyzer, store the verdict,
 * return it with its id. A `bytes` kind (email) takes the raw input as the body (for email:
 * message/rfc822, application/octet-stream or text/plain) with its own body limit; a `text` kind
 * (url, domain) takes a small JSON body named after the kind (`{ "url": "…" }`).
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { InputKind, KindInfo, Verdict } from '../../core/index.js';
import { VigilError, isVigilError } from '../../core/index.js';
import { redactVerdict, urlsOfVerdict } from '../../store/index.js';
import type { RouteContext } from '../context.js';
import { errorResponses } from '../schemas.js';

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

const okResponses = {
  200: { $ref: 'ScanResult#' },
  ...errorResponses(400, 401, 403, 413, 415, 422, 429, 500),
};
const security = [{ bearerAuth: [] }];
/** Longest JSON input of a `text` kind that names no limit of its own. */
const DEFAULT_TEXT_MAX = 8192;

/** `POST /v1/scan/<kind>` for a kind that takes raw bytes (email): the body is the input. */
function bytesRoute(ctx: RouteContext, info: KindInfo): FastifyPluginAsync {
  const contentTypes = info.http.contentTypes?.length
    ? [...info.http.contentTypes]
    : ['application/octet-stream'];
  return async (app: FastifyInstance) => {
    // this plugin's scope only: the route reads its body as bytes, whatever the text type says
    app.removeContentTypeParser(['text/plain', 'application/json']);
    app.addContentTypeParser(
      contentTypes,
      { parseAs: 'buffer', bodyLimit: ctx.emailBodyLimit },
      (_req, body, done) => done(null, body),
    );
    app.addContentTypeParser('*', (req, _payload, done) =>
      done(
        new VigilError(
          'E_UNSUPPORTED_MEDIA_TYPE',
          `content type ${String(req.headers['content-type'] ?? '(none)').slice(0, 100)} is not accepted for a ${info.kind} scan; send ${contentTypes.join(', ')}`,
        ),
      ),
    );

    app.post(
      `/v1/scan/${info.kind}`,
      {
        bodyLimit: ctx.emailBodyLimit,
        config: {
          role: 'scan',
          // the body is raw bytes, never validated as JSON: describe it for OpenAPI only
          swaggerTransform: ({ schema, url }) => ({
            url,
            schema: {
              ...schema,
              body: {
                type: 'string',
                format: 'binary',
                description: `${info.description}, at most limits.message_bytes`,
              },
            },
          }),
        },
        schema: {
          summary: `Scan ${info.description} (raw bytes as the body)`,
          tags: ['scan'],
          security,
          consumes: contentTypes,
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
          throw new VigilError('E_UNSUPPORTED_MEDIA_TYPE', 'send the raw input as the request body');
        }
        if (body.length === 0) throw new VigilError('E_EMPTY_INPUT', 'the request body is empty');
        const raw = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
        const target = (req.query as { filename?: string }).filename || info.http.defaultTarget || info.kind;
        return scanAndStore(ctx, info.kind, () => ctx.vigil.scan(info.kind, raw, { target }), raw);
      },
    );
  };
}

/** `POST /v1/scan/<kind>` for a kind that takes one line of text: `{ "<kind>": "…" }`. */
function textRoute(app: FastifyInstance, ctx: RouteContext, info: KindInfo): void {
  const field = info.kind;
  app.post(
    `/v1/scan/${info.kind}`,
    {
      config: { role: 'scan' },
      schema: {
        summary: `Scan ${info.description}`,
        tags: ['scan'],
        security,
        body: {
          type: 'object',
          required: [field],
          additionalProperties: false,
          properties: {
            [field]: {
              type: 'string',
              minLength: 1,
              maxLength: info.http.maxLength ?? DEFAULT_TEXT_MAX,
              ...(info.http.example ? { example: info.http.example } : {}),
            },
          },
        },
        response: okResponses,
      },
    },
    async (req) => {
      const input = (req.body as Record<string, string>)[field]!;
      return scanAndStore(ctx, info.kind, () => ctx.vigil.scan(info.kind, input, { target: input }));
    },
  );
}

/** One scan route per kind of the runtime (`vigil.kindInfo`), in registry order. */
export function scanRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    for (const info of ctx.vigil.kindInfo) {
      if (info.input === 'bytes') await app.register(bytesRoute(ctx, info));
      else textRoute(app, ctx, info);
    }
  };
}
