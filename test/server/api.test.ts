import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { createApiKey } from '../../src/server/index.js';
import { eml, makeApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(async () => {
  await t.app.close();
  await t.store.close();
});

/** After every failure the server must still answer. */
async function stillServes() {
  const res = await t.app.inject({ method: 'GET', url: '/healthz' });
  expect(res.statusCode).toBe(200);
  const scan = await t.app.inject({
    method: 'POST',
    url: '/v1/scan/domain',
    headers: t.auth,
    payload: { domain: 'ok.example' },
  });
  expect(scan.statusCode).toBe(200);
}

function expectError(
  res: { statusCode: number; json(): unknown; headers: Record<string, unknown> },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  expect(res.json()).toMatchObject({ error: { code, message: expect.any(String) } });
}

const scanEmail = (body: string | Buffer, headers: Record<string, string> = {}, url = '/v1/scan/email') =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'message/rfc822', ...t.auth, ...headers },
    payload: body,
  });

describe('scan routes', () => {
  it('scans an email sent as message/rfc822 and stores it', async () => {
    const res = await scanEmail(eml('Please verify (phish)'), {}, '/v1/scan/email?filename=invoice.eml');
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({
      schema: 'vigil.verdict/1',
      kind: 'email',
      target: 'invoice.eml',
      verdict: 'malicious',
    });
    expect(v.id).toMatch(/^vrd_[0-9a-f]{24}$/);
    expect(v.signals[0]).toMatchObject({
      id: 'email.link.text_href_mismatch',
      evidence: [{ where: 'body:html' }],
    });
    expect(Object.keys(v)[0]).toBe('id');
  });

  it.each([
    'application/octet-stream',
    'text/plain',
    'text/plain; charset=utf-8',
    'message/rfc822; charset=us-ascii',
  ])('accepts %s', async (type) => {
    const res = await scanEmail(eml('hi'), { 'content-type': type });
    expect(res.statusCode).toBe(200);
    expect(res.json().verdict).toBe('clean');
  });

  it('refuses other content types with 415', async () => {
    expectError(
      await scanEmail('{"a":1}', { 'content-type': 'application/json' }),
      415,
      'E_UNSUPPORTED_MEDIA_TYPE',
    );
    expectError(await scanEmail('x', { 'content-type': 'image/png' }), 415, 'E_UNSUPPORTED_MEDIA_TYPE');
    await stillServes();
  });

  it('maps analyzer errors to their status (422 for not an email, empty body)', async () => {
    expectError(await scanEmail('no headers here'), 422, 'E_NOT_EMAIL');
    expectError(await scanEmail(''), 422, 'E_EMPTY_INPUT');
    await stillServes();
  });

  it('scans a URL and a domain', async () => {
    const u = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/url',
      headers: t.auth,
      payload: { url: 'http://login.bank-example.test/verify' },
    });
    expect(u.statusCode).toBe(200);
    expect(u.json()).toMatchObject({
      kind: 'url',
      verdict: 'malicious',
      categories: ['phishing', 'credential_harvest'],
    });
    const d = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/domain',
      headers: t.auth,
      payload: { domain: 'paypa1.example' },
    });
    expect(d.statusCode).toBe(200);
    expect(d.json()).toMatchObject({ kind: 'domain', target: 'paypa1.example', verdict: 'malicious' });
  });

  it('rejects bad JSON bodies with 400/422 JSON errors', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/url',
      headers: { ...t.auth, 'content-type': 'application/json' },
      payload: '{"url": ',
    });
    expectError(bad, 400, 'E_BAD_REQUEST');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/url',
      headers: t.auth,
      payload: { nope: 1 },
    });
    expectError(missing, 400, 'E_BAD_REQUEST');
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/domain',
      headers: t.auth,
      payload: { domain: 42 },
    });
    // no coercion: 42 is not the domain "42"
    expectError(wrongType, 400, 'E_BAD_REQUEST');
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/url',
      headers: t.auth,
      payload: { url: 'not a url' },
    });
    expectError(invalid, 422, 'E_INVALID_URL');
    const empty = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/url',
      headers: { ...t.auth, 'content-type': 'application/json' },
      payload: '',
    });
    expectError(empty, 400, 'E_BAD_REQUEST');
    await stillServes();
  });

  it('answers 413 before the analyzer runs when a body is too large', async () => {
    const small = await makeApp({ config: resolveConfig({ limits: { message_bytes: 1024 } }) });
    try {
      const big = eml('big', 'x'.repeat(2000));
      const res = await small.app.inject({
        method: 'POST',
        url: '/v1/scan/email',
        headers: { ...small.auth, 'content-type': 'message/rfc822' },
        payload: big,
      });
      expectError(res, 413, 'E_INPUT_TOO_LARGE');
      const exact = await small.app.inject({
        method: 'POST',
        url: '/v1/scan/email',
        headers: { ...small.auth, 'content-type': 'message/rfc822' },
        payload: eml('ok').padEnd(1024, 'x'),
      });
      expect(exact.statusCode).toBe(200);
      const json = await small.app.inject({
        method: 'POST',
        url: '/v1/scan/url',
        headers: small.auth,
        payload: { url: `http://a.example/${'a'.repeat(70_000)}` },
      });
      expectError(json, 413, 'E_INPUT_TOO_LARGE');
      const ok = await small.app.inject({ method: 'GET', url: '/healthz' });
      expect(ok.statusCode).toBe(200);
    } finally {
      await small.app.close();
      await small.store.close();
    }
  });
});

