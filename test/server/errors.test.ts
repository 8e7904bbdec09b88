/**
 * One error shape, `{ "error": { "code", "message" } }`, with the status from the error table and a
 * message naming the real cause (issue 10 #13: a traversal answer spoke of revoked keys, a 64 KB JSON
 * body of limits.message_bytes, query errors of the request body; a bad path escape and a 431 came
 * in fastify's own format).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { ERRORS } from '../../src/core/index.js';
import { eml, makeApp, type TestApp } from './helpers.js';

let t: TestApp;
let web: string;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'vigil-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Vigil</title>');
  t = await makeApp({ webRoot: web, config: resolveConfig({ limits: { message_bytes: 1024 } }) });
});
afterAll(async () => {
  await t.app.close();
  await t.store.close();
  rmSync(web, { recursive: true, force: true });
});

interface Case {
  name: string;
  req: () => InjectOptions;
  status: number;
  code: keyof typeof ERRORS;
  says: RegExp;
  never?: RegExp;
}

const json = () => ({ ...t.auth, 'content-type': 'application/json' });
const CASES: Case[] = [
  {
    name: 'a path climbing out of the dashboard folder',
    req: () => ({ method: 'GET', url: '/..%2f..%2fetc/passwd' }),
    status: 400,
    code: 'E_BAD_REQUEST',
    says: /outside the dashboard's files/,
    never: /revoked|key/,
  },
  {
    name: 'a JSON body over 64 KB',
    req: () => ({
      method: 'POST',
      url: '/v1/scan/url',
      headers: json(),
      payload: JSON.stringify({ url: `http://a.example/${'a'.repeat(70_000)}` }),
    }),
    status: 413,
    code: 'E_INPUT_TOO_LARGE',
    says: /JSON body is larger than 65536 bytes/,
    never: /message_bytes/,
  },
  {
    name: 'an email over limits.message_bytes',
    req: () => ({
      method: 'POST',
      url: '/v1/scan/email',
      headers: { ...t.auth, 'content-type': 'message/rfc822' },
      payload: eml('big', 'x'.repeat(2000)),
    }),
    status: 413,
    code: 'E_INPUT_TOO_LARGE',
    says: /message is larger than 1024 bytes.*limits\.message_bytes/,
  },
  {
    name: 'a query parameter out of range',
    req: () => ({ method: 'GET', url: '/v1/verdicts?limit=0', headers: t.auth }),
    status: 400,
    code: 'E_BAD_REQUEST',
    says: /querystring\/limit.*check the query parameters/,
    never: /request body/,
  },
  {
    name: 'a query parameter the handler rejects',
    req: () => ({ method: 'GET', url: '/v1/verdicts?since=yesterday', headers: t.auth }),
    status: 400,
    code: 'E_BAD_REQUEST',
    says: /since must be/,
    never: /request body/,
  },
  {
    name: 'a body field of the wrong type',
    req: () => ({ method: 'POST', url: '/v1/scan/url', headers: json(), payload: '{"url":12}' }),
    status: 400,
    code: 'E_BAD_REQUEST',
    says: /body\/url must be string.*check the request body/,
  },
  {
    name: 'malformed JSON',
    req: () => ({ method: 'POST', url: '/v1/scan/url', headers: json(), payload: '{"url":' }),
    status: 400,
    code: 'E_BAD_REQUEST',
    says: /not valid JSON.*send a JSON object/,
  },
  {
    name: 'a bad percent escape in a static path',
    req: () => ({ method: 'GET', url: '/%zz' }),
    status: 400,
    code: 'E_BAD_REQUEST',
    says: /path \/%zz is not valid percent-encoding/,
  },
  {
    name: 'a bad percent escape in an API path',
    req: () => ({ method: 'GET', url: '/v1/verdicts/%zz', headers: t.auth }),
    status: 400,
    code: 'E_BAD_REQUEST',
    says: /not valid percent-encoding/,
  },
  {
    // too long for the :id route, so the dashboard's catch-all answers: no such file
    name: 'a path segment over 200 characters',
    req: () => ({ method: 'GET', url: `/v1/verdicts/${'a'.repeat(300)}`, headers: t.auth }),
    status: 404,
    code: 'E_NOT_FOUND',
    says: /\/v1\/verdicts\/a{100,}…/,
  },
  {
    name: 'a JSON route sent another content type',
    req: () => ({
      method: 'POST',
      url: '/v1/scan/domain',
      headers: { ...t.auth, 'content-type': 'text/csv' },
      payload: 'a.example',
    }),
    status: 415,
    code: 'E_UNSUPPORTED_MEDIA_TYPE',
    says: /text\/csv is not accepted by POST \/v1\/scan\/domain.*application\/json/,
    never: /rfc822/,
  },
  {
    name: 'an unknown route',
    req: () => ({ method: 'GET', url: '/v1/nope?secret=1', headers: t.auth }),
    status: 404,
    code: 'E_NOT_FOUND',
    says: /no route GET \/v1\/nope \(/,
    never: /secret/,
  },
  {
    name: 'a revoked key (the one place the revoked-key hint belongs)',
    req: () => ({ method: 'GET', url: '/v1/verdicts', headers: { authorization: `Bearer ${revoked}` } }),
    status: 403,
    code: 'E_FORBIDDEN',
    says: /revoked/,
  },
];
let revoked = '';

function expectShape(
  status: number,
  contentType: string,
  body: string,
  c: Pick<Case, 'status' | 'code' | 'says' | 'never'>,
) {
  expect(status).toBe(c.status);
  expect(ERRORS[c.code].http).toBe(c.status);
  expect(contentType).toMatch(/^application\/json/);
  const parsed = JSON.parse(body) as { error: { code: string; message: string } };
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(Object.keys(parsed.error).sort()).toEqual(['code', 'message']);
  expect(parsed.error.code).toBe(c.code);
  expect(parsed.error.message).toMatch(c.says);
  if (c.never) expect(parsed.error.message).not.toMatch(c.never);
}

describe('error answers', () => {
  beforeAll(async () => {
    const { createApiKey } = await import('../../src/server/index.js');
    const k = await createApiKey(t.store, 'gone');
    await t.store.revokeKey(k.record.id, new Date());
    revoked = k.key;
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const res = await t.app.inject(c.req());
    expectShape(res.statusCode, String(res.headers['content-type']), res.body, c);
  });

  it('a header block too large for the HTTP parser is a 431 in the same shape', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = t.app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    const raw = await new Promise<string>((resolve, reject) => {
      const sock = connect(port, '127.0.0.1');
      let data = '';
      sock.on('data', (d) => (data += d.toString('utf8')));
      sock.on('close', () => resolve(data));
      sock.on('error', (e) => (data ? resolve(data) : reject(e)));
      sock.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
    });
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
    const type = /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '';
    expectShape(status, type, body, { status: 431, code: 'E_HEADERS_TOO_LARGE', says: /headers are larger/ });
  });
});
