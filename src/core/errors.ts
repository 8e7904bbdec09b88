/**
 * One error type with a stable code. Exit status and HTTP status come from this table only;
 * `test/core/errors.test.ts` keeps it equal to the README's list of codes.
 */

export const ERRORS = {
  E_USAGE: { http: 400, exit: 2, hint: 'see `vigil --help`' },
  E_CONFIG: { http: 500, exit: 2, hint: 'fix the config file; the message names the field' },
  E_INPUT_TOO_LARGE: { http: 413, exit: 2, hint: 'raise limits.message_bytes or split the input' },
  E_NOT_EMAIL: {
    http: 422,
    exit: 2,
    hint: 'pass an RFC 5322 message (headers, blank line, body); use --kind url|domain for other inputs',
  },
  E_MBOX: {
    http: 422,
    exit: 2,
    hint: 'training and evaluation read one message per file: split it (e.g. `git mailsplit` or `formail -s`); `vigil scan` reads mailboxes, one verdict per message',
  },
  E_EMPTY_INPUT: { http: 422, exit: 2, hint: 'the input has no bytes; check the file or the request body' },
  E_INVALID_URL: { http: 422, exit: 2, hint: 'pass an absolute http(s) URL or a bare host name' },
  E_INVALID_DOMAIN: { http: 422, exit: 2, hint: 'pass a host name such as example.com' },
  E_READ: { http: 500, exit: 2, hint: 'check that the file exists and is readable' },
  E_MODEL: { http: 500, exit: 2, hint: 'retrain the model or reinstall the package (models/*.json)' },
  E_DATA: { http: 400, exit: 2, hint: 'check the training or evaluation folders and files' },
  E_AUTH: {
    http: 401,
    exit: 2,
    hint: 'send `Authorization: Bearer <key>`; create one with `vigil keys create`',
  },
  E_FORBIDDEN: { http: 403, exit: 2, hint: 'use a key that is not revoked' },
  E_ROLE: {
    http: 403,
    exit: 2,
    hint: 'use a key whose role allows this (`vigil keys create --role scan|admin`)',
  },
  E_NOT_FOUND: { http: 404, exit: 2, hint: 'check the id or path' },
  E_RATE_LIMIT: { http: 429, exit: 2, hint: 'slow down or raise server.rate_limit_per_minute' },
  E_BAD_REQUEST: {
    http: 400,
    exit: 2,
    hint: 'check the request against /v1/openapi.json; the message names the field',
  },
  E_HEADERS_TOO_LARGE: {
    http: 431,
    exit: 2,
    hint: 'send fewer or shorter request headers (16 KB in all at most)',
  },
  E_UNSUPPORTED_MEDIA_TYPE: {
    http: 415,
    exit: 2,
    hint: 'send email as message/rfc822, application/octet-stream or text/plain, and JSON as application/json',
  },
  E_KEY_NAME_TAKEN: {
    http: 409,
    exit: 2,
    hint: 'choose another name, or revoke the active key that has it (see `vigil keys list`)',
  },
  E_KEY_AMBIGUOUS: { http: 409, exit: 2, hint: 'revoke by id; `vigil keys list` shows the ids' },
  E_STORE: {
    http: 500,
    exit: 2,
    hint: 'check --db: a SQLite path whose folder exists (a Vigil database, or absent to create one), or postgres://user@host/database of a Vigil or empty database',
  },
  E_STORE_UNAVAILABLE: {
    http: 503,
    exit: 2,
    hint: 'the database cannot be reached right now: check that PostgreSQL is up and --db names it; the request can be retried',
  },
  E_INTERNAL: { http: 500, exit: 2, hint: 'this is a bug in Vigil; please report it with the input' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class VigilError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  readonly hint: string;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    const hint = ERRORS[code].hint;
    super(`${message} (${code}: ${hint})`);
    this.name = 'VigilError';
    this.code = code;
    this.details = details;
    this.hint = hint;
  }

  get httpStatus(): number {
    return ERRORS[this.code].http;
  }

  get exitCode(): number {
    return ERRORS[this.code].exit;
  }
}

export function isVigilError(err: unknown): err is VigilError {
  return err instanceof VigilError;
}
