/**
 * Authentication: every route needs `Authorization: Bearer vgl_…` except /healthz and the static
 * dashboard files (the dashboard's API calls send the key). The decision is made on the *matched
 * route pattern*, not on the raw path, so encodings of a path (`/%761/…`) cannot dodge it.
 * `insecureNoAuth` switches this off for local use only; `vigil serve` requires it to be explicit.
 *
 * Failed attempts are counted per client address (`AuthFailureThrottle`); past
 * `server.auth_failures_per_minute` the address gets 429 until its minute is over, and every failure
 * is counted in `vigil_auth_failures_total{reason}`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { VigilError } from '../core/index.js';
import type { KeyRole, Store } from '../store/index.js';
import { AuthFailureThrottle } from './auth-throttle.js';
import { HttpFailure, apiError } from './errors.js';
import { verifyApiKey } from './keys.js';
import type { AuthFailureReason, Metrics } from './metrics.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified key of this request; null when auth is off or the route is public. */
    vigilKey: { id: string; name: string; role: KeyRole } | null;
  }
  interface FastifyContextConfig {
    /** Route needs no API key (health check, static dashboard files). */
    public?: boolean;
    /** Least role a key needs for this route; a route that names none needs `admin` (fail closed). */
    role?: KeyRole;
  }
}

const ROLE_RANK: Record<KeyRole, number> = { read: 0, scan: 1, admin: 2 };

/** Whether a key of role `has` may use a route that needs `needs`. */
export const roleAllows = (has: KeyRole, needs: KeyRole): boolean => ROLE_RANK[has] >= ROLE_RANK[needs];

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export function isPublicRoute(req: FastifyRequest, staticPatterns: ReadonlySet<string>): boolean {
  const pattern = req.routeOptions.url;
  // no route matched: the 404 handler answers, with nothing to protect
  if (pattern === undefined) return true;
  if (req.routeOptions.config?.public === true) return true;
  return staticPatterns.has(pattern) && req.method !== 'POST';
}

export interface AuthOptions {
  store: Store;
  insecureNoAuth: boolean;
  staticPatterns: ReadonlySet<string>;
  metrics: Metrics;
  /** Failed authentications per address per minute before 429. */
  failuresPerMinute: number;
  /** Milliseconds since the epoch; tests pass a fixed clock. */
  now: () => number;
}

export function installAuth(app: FastifyInstance, opts: AuthOptions): void {
  const throttle = new AuthFailureThrottle(opts.failuresPerMinute);
  app.decorateRequest('vigilKey', null);
  app.addHook('onRequest', async (req, reply) => {
    if (opts.insecureNoAuth || isPublicRoute(req, opts.staticPatterns)) return;
    const now = opts.now();
    const wait = throttle.retryAfter(req.ip, now);
    if (wait > 0) {
      opts.metrics.authThrottled.inc();
      void reply.header('retry-after', String(wait));
      throw new HttpFailure(
        apiError(
          'E_RATE_LIMIT',
          `more than ${throttle.maxFailures} failed authentications from your address in a minute; retry in ${wait} s`,
          'send a valid key (`vigil keys list`); the limit is server.auth_failures_per_minute',
        ),
      );
    }
    const failed = (reason: AuthFailureReason, err: VigilError) => {
      throttle.fail(req.ip, now);
      opts.metrics.authFailures.inc({ reason });
      return err;
    };
    const header = req.headers.authorization;
    if (!header)
      throw failed(
        'missing',
        new VigilError('E_AUTH', 'this route needs an API key: send Authorization: Bearer <key>'),
      );
    const m = BEARER.exec(header);
    if (!m?.[1])
      throw failed('malformed', new VigilError('E_AUTH', 'the Authorization header must be "Bearer <key>"'));
    const check = await verifyApiKey(opts.store, m[1]);
    if (!check.ok) {
      if (check.reason === 'revoked')
        throw failed('revoked', new VigilError('E_FORBIDDEN', 'this API key has been revoked'));
      throw failed(check.reason, new VigilError('E_AUTH', 'the API key is not valid'));
    }
    req.vigilKey = check.key;
    // a valid key without the role is not an authentication failure: not counted, not throttled
    const needs = req.routeOptions.config?.role ?? 'admin';
    if (!roleAllows(check.key.role, needs)) {
      throw new VigilError(
        'E_ROLE',
        `this API key has the role "${check.key.role}"; this route needs "${needs}"`,
      );
    }
  });
}
