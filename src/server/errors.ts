/**
 * Every failure leaves as `{ "error": { "code": "E_…", "message": "…" } }` with the HTTP status from
 * the error table in src/core/errors.ts; fastify's own errors (body too large, bad JSON, schema
 * validation, unsupported media type) are mapped onto those codes here, in one place.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ERRORS, type ErrorCode, isVigilError } from '../core/index.js';

export interface ApiError {
  status: number;
  code: ErrorCode;
  message: string;
}

/** fastify's error codes and the Vigil code each becomes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'E_INPUT_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'E_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'E_BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'E_BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'E_BAD_REQUEST',
  FST_ERR_CTP_INVALID_TYPE: 'E_BAD_REQUEST',
  FST_ERR_CTP_EMPTY_TYPE: 'E_BAD_REQUEST',
  FST_ERR_VALIDATION: 'E_BAD_REQUEST',
  FST_ERR_BAD_URL: 'E_BAD_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'E_BAD_REQUEST',
};

/** Codes whose message is safe to show: the caller's own mistake, not our internals. */
function byStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'E_BAD_REQUEST';
    case 401:
      return 'E_AUTH';
    case 403:
      return 'E_FORBIDDEN';
    case 404:
      return 'E_NOT_FOUND';
    case 413:
      return 'E_INPUT_TOO_LARGE';
    case 415:
      return 'E_UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'E_RATE_LIMIT';
    default:
      return status >= 400 && status < 500 ? 'E_BAD_REQUEST' : 'E_INTERNAL';
  }
}

export function toApiError(err: unknown): ApiError {
  if (isVigilError(err)) return { status: err.httpStatus, code: err.code, message: err.message };
  const e = err as Partial<FastifyError> & { validation?: unknown };
  const mapped = (e.code && FASTIFY_CODES[e.code]) || (e.validation ? 'E_BAD_REQUEST' : undefined);
  const code: ErrorCode = mapped ?? byStatus(typeof e.statusCode === 'number' ? e.statusCode : 500);
  if (code === 'E_INTERNAL') {
    // never leak internals (stack, SQL, paths) to the caller; the log has them
    return { status: 500, code, message: `internal error (E_INTERNAL: ${ERRORS.E_INTERNAL.hint})` };
  }
  const status = ERRORS[code].http;
  const text = typeof e.message === 'string' && e.message ? e.message : code;
  return { status, code, message: `${text} (${code}: ${ERRORS[code].hint})` };
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const api = toApiError(err);
    if (api.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: api.code }, 'request rejected');
    void reply.status(api.status).type('application/json; charset=utf-8').send({ error: { code: api.code, message: api.message } });
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    void reply
      .status(404)
      .type('application/json; charset=utf-8')
      .send({
        error: {
          code: 'E_NOT_FOUND',
          message: `no route ${req.method} ${path.slice(0, 200)} (E_NOT_FOUND: see /v1/openapi.json)`,
        },
      });
  });
}
