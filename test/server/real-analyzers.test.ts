/** The service wired to the real analyzers (the runtime, src/vigil.ts), through inject. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { ERRORS } from '../../src/core/index.js';
import { createVigil } from '../../src/vigil.js';
import { PHISHING_EML } from '../e2e/fixture.js';
import { eml, makeApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  const config = defaultConfig();
  t = await makeApp({ config, vigil: createVigil(config) });
}, 60_000);
afterAll(async () => {
  await t.app.close();
  await t.store.close();
});

describe('real analyzers behind the API', () => {
  it('scans a phishing email and stores its subject, sender, URLs and signals', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/email?filename=phish.eml',
      headers: { ...t.auth, 'content-type': 'message/rfc822' },
      payload: PHISHING_EML,
    });
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({ schema: 'vigil.verdict/1', kind: 'email', target: 'phish.eml' });
    expect(v.verdict).not.toBe('clean');
    expect(v.signals.length).toBeGreaterThan(0);
    const one = (await t.app.inject({ method: 'GET', url: `/v1/verdicts/${v.id}`, headers: t.auth })).json();
    expect(one.subject).toBe('Action required: verify your account within 24 hours');
    expect(one.sender).toContain('security@accounts-verify.example');
    expect(one.urls.some((u: string) => u.startsWith('http://login.contoso-support.test/verify'))).toBe(true);
    // stored without --keep-evidence: same signals, each with its generic summary and only `where`
    const { ALL_SIGNALS } = await import('../../src/index.js');
    const summary = new Map(ALL_SIGNALS.map((d) => [d.id, d.summary]));
    expect(one.evidence_stored).toBe(false);
    expect(one.signals).toEqual(
      v.signals.map((s: { id: string; evidence: { where: string }[] }) => ({
        ...s,
        message: summary.get(s.id),
        evidence: s.evidence.map((e) => ({ where: e.where })),
      })),
    );
    expect(JSON.stringify(one.signals)).not.toContain('unusual sign-in activity');
  });

  it('answers a plain message clean and maps analyzer errors to their error-table status and code', async () => {
    const ok = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/email',
      headers: { ...t.auth, 'content-type': 'message/rfc822' },
      payload: eml('Lunch on Friday?', 'Shall we meet at noon?'),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ kind: 'email', verdict: 'clean' });
    const url = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/url',
      headers: t.auth,
      payload: { url: 'http://198.51.100.7/paypal.com/login' },
    });
    expect(url.statusCode).toBe(200);
    expect(url.json().kind).toBe('url');
    const dom = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/domain',
      headers: t.auth,
      payload: { domain: 'example.com' },
    });
    expect(dom.statusCode).toBe(200);
    expect(dom.json()).toMatchObject({ kind: 'domain', verdict: 'clean' });
    // not an http(s) URL: the error table's E_INVALID_URL (422), as JSON, never a 500
    const bad = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/url',
      headers: t.auth,
      payload: { url: 'javascript:alert(1)' },
    });
    expect(bad.statusCode).toBe(ERRORS.E_INVALID_URL.http);
    expect(bad.json().error).toMatchObject({ code: 'E_INVALID_URL', message: expect.any(String) });
    const notMail = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/email',
      headers: { ...t.auth, 'content-type': 'application/octet-stream' },
      payload: Buffer.from([0, 1, 2, 3, 0xff, 0xfe]),
    });
    // binary bytes are not a message: E_NOT_EMAIL (422) with the table's hint
    expect(notMail.statusCode).toBe(ERRORS.E_NOT_EMAIL.http);
    expect(notMail.json().error).toMatchObject({
      code: 'E_NOT_EMAIL',
      message: expect.stringContaining(ERRORS.E_NOT_EMAIL.hint),
    });
  });
});