describe('auth', () => {
  const routes: [string, string, unknown?][] = [
    ['POST', '/v1/scan/url', { url: 'http://a.example/' }],
    ['POST', '/v1/scan/domain', { domain: 'a.example' }],
    ['GET', '/v1/verdicts'],
    ['GET', '/v1/verdicts/vrd_000000000000000000000000'],
    ['POST', '/v1/verdicts/vrd_000000000000000000000000/feedback', { label: 'benign' }],
    ['GET', '/v1/stats'],
    ['GET', '/metrics'],
    ['GET', '/v1/openapi.json'],
  ];

  it.each(routes)('%s %s needs a key', async (method, url, payload) => {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      ...(payload ? { payload: payload as object } : {}),
    });
    expectError(res, 401, 'E_AUTH');
  });

  it('rejects an email scan without a key before reading the body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/email',
      headers: { 'content-type': 'message/rfc822' },
      payload: eml('x'),
    });
    expectError(res, 401, 'E_AUTH');
  });

  it.each([
    ['a wrong key of the right shape', `Bearer vgl_000000000000_${'A'.repeat(43)}`],
    ['a malformed key', 'Bearer hunter2'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty bearer', 'Bearer '],
  ])('rejects %s with 401', async (_, header) => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/verdicts',
      headers: { authorization: header },
    });
    expectError(res, 401, 'E_AUTH');
    await stillServes();
  });

  it('rejects a key whose secret part is wrong even when its id exists', async () => {
    const forged = t.key.slice(0, -4) + (t.key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/verdicts',
      headers: { authorization: `Bearer ${forged}` },
    });
    expectError(res, 401, 'E_AUTH');
  });

  it('rejects a revoked key with 403 and keeps serving other keys', async () => {
    const other = await createApiKey(t.store, 'other');
    await t.store.revokeKey(other.record.id, new Date());
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/verdicts',
      headers: { authorization: `Bearer ${other.key}` },
    });
    expectError(res, 403, 'E_FORBIDDEN');
    await stillServes();
  });

  it('stores only a hash of the key', async () => {
    const rows = t.store.db.prepare('SELECT * FROM api_keys').all() as Record<string, unknown>[];
    expect(JSON.stringify(rows)).not.toContain(t.key.slice(17));
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets /healthz through without a key', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', live: true, database: 'ok' });
  });

  it('cannot be dodged with an encoded path', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/%761/verdicts' });
    expect([401, 404]).toContain(res.statusCode);
    expect(res.statusCode).not.toBe(200);
  });

  it('serves everything without a key under insecureNoAuth', async () => {
    const open = await makeApp({ insecureNoAuth: true });
    try {
      const res = await open.app.inject({
        method: 'POST',
        url: '/v1/scan/domain',
        payload: { domain: 'a.example' },
      });
      expect(res.statusCode).toBe(200);
      const id = res.json().id as string;
      const fb = await open.app.inject({
        method: 'POST',
        url: `/v1/verdicts/${id}/feedback`,
        payload: { label: 'benign' },
      });
      expect(fb.statusCode).toBe(201);
      expect(fb.json().key_id).toBeNull();
    } finally {
      await open.app.close();
      await open.store.close();
    }
  });
});

