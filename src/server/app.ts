/**
 * The HTTP service: `buildApp(config, deps)` builds a fastify instance without listening, so tests
 * drive it with `app.inject()`; only `vigil serve` (src/cli/serve.ts) listens.
 *
 * Order matters: error handlers, then auth (a root onRequest hook), then the rate limiter (route-level
 * onRequest hooks, which run after root hooks, so limits are keyed by the *verified* key id), then
 * swagger (it must see every route), then the route plugins and the static dashboard.
 */
import { packagePath, packageUrl } from '../paths.js';
import { existsSync, readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { VigilConfig } from '../config/index.js';
import { VigilError } from '../core/index.js';
import type { Store } from '../store/index.js';
import { installAuth } from './auth.js';
import { DEFAULT_AUTH_FAILURES_PER_MINUTE } from './auth-throttle.js';
import type { RouteContext } from './context.js';
import { clientErrorHandler, frameworkErrors, installErrorHandlers } from './errors.js';
import { sharedRateStore } from './rate-store.js';
import { createMetrics, type Metrics } from './metrics.js';
import { feedbackRoutes } from './routes/feedback.js';
import { metaRoutes } from './routes/meta.js';
import { scanRoutes } from './routes/scan.js';
import { signalRoutes } from './routes/signals.js';
import { verdictRoutes } from './routes/verdicts.js';
import { statusRoutes } from './routes/status.js';
import type { Vigil } from '../vigil.js';
import { coerceQueryIntegers } from './query.js';
import { sharedSchemas } from './schemas.js';

/** Body limit for JSON requests: a URL, a domain or a feedback note fits easily. */
export const JSON_BODY_LIMIT = 64 * 1024;
/** Days a stored verdict is kept when the config sets nothing. */
export const DEFAULT_RETENTION_DAYS = 30;
/** How often expired verdicts are purged while the service runs. */
export const RETENTION_SWEEP_MS = 3_600_000;
/** Requests per minute per API key when the config sets none. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 6000;
/** Where `npm run build:web` puts the dashboard. */
export const DEFAULT_WEB_ROOT = packagePath('web/dist/');

export interface AppDeps {
  store: Store;
  /** The runtime (`createVigil(config)`): kinds, signals and `scan`; tests pass one with fake analyzers. */
  vigil: Vigil;
  /** Current time; tests pass a fixed clock. */
  clock?: () => Date;
  /** Serve without API keys (local use only). */
  insecureNoAuth?: boolean;
  /** Store raw messages with their verdicts (they hold personal data). */
  keepRaw?: boolean;
  /** Store evidence text and fired messages (they quote the mail); overrides server.keep_evidence. */
  keepEvidence?: boolean;
  /**
   * Days a verdict and its feedback are kept (null: forever); overrides server.retention_days.
   * Older ones are purged when the app is ready and then every `retentionSweepMs`.
   */
  retentionDays?: number | null;
  /** How often expired verdicts are purged (default hourly). */
  retentionSweepMs?: number;
  /** Override config.server.rate_limit_per_minute. */
  rateLimitPerMinute?: number;
  /** Folder of the built dashboard; null serves none. */
  webRoot?: string | null;
  /** fastify logger option (false in tests). */
  logger?: FastifyServerOptions['logger'];
  /** Collect process metrics (CPU, memory, event loop) into /metrics. */
  processMetrics?: boolean;
  /** The config file the server was started with (shown by GET /v1/status); null or absent: none. */
  configFile?: { path: string; sha256: string } | null;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(packageUrl('package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export interface VigilApp extends FastifyInstance {
  vigilMetrics: Metrics;
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React and recharts set inline style attributes
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Request logs name the route pattern (`/v1/verdicts/:id`), never the raw URL: a query string holds
 * filter values and `?filename=` the name of someone's mail.
 */
const LOG_SERIALIZERS = {
  req: (req: FastifyRequest) => ({
    method: req.method,
    route: req.routeOptions?.url ?? 'unmatched',
    remoteAddress: req.ip,
  }),
};

function withLogSerializers(logger: AppDeps['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  if (logger === true) return { serializers: LOG_SERIALIZERS };
  return { ...logger, serializers: { ...logger.serializers, ...LOG_SERIALIZERS } };
}

export async function buildApp(config: VigilConfig, deps: AppDeps): Promise<VigilApp> {
  const app = Fastify({
    logger: withLogSerializers(deps.logger),
    bodyLimit: JSON_BODY_LIMIT,
    // verdict ids and keys never need long URLs; hostile ones are cut early
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    // router and HTTP-parser errors answer in the one error shape (src/server/errors.ts)
    frameworkErrors,
    clientErrorHandler,
    // no coercion: a body field of the wrong type is a 400 naming the field, never a guess
    // (`{"url": 12}` once became the URL "12"); query integers are converted by coerceQueryIntegers
    ajv: { customOptions: { strict: false, coerceTypes: false } },
  });
  const metrics = createMetrics({ processMetrics: deps.processMetrics ?? true });
  const startedAt = (deps.clock ?? (() => new Date()))().toISOString();
  const ctx: RouteContext = {
    config,
    store: deps.store,
    vigil: deps.vigil,
    metrics,
    clock: deps.clock ?? (() => new Date()),
    keepRaw: deps.keepRaw ?? config.server.keepRaw ?? false,
    keepEvidence: deps.keepEvidence ?? config.server.keepEvidence ?? false,
    summaryOf: summaries(deps.vigil),
    emailBodyLimit: config.server.bodyLimitBytes ?? config.limits.message_bytes,
  };
  app.decorate('vigilMetrics', metrics);
  installRetention(app, ctx, deps);
  ctx.rateLimitPerMinute =
    deps.rateLimitPerMinute ?? config.server.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;

  installErrorHandlers(app);

  const webRoot = deps.webRoot === undefined ? DEFAULT_WEB_ROOT : deps.webRoot;
  const hasWeb = webRoot !== null && existsSync(`${webRoot}/index.html`);
  installAuth(app, {
    store: deps.store,
    insecureNoAuth: deps.insecureNoAuth ?? false,
    staticPatterns: new Set(['/', '/*']),
    metrics,
    failuresPerMinute: config.server.authFailuresPerMinute ?? DEFAULT_AUTH_FAILURES_PER_MINUTE,
    now: () => ctx.clock().getTime(),
  });

  const perMinute =
    deps.rateLimitPerMinute ?? config.server.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  // replicas over one shared store count each key's requests in the store (src/server/rate-store.ts)
  const sharedCounter = sharedRateStore(deps.store, 60_000);
  await app.register(rateLimit, {
    ...(sharedCounter ? { store: sharedCounter } : {}),
    max: perMinute,
    timeWindow: 60_000,
    // after auth: requests with a key count against the key; the rest (static files, no-auth mode) per address
    keyGenerator: (req) => (req.vigilKey ? `key:${req.vigilKey.id}` : `ip:${req.ip}`),
    errorResponseBuilder: (_req, c) =>
      new VigilError('E_RATE_LIMIT', `more than ${c.max} requests per minute; retry in ${c.after}`),
  });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      reply.header('content-security-policy', CSP);
      reply.header('x-frame-options', 'DENY');
    }
    if (req.url.startsWith('/v1/') || req.url === '/metrics') reply.header('cache-control', 'no-store');
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    metrics.httpSeconds.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.addHook('preValidation', coerceQueryIntegers);

  for (const s of sharedSchemas(deps.vigil.kinds)) app.addSchema(s);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Vigil API',
        version: '1',
        description:
          `Scan ${deps.vigil.kinds.join(', ')} inputs for phishing and BEC (GET /v1/signals lists the kinds and signals); ` +
          'browse stored verdicts; record analyst feedback (stored for human review, never used to retrain automatically).',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'vgl_…' } },
      },
      security: [{ bearerAuth: [] }],
    },
    hideUntagged: true,
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });

  await app.register(metaRoutes(ctx));
  await app.register(scanRoutes(ctx));
  await app.register(signalRoutes(ctx));
  await app.register(verdictRoutes(ctx));
  await app.register(feedbackRoutes(ctx));
  const models = deps.vigil.kindInfo.map((k) => ({
    kind: k.kind,
    name: k.model?.name ?? null,
    version: k.model?.version ?? null,
  }));
  await app.register(
    statusRoutes(
      ctx,
      { version: packageVersion(), started_at: startedAt, config_file: deps.configFile ?? null, models },
      deps.insecureNoAuth ?? false,
    ),
  );

  if (hasWeb && webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      // hashed asset names never change; index.html must be re-read to pick up a new build
      setHeaders: (res, path) => {
        res.setHeader(
          'cache-control',
          path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        );
      },
    });
  } else {
    app.get('/', { config: { public: true } }, async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>Vigil</title><p>The dashboard is not built. Run <code>npm run build:web</code>; the API is under <code>/v1</code>.</p>',
        ),
    );
  }

  return app as unknown as VigilApp;
}

