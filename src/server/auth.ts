/**
 * Authentication: every route needs `Authorization: Bearer vgl_…` except /healthz and the static
 * dashboard files (the dashboard's API calls send the key). The decision is made on the *matched
 * route pattern*, not on the raw path, so encodings of a path (`/%761/…`) cannot dodge it.
 * `insecureNoAuth` switches this off for local use only; `vigil serve` requires it to be explicit.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { VigilError } from '../core/index.js';
import type { Store } from '../store/index.js';
import { verifyApiKey } from './keys.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified key of this request; null when auth is off or the route is public. */
    vigilKey: { id: string; name: string } | null;
  }
  interface FastifyContextConfig {
    /** Route needs no API key (health check, static dashboard files). */
    public?: boolean;
  }
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export function isPublicRoute(req: FastifyRequest, staticPatterns: ReadonlySet<string>): boolean {
  const pattern = req.routeOptions.url;
  // no route matched: the 404 handler answers, with nothing to protect
  if (pattern === undefined) return true;
  if (req.routeOptions.config?.public === true) return true;
  return staticPatterns.has(pattern) && req.method !== 'POST';
}

export function installAuth(
  app: FastifyInstance,
  opts: { store: Store; insecureNoAuth: boolean; staticPatterns: ReadonlySet<string> },
): void {
  app.decorateRequest('vigilKey', null);
  app.addHook('onRequest', async (req) => {
    if (opts.insecureNoAuth || isPublicRoute(req, opts.staticPatterns)) return;
    const header = req.headers.authorization;
    if (!header) throw new VigilError('E_AUTH', 'this route needs an API key: send Authorization: Bearer <key>');
    const m = BEARER.exec(header);
    if (!m?.[1]) throw new VigilError('E_AUTH', 'the Authorization header must be "Bearer <key>"');
    const check = await verifyApiKey(opts.store, m[1]);
    if (!check.ok) {
      if (check.reason === 'revoked') throw new VigilError('E_FORBIDDEN', 'this API key has been revoked');
      throw new VigilError('E_AUTH', 'the API key is not valid');
    }
    req.vigilKey = check.key;
  });
}
