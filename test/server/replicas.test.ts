/**
 * Replicas over one PostgreSQL (issue 16): a key created through one is valid on all, a revocation
 * takes effect on every replica at the next request (each request reads the key row; no cache),
 * and the per-key rate limit counts across replicas. `--db postgres://…` is a server, never a path.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKeys } from '../../src/cli/keys.js';
import { runPurge } from '../../src/cli/purge.js';
import { runServe } from '../../src/cli/serve.js';
import { defaultConfig } from '../../src/config/index.js';
import { buildApp, createApiKey, type VigilApp } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { fakeIo } from '../helpers/io.js';
import { postgresOrSkip } from '../helpers/postgres.js';
import { fakeVigil } from './helpers.js';

const server = await postgresOrSkip('the replica tests');
let n = 0;

async function replica(url: string, perMinute = 6000): Promise<{ app: VigilApp; store: Store }> {
  const store = await openStore(url);
  const app = await buildApp(defaultConfig(), {
    store,
    vigil: fakeVigil(),
    logger: false,
    processMetrics: false,
    webRoot: null,
    rateLimitPerMinute: perMinute,
  });
  await app.ready();
  return { app, store };
}

const scan = (app: VigilApp, key: string, domain = 'ok.example') =>
  app.inject({
    method: 'POST',
    url: '/v1/scan/domain',
    headers: { authorization: `Bearer ${key}` },
    payload: { domain },
  });

describe.skipIf(!server)('replicas over one PostgreSQL', () => {
  if (!server) return;
  const opened: { app: VigilApp; store: Store }[] = [];
  afterAll(async () => {
    for (const r of opened) {
      await r.app.close();
      await r.store.close();
    }
  });
  const two = async (perMinute?: number) => {
    const url = server.createDatabase(`replicas_${++n}`);
    const a = await replica(url, perMinute);
    const b = await replica(url, perMinute);
    opened.push(a, b);
    return { url, a, b };
  };

  it('a key created on one replica works on the other; its revocation is seen by both at the next request', async () => {
    const { url, a, b } = await two();
    const { key } = await createApiKey(a.store, 'analyst');
    expect((await scan(a.app, key)).statusCode).toBe(200);
    expect((await scan(b.app, key)).statusCode).toBe(200);
    // revoked from the command line, as an operator would
    const io = fakeIo();
    expect(await runKeys('revoke', ['analyst'], { db: url }, io)).toBe(0);
    for (const app of [a.app, b.app]) {
      const res = await scan(app, key);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'E_FORBIDDEN' } });
    }
  });

  it('a scan on one replica is in the history of the other', async () => {
    const { a, b } = await two();
    const { key } = await createApiKey(a.store, 'analyst');
    const id = (await scan(a.app, key, 'paypa1.example')).json().id as string;
    const res = await b.app.inject({
      method: 'GET',
      url: `/v1/verdicts/${id}`,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, verdict: 'malicious' });
  });

  it('the per-key rate limit holds across replicas, per key', async () => {
    const { a, b } = await two(5);
    const { key } = await createApiKey(a.store, 'ci');
    const other = await createApiKey(a.store, 'analyst');
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await scan(i % 2 ? b.app : a.app, key)).statusCode);
    // 5 per minute in all, not 5 per replica
    expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await scan(a.app, key);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'E_RATE_LIMIT' } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await scan(b.app, other.key)).statusCode).toBe(200);
  });

  it('a replica whose database goes away says so: /healthz 503, scans 503 E_STORE_UNAVAILABLE, /healthz/live 200', async () => {
    const { url, a } = await two();
    const { key } = await createApiKey(a.store, 'ci');
    const name = url.split('/').pop();
    const { default: pg } = await import('pg');
    const c = new pg.Client(server.url);
    await c.connect();
    await c.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
    await c.end();
    expect((await a.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
    expect((await a.app.inject({ method: 'GET', url: '/healthz/live' })).statusCode).toBe(200);
    const res = await scan(a.app, key);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: { code: 'E_STORE_UNAVAILABLE' } });
    // the API client is not told where the database is
    expect(res.body).not.toContain('127.0.0.1');
  });
});

describe.skipIf(!server)('--db postgres://', () => {
  if (!server) return;
  const cwd = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'vigil-pgcli-'));
  afterAll(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keys, serve and purge use the server, and no folder named postgres: appears', async () => {
    process.chdir(dir);
    const url = server.createDatabase(`cli_${++n}`);
    const k = fakeIo();
    expect(await runKeys('create', [], { db: url, name: 'ci' }, k)).toBe(0);
    const key = k.out.trim();
    const stop = new AbortController();
    const s = fakeIo();
    let base = '';
    const done = runServe({ db: url, port: 0, host: '127.0.0.1' }, s, {
      signal: stop.signal,
      vigil: fakeVigil(),
      logger: false,
      webRoot: null,
      onListening: (u) => (base = u),
    });
    await expect.poll(() => base, { timeout: 20_000 }).not.toBe('');
    const res = await fetch(`${base}/v1/scan/domain`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ domain: 'paypa1.example' }),
    });
    expect(res.status).toBe(200);
    stop.abort();
    expect(await done).toBe(0);
    expect(s.err).toContain(`database ${url}`);
    const p = fakeIo();
    expect(await runPurge({ db: url, all: true, json: true }, p)).toBe(0);
    expect(JSON.parse(p.out)).toMatchObject({ verdicts: 1, db: url });
    expect(existsSync(join(dir, 'postgres:'))).toBe(false);
  });

  it('hides the password in what it prints', async () => {
    const url = server.createDatabase(`cli_${++n}`).replace('vigil@', 'vigil:hunter2@');
    const k = fakeIo();
    expect(await runKeys('create', [], { db: url, name: 'ci' }, k)).toBe(0);
    expect(k.err).toContain('vigil:***@');
    expect(k.err).not.toContain('hunter2');
  });

  it('refuses an unknown scheme without creating anything', async () => {
    process.chdir(dir);
    const k = fakeIo();
    expect(await runKeys('create', [], { db: 'mysql://db.example/vigil', name: 'ci' }, k)).toBe(2);
    expect(k.err).toMatch(/unknown database engine "mysql".*E_STORE/s);
    const s = fakeIo();
    expect(await runServe({ db: 'postgres:db.example', port: 0 }, s, { logger: false })).toBe(2);
    expect(s.err).toMatch(/not a PostgreSQL URL/);
    expect(existsSync(join(dir, 'mysql:'))).toBe(false);
    expect(existsSync(join(dir, 'postgres:db.example'))).toBe(false);
  });
});
