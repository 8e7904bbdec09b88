/**
 * Failed authentications are limited per client address (issue 10 #12: 56k wrong-key requests in
 * 8 s were answered at full speed) and counted in /metrics.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { AuthFailureThrottle } from '../../src/server/auth-throttle.js';
import { makeApp, type TestApp } from './helpers.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  await t?.store.close();
  t = undefined;
});

const WRONG = `Bearer vgl_000000000000_${'A'.repeat(43)}`;

async function setup(limit?: number) {
  let now = Date.parse('2026-12-03T09:00:00Z');
  const config = resolveConfig(limit === undefined ? {} : { server: { auth_failures_per_minute: limit } });
  t = await makeApp({ config, clock: () => new Date(now) });
  const app = t;
  const get = (remoteAddress: string, authorization?: string, url = '/v1/verdicts') =>
    app.app.inject({ method: 'GET', url, remoteAddress, headers: authorization ? { authorization } : {} });
  return { app, get, advance: (ms: number) => (now += ms) };
}

describe('failed authentication', () => {
  it('is limited to 30 per minute per address by default, then 429 until the window passes', async () => {
    const { app, get, advance } = await setup();
    for (let i = 0; i < 30; i++) expect((await get('192.0.2.10', WRONG)).statusCode).toBe(401);
    const over = await get('192.0.2.10', WRONG);
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('E_RATE_LIMIT');
    expect(over.json().error.message).toMatch(/failed authentications from your address/);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // the address is blocked even with a valid key (no key check while blocked) ...
    expect((await get('192.0.2.10', app.auth.authorization)).statusCode).toBe(429);
    // ... other addresses and public routes are not
    expect((await get('192.0.2.11', app.auth.authorization)).statusCode).toBe(200);
    expect((await get('192.0.2.10', undefined, '/healthz')).statusCode).toBe(200);
    advance(60_000);
    expect((await get('192.0.2.10', app.auth.authorization)).statusCode).toBe(200);
    expect((await get('192.0.2.10', WRONG)).statusCode).toBe(401);
  });

  it('counts every kind of failure per address and in /metrics', async () => {
    const { app, get } = await setup(4);
    const { createApiKey } = await import('../../src/server/index.js');
    const gone = await createApiKey(app.store, 'gone');
    await app.store.revokeKey(gone.record.id, new Date());
    expect((await get('192.0.2.20')).statusCode).toBe(401);
    expect((await get('192.0.2.20', 'Basic eDp5')).statusCode).toBe(401);
    expect((await get('192.0.2.20', WRONG)).statusCode).toBe(401);
    expect((await get('192.0.2.20', `Bearer ${gone.key}`)).statusCode).toBe(403);
    expect((await get('192.0.2.20', WRONG)).statusCode).toBe(429);
    const m = await get('192.0.2.21', app.auth.authorization, '/metrics');
    expect(m.statusCode).toBe(200);
    for (const reason of ['missing', 'malformed', 'unknown', 'revoked']) {
      expect(m.body).toContain(`vigil_auth_failures_total{reason="${reason}"} 1`);
    }
    expect(m.body).toContain('vigil_auth_throttled_total 1');
  });

  it('does not count successful requests', async () => {
    const { app, get } = await setup(2);
    for (let i = 0; i < 5; i++)
      expect((await get('192.0.2.30', app.auth.authorization)).statusCode).toBe(200);
    expect((await get('192.0.2.30', WRONG)).statusCode).toBe(401);
    expect((await get('192.0.2.30', app.auth.authorization)).statusCode).toBe(200);
  });

  it('refuses a zero or fractional limit in the config', () => {
    expect(() => resolveConfig({ server: { auth_failures_per_minute: 0 } })).toThrow(
      /auth_failures_per_minute/,
    );
    expect(() => resolveConfig({ server: { auth_failures_per_minute: 1.5 } })).toThrow(
      /auth_failures_per_minute/,
    );
  });
});

describe('AuthFailureThrottle', () => {
  it('tracks a bounded number of addresses, dropping the oldest first', () => {
    const th = new AuthFailureThrottle(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) th.fail(`198.51.100.${i % 250}-${i}`, 1000 + i);
    expect(th.size).toBeLessThanOrEqual(100);
    // the newest address is still blocked, the oldest was forgotten
    expect(th.retryAfter('198.51.100.249-999', 2000)).toBeGreaterThan(0);
    expect(th.retryAfter('198.51.100.0-0', 2000)).toBe(0);
  });
});
