import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAnalyzer, fakeVigil, makeApp, type TestApp } from './helpers.js';

let t: TestApp;
let web: string;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'vigil-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Vigil</title><div id="root"></div>');
  writeFileSync(join(web, 'assets', 'index-abc.js'), 'console.log(1)');
  t = await makeApp({
    webRoot: web,
    vigil: fakeVigil({
      email: fakeAnalyzer('email', async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'secret internals at /srv/x.ts')");
      }),
    }),
  });
});
afterAll(async () => {
  await t.app.close();
  await t.store.close();
  rmSync(web, { recursive: true, force: true });
});

describe('dashboard files', () => {
  it('serves index.html without a key, with a strict CSP', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    const js = await t.app.inject({ method: 'GET', url: '/assets/index-abc.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing file with a 404 JSON error and keeps API routes behind auth', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/nope.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('E_NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: '/v1/verdicts' })).statusCode).toBe(401);
    const traversal = await t.app.inject({ method: 'GET', url: '/../../../etc/passwd' });
    expect(traversal.statusCode).toBe(404);
    const encoded = await t.app.inject({ method: 'GET', url: '/%2e%2e/%2e%2e/etc/passwd' });
    expect([403, 404]).toContain(encoded.statusCode);
    expect(encoded.body).not.toContain('root:');
  });
});

describe('analyzer bugs', () => {
  it('become a 500 E_INTERNAL without internals, and the server keeps serving', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/email',
      headers: { ...t.auth, 'content-type': 'message/rfc822' },
      payload: 'From: a@b.example\r\n\r\nx',
    });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('E_INTERNAL');
    expect(res.body).not.toContain('secret internals');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/domain',
      headers: t.auth,
      payload: { domain: 'a.example' },
    });
    expect(ok.statusCode).toBe(200);
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics', headers: t.auth });
    expect(metrics.body).toContain('vigil_scan_errors_total{kind="email",code="E_INTERNAL"} 1');
  });
});