describe('rate limits', () => {
  it('limits each key separately and answers 429 JSON', async () => {
    const limited = await makeApp({ rateLimitPerMinute: 3 });
    try {
      const other = await createApiKey(limited.store, 'other');
      const hit = () => limited.app.inject({ method: 'GET', url: '/v1/verdicts', headers: limited.auth });
      for (let i = 0; i < 3; i++) expect((await hit()).statusCode).toBe(200);
      const over = await hit();
      expectError(over, 429, 'E_RATE_LIMIT');
      expect(over.headers['retry-after']).toBeDefined();
      const res = await limited.app.inject({
        method: 'GET',
        url: '/v1/verdicts',
        headers: { authorization: `Bearer ${other.key}` },
      });
      expect(res.statusCode).toBe(200);
      expect((await limited.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await limited.app.close();
      await limited.store.close();
    }
  });
});

describe('verdict history', () => {
  async function seed(n: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const res =
        i % 3 === 0
          ? await scanEmail(eml(`Message ${i}${i % 2 ? ' phish' : ''}`))
          : await t.app.inject({
              method: 'POST',
              url: '/v1/scan/url',
              headers: t.auth,
              payload: { url: `http://${i % 2 ? 'login' : 'www'}.example/${i}` },
            });
      expect(res.statusCode).toBe(200);
      ids.push(res.json().id);
    }
    return ids;
  }

  it('lists newest first with filters and cursor pagination', async () => {
    const ids = await seed(12);
    const all = await t.app.inject({ method: 'GET', url: '/v1/verdicts?limit=5', headers: t.auth });
    expect(all.statusCode).toBe(200);
    const page1 = all.json();
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual(ids.slice().reverse().slice(0, 5));
    const seen = [...page1.items];
    let cursor = page1.next_cursor;
    while (cursor) {
      const next = await t.app.inject({
        method: 'GET',
        url: `/v1/verdicts?limit=5&cursor=${cursor}`,
        headers: t.auth,
      });
      seen.push(...next.json().items);
      cursor = next.json().next_cursor;
    }
    expect(seen.map((i) => i.id)).toEqual(ids.slice().reverse());

    const emails = await t.app.inject({ method: 'GET', url: '/v1/verdicts?kind=email', headers: t.auth });
    expect(emails.json().items).toHaveLength(4);
    for (const i of emails.json().items) expect(i.kind).toBe('email');
    const bad = await t.app.inject({
      method: 'GET',
      url: '/v1/verdicts?kind=url&verdict=malicious',
      headers: t.auth,
    });
    for (const i of bad.json().items) expect(i).toMatchObject({ kind: 'url', verdict: 'malicious' });
    expect(bad.json().items.length).toBeGreaterThan(0);
    const future = await t.app.inject({
      method: 'GET',
      url: '/v1/verdicts?since=2999-01-01',
      headers: t.auth,
    });
    expect(future.json()).toEqual({ items: [], next_cursor: null });
    const recent = await t.app.inject({ method: 'GET', url: '/v1/verdicts?since=1h', headers: t.auth });
    expect(recent.json().items.length).toBe(12);
  });

  it('rejects bad filters with 400', async () => {
    for (const q of [
      'kind=fax',
      'verdict=evil',
      'limit=0',
      'limit=1000',
      'since=yesterday',
      'cursor=!!!',
      'bogus=1',
    ]) {
      const res = await t.app.inject({ method: 'GET', url: `/v1/verdicts?${q}`, headers: t.auth });
      // unknown query parameters are dropped by the schema (removeAdditional), not an error
      if (q === 'bogus=1') expect(res.statusCode).toBe(200);
      else expectError(res, 400, 'E_BAD_REQUEST');
    }
    await stillServes();
  });

  it('returns one verdict with subject, sender, URLs and signals', async () => {
    const res = await scanEmail(eml('Urgent: verify your account (phish)'));
    const id = res.json().id;
    const one = await t.app.inject({ method: 'GET', url: `/v1/verdicts/${id}`, headers: t.auth });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      id,
      kind: 'email',
      verdict: 'malicious',
      subject: 'Urgent: verify your account (phish)',
      sender: 'Ines <ines@fabrikam.example>',
      urls: ['http://login.bank-example.test/verify'],
      raw_stored: false,
      feedback: [],
      signals: [{ id: 'email.link.text_href_mismatch' }],
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    const raw = await t.app.inject({ method: 'GET', url: `/v1/verdicts/${id}/raw`, headers: t.auth });
    expectError(raw, 404, 'E_NOT_FOUND');
  });

  it('keeps no raw message by default, and keeps it under keepRaw', async () => {
    await scanEmail(eml('private'));
    const rows = t.store.db.prepare('SELECT raw FROM verdicts').all() as { raw: unknown }[];
    expect(rows.every((r) => r.raw === null)).toBe(true);

    const keep = await makeApp({ keepRaw: true });
    try {
      const body = eml('kept');
      const res = await keep.app.inject({
        method: 'POST',
        url: '/v1/scan/email',
        headers: { ...keep.auth, 'content-type': 'message/rfc822' },
        payload: body,
      });
      const id = res.json().id;
      const raw = await keep.app.inject({ method: 'GET', url: `/v1/verdicts/${id}/raw`, headers: keep.auth });
      expect(raw.statusCode).toBe(200);
      expect(raw.headers['content-type']).toMatch(/^message\/rfc822/);
      expect(raw.headers['content-disposition']).toMatch(/^attachment/);
      expect(raw.body).toBe(body);
      const one = await keep.app.inject({ method: 'GET', url: `/v1/verdicts/${id}`, headers: keep.auth });
      expect(one.json().raw_stored).toBe(true);
    } finally {
      await keep.app.close();
      await keep.store.close();
    }
  });

  it.each(['vrd_000000000000000000000000', 'nope', 'x'.repeat(64), "'; DROP TABLE verdicts; --"])(
    'answers 404 for unknown id %s',
    async (id) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/v1/verdicts/${encodeURIComponent(id)}`,
        headers: t.auth,
      });
      expectError(res, 404, 'E_NOT_FOUND');
      await stillServes();
    },
  );

  it('reports counts by verdict and category over time', async () => {
    await seed(6);
    const res = await t.app.inject({ method: 'GET', url: '/v1/stats?since=7d&bucket=day', headers: t.auth });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.totals.clean + s.totals.suspicious + s.totals.malicious).toBe(6);
    expect(s.by_kind.email + s.by_kind.url).toBe(6);
    expect(s.by_category.phishing).toBe(s.totals.malicious);
    expect(s.series).toHaveLength(1);
    expect(s.series[0].start).toMatch(/T00:00:00.000Z$/);
    const hourly = await t.app.inject({ method: 'GET', url: '/v1/stats?bucket=hour', headers: t.auth });
    expect(hourly.json().series[0].start).toMatch(/:00:00.000Z$/);
  });
});

describe('feedback', () => {
  it('stores feedback with the key that sent it and shows it on the verdict', async () => {
    const id = (await scanEmail(eml('phish me'))).json().id;
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/verdicts/${id}/feedback`,
      headers: t.auth,
      payload: { label: 'benign', note: 'internal phishing simulation' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      verdict_id: id,
      label: 'benign',
      note: 'internal phishing simulation',
      key_id: t.keyId,
    });
    const list = await t.app.inject({ method: 'GET', url: `/v1/verdicts/${id}/feedback`, headers: t.auth });
    expect(list.json().items).toHaveLength(1);
    const one = await t.app.inject({ method: 'GET', url: `/v1/verdicts/${id}`, headers: t.auth });
    expect(one.json().feedback[0]).toMatchObject({ label: 'benign' });
    // feedback never changes the stored verdict (no automatic retraining or relabelling)
    expect(one.json().verdict).toBe('malicious');
  });

  it('rejects bad labels, long notes, malformed JSON and unknown verdicts', async () => {
    const id = (await scanEmail(eml('x'))).json().id;
    const post = (payload: unknown, url = `/v1/verdicts/${id}/feedback`) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { ...t.auth, 'content-type': 'application/json' },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
    expectError(await post({ label: 'spam' }), 400, 'E_BAD_REQUEST');
    expectError(await post({ note: 'no label' }), 400, 'E_BAD_REQUEST');
    expectError(await post({ label: 'benign', note: 'x'.repeat(2001) }), 400, 'E_BAD_REQUEST');
    expectError(await post('{label: benign}'), 400, 'E_BAD_REQUEST');
    expectError(await post('[1,2'), 400, 'E_BAD_REQUEST');
    expectError(
      await post({ label: 'benign' }, '/v1/verdicts/vrd_ffffffffffffffffffffffff/feedback'),
      404,
      'E_NOT_FOUND',
    );
    expectError(
      await t.app.inject({
        method: 'GET',
        url: '/v1/verdicts/vrd_ffffffffffffffffffffffff/feedback',
        headers: t.auth,
      }),
      404,
      'E_NOT_FOUND',
    );
    await stillServes();
  });
});

