import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runKeys } from '../../src/cli/keys.js';
import { runServe } from '../../src/cli/serve.js';
import { defaultDbPath } from '../../src/store/index.js';
import { fakeScanners } from './helpers.js';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => Buffer.alloc(0),
    isTTY: false,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  db = join(dir, 'nested', 'vigil.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('vigil keys', () => {
  it('creates a key shown once, lists it without the secret, revokes it', async () => {
    const c = fakeIo();
    expect(await runKeys('create', [], { db, name: 'analyst' }, c.io)).toBe(0);
    const key = c.out().trim();
    expect(key).toMatch(/^vgl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(c.err()).toMatch(/only time the key is shown/);

    const l = fakeIo();
    expect(await runKeys('list', [], { db }, l.io)).toBe(0);
    expect(l.out()).toMatch(/key_[0-9a-f]{12}\s+analyst\s+\S+\s+active/);
    expect(l.out()).not.toContain(key.slice(17));

    const r = fakeIo();
    expect(await runKeys('revoke', ['analyst'], { db }, r.io)).toBe(0);
    expect(r.out()).toMatch(/revoked key_/);
    const j = fakeIo();
    await runKeys('list', [], { db, json: true }, j.io);
    expect(JSON.parse(j.out()).revoked_at).toMatch(/^\d{4}-/);
    expect(await runKeys('revoke', ['analyst'], { db }, fakeIo().io)).toBe(2);
  });

  it('refuses usage errors with exit 2', async () => {
    expect(await runKeys('create', [], { db }, fakeIo().io)).toBe(2);
    expect(await runKeys('rotate', [], { db }, fakeIo().io)).toBe(2);
    expect(await runKeys('revoke', [], { db }, fakeIo().io)).toBe(2);
    expect(await runKeys('create', [], { db, name: ' ' }, fakeIo().io)).toBe(2);
  });

  it('defaults the database to the XDG data dir', () => {
    expect(defaultDbPath({ XDG_DATA_HOME: '/data' })).toBe('/data/vigil/vigil.db');
    expect(defaultDbPath({ HOME: '/home/ana' })).toBe('/home/ana/.local/share/vigil/vigil.db');
    expect(defaultDbPath({ HOME: '/home/ana', XDG_DATA_HOME: 'relative' })).toBe('/home/ana/.local/share/vigil/vigil.db');
  });
});

describe('vigil serve', () => {
  it('refuses to start without an API key and says how to create one', async () => {
    const s = fakeIo();
    expect(await runServe({ db, port: 0 }, s.io, { scanners: fakeScanners, logger: false, webRoot: null })).toBe(2);
    expect(s.err()).toMatch(/vigil keys create --name/);
    expect(s.err()).toMatch(/--insecure-no-auth/);
  });

  it('refuses a bad port or config', async () => {
    expect(await runServe({ db, port: 'http' }, fakeIo().io, { logger: false })).toBe(2);
    const c = fakeIo();
    expect(await runServe({ db, config: join(dir, 'missing.json') }, c.io, { logger: false })).toBe(2);
    expect(c.err()).toMatch(/E_CONFIG/);
  });

  it('listens, answers with a key, and stops on abort', async () => {
    const k = fakeIo();
    await runKeys('create', [], { db, name: 'ci' }, k.io);
    const key = k.out().trim();
    const stop = new AbortController();
    const s = fakeIo();
    let base = '';
    const done = runServe({ db, port: 0, host: '127.0.0.1' }, s.io, {
      signal: stop.signal,
      scanners: fakeScanners,
      logger: false,
      webRoot: null,
      onListening: (u) => (base = u),
    });
    await expect.poll(() => base, { timeout: 10_000 }).not.toBe('');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/v1/verdicts`)).status).toBe(401);
    const res = await fetch(`${base}/v1/scan/domain`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ domain: 'paypa1.example' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { verdict: string }).verdict).toBe('malicious');
    stop.abort();
    expect(await done).toBe(0);
    expect(s.err()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
  });

  it('starts open with --insecure-no-auth and warns', async () => {
    const stop = new AbortController();
    const s = fakeIo();
    let base = '';
    const done = runServe({ db, port: 0, insecureNoAuth: true }, s.io, {
      signal: stop.signal,
      scanners: fakeScanners,
      logger: false,
      webRoot: null,
      onListening: (u) => (base = u),
    });
    await expect.poll(() => base, { timeout: 10_000 }).not.toBe('');
    expect((await fetch(`${base}/v1/verdicts`)).status).toBe(200);
    stop.abort();
    expect(await done).toBe(0);
    expect(s.err()).toMatch(/WARNING: --insecure-no-auth/);
  });
});

describe('database files', () => {
  it('are readable by the owner only', async () => {
    const { statSync, existsSync } = await import('node:fs');
    await runKeys('create', [], { db, name: 'mode' }, fakeIo().io);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) {
      if (existsSync(f)) expect(statSync(f).mode & 0o077).toBe(0);
    }
    expect(statSync(join(dir, 'nested')).mode & 0o077).toBe(0);
  });
});
