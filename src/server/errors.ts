/**
 * Every failure leaves as `{ "error": { "code": "E_…", "message": "…" } }` with the HTTP status from
 * the error table in src/core/errors.ts. fastify's own errors (body too large, bad JSON, schema
 * validation, unsupported media type, a path that is not valid percent-encoding, a header block
 * too large for the HTTP parser) are mapped here, in one place, each with a message that names its
 * real cause and fix: a generic hint for the code would mislead (a 64 KB JSON body is not fixed by
 * raising limits.message_bytes; a bad query parameter is not in the request body).
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS, type ErrorCode, isVigilError } from '../core/index.js';

export interface ApiError {
  status: number;
  code: ErrorCode;
  message: string;
}

/** The route whose body is a raw message; every other body is JSON. KEEP IN SYNC with routes/scan.ts. */
const EMAIL_ROUTE = '/v1/scan/email';
/** The static dashboard's catch-all route (@fastify/static with wildcard). */
const STATIC_ROUTE = '/*';

/** An error answer whose fix is more precise than the table's hint for its code. */
export const apiError = (code: ErrorCode, cause: string, fix: string = ERRORS[code].hint): ApiError => ({
  status: ERRORS[code].http,
  code,
  message: `${cause} (${code}: ${fix})`,
});
const api = apiError;

/** Thrown by server code that has built its answer already (status and code from the table). */
export class HttpFailure extends Error {
  constructor(readonly api: ApiError) {
    super(api.message);
    this.name = 'HttpFailure';
  }
}

/** Where a schema violation is, in the words of the fix. */
const PART: Record<string, string> = {
  body: 'the request body',
  querystring: 'the query parameters',
  params: 'the path',
  headers: 'the request headers',
};

const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s);
const pathOf = (req?: FastifyRequest) => clip((req?.url ?? '').split('?')[0] ?? '');

/** One cause per fastify error code: what went wrong and how to fix it. */
const FASTIFY_ERRORS: Record<
  string,
  (e: FastifyError & { validationContext?: string }, req?: FastifyRequest) => ApiError
> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (_e, req) => {
    const limit = req?.routeOptions.bodyLimit;
    const bytes = limit ? `${limit} bytes` : 'the limit';
    return req?.routeOptions.url === EMAIL_ROUTE
      ? api(
          'E_INPUT_TOO_LARGE',
          `the message is larger than ${bytes}`,
          'raise limits.message_bytes (or server.body_limit_bytes) or split the input',
        )
      : api(
          'E_INPUT_TOO_LARGE',
          `the JSON body is larger than ${bytes}, the limit for JSON requests`,
          'a URL, domain or feedback request fits in 64 KB; send email as a raw message to POST /v1/scan/email',
        );
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (_e, req) =>
    api(
      'E_UNSUPPORTED_MEDIA_TYPE',
      `content type ${clip(String(req?.headers['content-type'] ?? '(none)'), 100)} is not accepted by ${req?.method ?? ''} ${req?.routeOptions.url ?? pathOf(req)}`,
      'send JSON bodies as application/json',
    ),
  FST_ERR_CTP_INVALID_JSON_BODY: (e) =>
    api('E_BAD_REQUEST', e.message, 'send a JSON object as the request body'),
  FST_ERR_CTP_EMPTY_JSON_BODY: (e) =>
    api('E_BAD_REQUEST', e.message, 'send a JSON object as the request body'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: (e) =>
    api('E_BAD_REQUEST', e.message, 'send a Content-Length equal to the body size'),
  FST_ERR_CTP_INVALID_TYPE: (e) => api('E_BAD_REQUEST', e.message, 'send a Content-Type header'),
  FST_ERR_CTP_EMPTY_TYPE: (e) => api('E_BAD_REQUEST', e.message, 'send a Content-Type header'),
  FST_ERR_VALIDATION: (e) =>
    api(
      'E_BAD_REQUEST',
      e.message,
      `check ${PART[e.validationContext ?? 'body'] ?? 'the request'} against /v1/openapi.json`,
    ),
  FST_ERR_BAD_URL: (_e, req) =>
    api(
      'E_BAD_REQUEST',
      `the path ${pathOf(req)} is not valid percent-encoding`,
      'percent-encode the path as RFC 3986 says (%XX, two hex digits)',
    ),
  FST_ERR_MAX_PARAM_LENGTH: () =>
    api(
      'E_BAD_REQUEST',
      'a path segment is longer than 200 characters',
      'check the id in the path (verdict ids are vrd_ + 24 hex digits)',
    ),
  FST_ERR_ASYNC_CONSTRAINT: () =>
    api(
      'E_BAD_REQUEST',
      'the request matched no route constraint',
      'check the path and method against /v1/openapi.json',
    ),
};

/** Any other error a plugin throws, by its status. */
function byStatus(status: number, req?: FastifyRequest): ApiError {
  // @fastify/static (send) answers a path that climbs out of its root ("..%2f") with a bare 403
  if (status === 403 && req?.routeOptions.url === STATIC_ROUTE) {
    return api(
      'E_BAD_REQUEST',
      `the path ${pathOf(req)} points outside the dashboard's files`,
      "request dashboard files without '..' segments",
    );
  }
  if (status === 404) return api('E_NOT_FOUND', `nothing at ${pathOf(req)}`);
  if (status === 413) return api('E_INPUT_TOO_LARGE', 'the request is too large');
  if (status === 415) return api('E_UNSUPPORTED_MEDIA_TYPE', 'the content type is not accepted here');
  if (status === 429) return api('E_RATE_LIMIT', 'too many requests');
  if (status >= 400 && status < 500) {
    return api(
      'E_BAD_REQUEST',
      `the request was refused (${status} ${STATUS_CODES[status] ?? ''})`.trimEnd(),
      'check the request against /v1/openapi.json',
    );
  }
  // never leak internals (stack, SQL, paths) to the caller; the log has them
  return api('E_INTERNAL', 'internal error');
}

export function toApiError(err: unknown, req?: FastifyRequest): ApiError {
  if (isVigilError(err)) return { status: err.httpStatus, code: err.code, message: err.message };
  if (err instanceof HttpFailure) return err.api;
  const e = err as FastifyError & { validation?: unknown; validationContext?: string };
  const mapped = e?.code ? FASTIFY_ERRORS[e.code] : undefined;
  if (mapped) return mapped(e, req);
  if (e?.validation) return FASTIFY_ERRORS.FST_ERR_VALIDATION!(e, req);
  return byStatus(typeof e?.statusCode === 'number' ? e.statusCode : 500, req);
}

export function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply
    .status(error.status)
    .type('application/json; charset=utf-8')
    .send({ error: { code: error.code, message: error.message } });
}

/**
 * Errors of the HTTP parser, before fastify has a request (a header block over Node's
 * --max-http-header-size, a malformed request line): the same JSON shape, written on the socket.
 */
export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const error =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? api('E_HEADERS_TOO_LARGE', 'the request headers are larger than the server accepts')
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? api('E_BAD_REQUEST', 'the request was not received in time', 'send the whole request promptly')
        : api('E_BAD_REQUEST', 'the request is not valid HTTP/1.1', 'send a well-formed HTTP request');
  this.log.debug({ code: err.code }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ error: { code: error.code, message: error.message } });
    socket.write(
      `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/** fastify's router errors (a path that is not valid percent-encoding, an over-long segment). */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const error = toApiError(err, req);
  req.log.info({ code: error.code }, 'request rejected');
  void sendApiError(reply, error);
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const error = toApiError(err, req);
    if (error.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: error.code }, 'request rejected');
    void sendApiError(reply, error);
  });
  app.setNotFoundHandler((req, reply) => {
    void sendApiError(
      reply,
      api('E_NOT_FOUND', `no route ${req.method} ${pathOf(req)}`, 'see /v1/openapi.json'),
    );
  });
}
