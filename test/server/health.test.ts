/**
 * Readiness vs liveness (issue 16): /healthz answers 503 when the database does not, so a load
 * balancer stops sending scans to that replica; /healthz/live stays 200 (restarting the process
 * would not bring the database back). Neither needs a key; the reason is logged, never sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { VigilError } from '../../src/core/index.js';
import { makeApp, type TestApp } from './helpers.js';

let t: TestApp;
afterEach(async () => {
  await t.app.close();
  await t.store.close();
});

describe('/healthz', () => {
  it('is ready while the database answers, and live either way', async () => {
    t = await makeApp();
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({
      status: 'ok',
      live: true,
      database: 'ok',
    });
    expect((await t.app.inject({ method: 'GET', url: '/healthz/live' })).json()).toEqual({ status: 'ok' });
  });

  it('answers 503 when the database does not, without naming it, while /healthz/live stays 200', async () => {
    t = await makeApp();
    t.store.ping = async () => {
      throw new VigilError(
        'E_STORE_UNAVAILABLE',
        'the database postgres://vigil:***@db.internal.example/vigil cannot be reached',
      );
    };
    const ready = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable', live: true, database: 'unreachable' });
    expect(ready.body).not.toContain('db.internal.example');
    const live = await t.app.inject({ method: 'GET', url: '/healthz/live' });
    expect(live.statusCode).toBe(200);
  });

  it('gives up on a database that hangs (bounded wait) and says unreachable', async () => {
    t = await makeApp();
    t.store.ping = () => new Promise(() => {});
    const ready = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(ready.statusCode).toBe(503);
  });
});