function summaries(vigil: Vigil): (id: string) => string | undefined {
  const byId = new Map(vigil.signals.map((d) => [d.id, d.summary]));
  return (id) => byId.get(id);
}

/**
 * Retention: verdicts (with raw messages) and feedback older than `retention_days` are purged when
 * the app is ready, then every hour. The timer is unref'd and cleared on close.
 */
function installRetention(app: FastifyInstance, ctx: RouteContext, deps: AppDeps): void {
  // null means "keep forever": `??` would turn it into the default
  const fromConfig = ctx.config.server.retentionDays;
  const days =
    deps.retentionDays !== undefined
      ? deps.retentionDays
      : fromConfig === undefined
        ? DEFAULT_RETENTION_DAYS
        : fromConfig;
  ctx.retentionDays = days;
  if (days === null) return;
  const sweep = async () => {
    const before = new Date(ctx.clock().getTime() - days * 86_400_000);
    try {
      const gone = await ctx.store.purge(before);
      if (gone.verdicts || gone.feedback) {
        app.log.info(
          { verdicts: gone.verdicts, feedback: gone.feedback, before: before.toISOString() },
          'retention: purged',
        );
      }
    } catch (err) {
      app.log.error({ err }, 'retention: purge failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), deps.retentionSweepMs ?? RETENTION_SWEEP_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