describe('meta', () => {
  it('exposes Prometheus metrics with scans by kind and verdict', async () => {
    await scanEmail(eml('phish'));
    await scanEmail(eml('hello'));
    await scanEmail('not mail');
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: t.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('vigil_scans_total{kind="email",verdict="malicious"} 1');
    expect(res.body).toContain('vigil_scans_total{kind="email",verdict="clean"} 1');
    expect(res.body).toContain('vigil_scan_errors_total{kind="email",code="E_NOT_EMAIL"} 1');
    expect(res.body).toMatch(/vigil_scan_duration_seconds_bucket\{le="0.005",kind="email"\} \d/);
    expect(res.body).toContain('vigil_http_request_duration_seconds_count');
  });

  it('serves an OpenAPI document built from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/openapi.json', headers: t.auth });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of [
      '/v1/scan/email',
      '/v1/scan/url',
      '/v1/scan/domain',
      '/v1/verdicts',
      '/v1/verdicts/{id}',
      '/v1/verdicts/{id}/feedback',
      '/healthz',
      '/metrics',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(Object.keys(doc.paths['/v1/scan/email'].post.requestBody.content)).toContain('message/rfc822');
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('answers unknown routes with a 404 JSON error', async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/nope' }), 404, 'E_NOT_FOUND');
    expectError(
      await t.app.inject({ method: 'DELETE', url: '/v1/verdicts', headers: t.auth }),
      404,
      'E_NOT_FOUND',
    );
    expectError(
      await t.app.inject({ method: 'POST', url: '/v2/scan/email', headers: t.auth }),
      404,
      'E_NOT_FOUND',
    );
    await stillServes();
  });

  it('sets safety headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/verdicts', headers: t.auth });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('load', () => {
  it('survives a burst of 200 parallel requests of every kind', async () => {
    const jobs = Array.from({ length: 200 }, (_, i) => {
      switch (i % 5) {
        case 0:
          return scanEmail(eml(`burst ${i}${i % 2 ? ' phish' : ''}`));
        case 1:
          return t.app.inject({
            method: 'POST',
            url: '/v1/scan/url',
            headers: t.auth,
            payload: { url: `http://login.example/${i}` },
          });
        case 2:
          return t.app.inject({
            method: 'POST',
            url: '/v1/scan/domain',
            headers: t.auth,
            payload: { domain: `d${i}.example` },
          });
        case 3:
          return t.app.inject({ method: 'GET', url: '/v1/verdicts?limit=10', headers: t.auth });
        default:
          // one address each: failed authentications are limited per address (auth-throttle.test.ts)
          return t.app.inject({
            method: 'GET',
            url: '/v1/verdicts',
            remoteAddress: `192.0.2.${i}`,
            headers: { authorization: 'Bearer wrong' },
          });
      }
    });
    const results = await Promise.all(jobs);
    results.forEach((r, i) => expect(r.statusCode).toBe(i % 5 === 4 ? 401 : 200));
    const count = (t.store.db.prepare('SELECT COUNT(*) AS n FROM verdicts').get() as { n: number }).n;
    expect(count).toBe(120);
    await stillServes();
  });
});

describe('stored URLs', () => {
  it('keeps URLs from evidence, skipping ones cut by the evidence clip', async () => {
    const { urlsOfVerdict } = await import('../../src/store/index.js');
    const base = (await import('./helpers.js')).fakeVigil();
    const v = await base.scan('email', Buffer.from(eml('phish')));
    v.signals.push({
      id: 'email.content.credential_lure',
      category: 'phishing',
      severity: 'high',
      message: 'm',
      evidence: [
        { where: 'body:html', text: 'go to https://ac…' },
        { where: 'body:text', text: 'see (http://a.example/x).' },
      ],
    });
    expect(urlsOfVerdict(v)).toEqual(['http://login.bank-example.test/verify', 'http://a.example/x']);
  });
});
