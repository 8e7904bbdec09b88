/**
 * Request bodies are never coerced: a field of the wrong type is a 400 E_BAD_REQUEST that names the
 * field (`{"url": 12}` was once judged as the URL "12"). Query strings are text, so declared integer
 * parameters are converted, and nothing else.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApp, type TestApp } from './helpers.js';

let t: TestApp;
let vid: string;
beforeEach(async () => {
  t = await makeApp();
  vid = (
    await t.app.inject({
      method: 'POST',
      url: '/v1/scan/domain',
      headers: t.auth,
      payload: { domain: 'a.example' },
    })
  ).json().id;
});
afterEach(async () => {
  await t.app.close();
  await t.store.close();
});

describe('request bodies are not coerced', () => {
  const cases: [string, (id: string) => string, unknown, string][] = [
    ['url as a number', () => '/v1/scan/url', { url: 12 }, 'body/url'],
    ['url as a boolean', () => '/v1/scan/url', { url: true }, 'body/url'],
    ['url as an array', () => '/v1/scan/url', { url: ['http://a.example/'] }, 'body/url'],
    ['url as null', () => '/v1/scan/url', { url: null }, 'body/url'],
    ['domain as a number', () => '/v1/scan/domain', { domain: 42 }, 'body/domain'],
    ['domain as an object', () => '/v1/scan/domain', { domain: { a: 1 } }, 'body/domain'],
    ['feedback label as a number', (id) => `/v1/verdicts/${id}/feedback`, { label: 1 }, 'body/label'],
    [
      'feedback note as a number',
      (id) => `/v1/verdicts/${id}/feedback`,
      { label: 'benign', note: 5 },
      'body/note',
    ],
    [
      'feedback note as null',
      (id) => `/v1/verdicts/${id}/feedback`,
      { label: 'benign', note: null },
      'body/note',
    ],
  ];

  it.each(cases)('%s is a 400 naming the field', async (_, url, payload, field) => {
    const res = await t.app.inject({
      method: 'POST',
      url: url(vid),
      headers: t.auth,
      payload: payload as object,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('E_BAD_REQUEST');
    expect(res.json().error.message).toContain(field);
    // nothing was scanned or stored for the bad request
    const n = (t.store.db.prepare('SELECT COUNT(*) AS n FROM verdicts').get() as { n: number }).n;
    expect(n).toBe(1);
  });
});

describe('query strings', () => {
  it('converts a declared integer and rejects text that is not one, naming the parameter', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/v1/verdicts?limit=1', headers: t.auth });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items).toHaveLength(1);
    for (const q of ['limit=1.5', 'limit=ten', 'limit=', 'limit=1&limit=2', 'limit=0x10']) {
      const res = await t.app.inject({ method: 'GET', url: `/v1/verdicts?${q}`, headers: t.auth });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message, q).toContain('querystring/limit');
    }
  });

  it('keeps string parameters as text (a repeated one is refused, not joined)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/verdicts?kind=url&kind=email',
      headers: t.auth,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('querystring/kind');
    const stats = await t.app.inject({ method: 'GET', url: '/v1/stats?bucket=1', headers: t.auth });
    expect(stats.statusCode).toBe(400);
  });
});

describe('path parameters', () => {
  it('an over-long id is a 400 in the one error shape (no dashboard mounted)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/verdicts/${'a'.repeat(300)}`,
      headers: t.auth,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'E_BAD_REQUEST', message: expect.stringMatching(/longer than 200 characters/) },
    });
  });
});
