import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runKeys } from '../../src/cli/keys.js';
import { runServe } from '../../src/cli/serve.js';
import { defaultDbPath } from '../../src/store/index.js';
import { fakeVigil } from './helpers.js';

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
  mkdirSync(join(dir, 'nested'));
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
    expect(l.out()).toMatch(/key_[0-9a-f]{12}\s+analyst\s+admin\s+\S+\s+active/);
    expect(l.out()).not.toContain(key.slice(17));

    const r = fakeIo();
    expect(await runKeys('revoke', ['analyst'], { db }, r.io)).toBe(0);
    expect(r.out()).toMatch(/revoked key_/);
    const j = fakeIo();
    await runKeys('list', [], { db, json: true }, j.io);
    expect(JSON.parse(j.out()).revoked_at).toMatch(/^\d{4}-/);
    expect(await runKeys('revoke', ['analyst'], { db }, fakeIo().io)).toBe(2);
  });

  it('refuses a duplicate name with E_KEY_NAME_TAKEN and revokes one key by name', async () => {
    expect(await runKeys('create', [], { db, name: 'ci' }, fakeIo().io)).toBe(0);
    const dup = fakeIo();
    expect(await runKeys('create', [], { db, name: 'ci' }, dup.io)).toBe(2);
    expect(dup.err()).toMatch(/E_KEY_NAME_TAKEN/);
    expect(dup.out()).toBe('');
    // revoking a name revokes exactly one key; a new key may then take the name
    const r = fakeIo();
    expect(await runKeys('revoke', ['ci'], { db, json: true }, r.io)).toBe(0);
    expect(JSON.parse(r.out())).toMatchObject({ name: 'ci', id: expect.stringMatching(/^key_/) });
    expect(await runKeys('create', [], { db, name: 'ci' }, fakeIo().io)).toBe(0);
    const l = fakeIo();
    await runKeys('list', [], { db }, l.io);
    expect(l.out().match(/^key_[0-9a-f]{12}\s+ci\s/gm)).toHaveLength(2);
    expect(l.out()).toMatch(/^ID\s+NAME\s+ROLE\s+CREATED\s+STATUS/);
  });

  it('creates keys with a role (read, scan, admin) and refuses another', async () => {
    const c = fakeIo();
    expect(await runKeys('create', [], { db, name: 'wall', role: 'read', json: true }, c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ name: 'wall', role: 'read' });
    expect(await runKeys('create', [], { db, name: 'gw', role: 'scan' }, fakeIo().io)).toBe(0);
    const bad = fakeIo();
    expect(await runKeys('create', [], { db, name: 'x', role: 'root' }, bad.io)).toBe(2);
    expect(bad.err()).toMatch(/--role must be one of read, scan, admin.*E_USAGE/);
    const j = fakeIo();
    await runKeys('list', [], { db, json: true }, j.io);
    expect(
      j
        .out()
        .trim()
        .split('\n')
        .map((x) => JSON.parse(x).role),
    ).toEqual(['read', 'scan']);
  });

  it('refuses an ambiguous name, listing the ids, and revokes nothing', async () => {
    await runKeys('create', [], { db, name: 'a' }, fakeIo().io);
    await runKeys('create', [], { db, name: 'b' }, fakeIo().io);
    const { SqliteStore } = await import('../../src/store/index.js');
    const s = new SqliteStore({ path: db });
    s.db.exec("DROP INDEX api_keys_active_name; UPDATE api_keys SET name = 'a'");
    const ids = (await s.listKeys()).map((k) => k.id);
    await s.close();
    const r = fakeIo();
    expect(await runKeys('revoke', ['a'], { db }, r.io)).toBe(2);
    expect(r.err()).toMatch(/E_KEY_AMBIGUOUS/);
    for (const id of ids) expect(r.err()).toContain(id);
    const j = fakeIo();
    await runKeys('list', [], { db, json: true }, j.io);
    expect(
      j
        .out()
        .trim()
        .split('\n')
        .map((x) => JSON.parse(x).revoked_at),
    ).toEqual([null, null]);
  });

  it('refuses a --db whose folder does not exist, creating nothing (E_STORE)', async () => {
    const typo = join(dir, 'typo', 'x', 'v.db');
    const k = fakeIo();
    expect(await runKeys('list', [], { db: typo }, k.io)).toBe(2);
    expect(k.err()).toMatch(/E_STORE/);
    expect(k.err()).toContain(typo);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
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
    expect(defaultDbPath({ HOME: '/home/ana', XDG_DATA_HOME: 'relative' })).toBe(
      '/home/ana/.local/share/vigil/vigil.db',
    );
  });
});

describe('vigil serve', () => {
  it('refuses to start without an API key and says how to create one', async () => {
    const s = fakeIo();
    expect(await runServe({ db, port: 0 }, s.io, { vigil: fakeVigil(), logger: false, webRoot: null })).toBe(
      2,
    );
    expect(s.err()).toMatch(/vigil keys create --name/);
    expect(s.err()).toMatch(/--insecure-no-auth/);
  });

  it('refuses a --db whose folder does not exist, or a file that is not a database, with E_STORE', async () => {
    const typo = join(dir, 'typo', 'x', 'v.db');
    const s = fakeIo();
    expect(
      await runServe({ db: typo, port: 0 }, s.io, { vigil: fakeVigil(), logger: false, webRoot: null }),
    ).toBe(2);
    expect(s.err()).toMatch(/E_STORE/);
    expect(s.err()).toContain(typo);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not sqlite at all\n'.repeat(100));
    const j = fakeIo();
    expect(
      await runServe({ db: junk, port: 0 }, j.io, { vigil: fakeVigil(), logger: false, webRoot: null }),
    ).toBe(2);
    expect(j.err()).toMatch(/E_STORE/);
    expect(j.err()).toContain(junk);
  });

  it('refuses a bad --retention-days or --log-level with E_USAGE', async () => {
    for (const bad of [
      { retentionDays: '0' },
      { retentionDays: '1.5' },
      { retentionDays: 'forever' },
      { logLevel: 'loud' },
    ]) {
      const c = fakeIo();
      // an aborted signal: were the option accepted, the server would stop at once (exit 0)
      const control = {
        vigil: fakeVigil(),
        webRoot: null,
        logger: false as const,
        signal: AbortSignal.abort(),
      };
      expect(await runServe({ db, port: 0, insecureNoAuth: true, ...bad }, c.io, control)).toBe(2);
      expect(c.err()).toMatch(/E_USAGE/);
    }
  });

  it('logs requests at --log-level, by route pattern, and says what it keeps', async () => {
    for (const [level, expectInfo] of [
      ['warn', false],
      ['info', true],
    ] as const) {
      const stop = new AbortController();
      const s = fakeIo();
      let base = '';
      const done = runServe(
        { db, port: 0, insecureNoAuth: true, logLevel: level, retentionDays: 'never' },
        s.io,
        {
          signal: stop.signal,
          vigil: fakeVigil(),
          webRoot: null,
          onListening: (u) => (base = u),
        },
      );
      await expect.poll(() => base, { timeout: 10_000 }).not.toBe('');
      expect((await fetch(`${base}/v1/verdicts?since=7d&cursor=abc`)).status).toBe(400);
      stop.abort();
      expect(await done).toBe(0);
      expect(s.out().includes('incoming request')).toBe(expectInfo);
      if (expectInfo) expect(s.out()).toContain('"route":"/v1/verdicts"');
      expect(s.out()).not.toContain('cursor=abc');
      expect(s.err()).toMatch(/evidence text is not kept; verdicts and feedback are kept forever/);
    }
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
      vigil: fakeVigil(),
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
      vigil: fakeVigil(),
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
  it('are readable by the owner only, in a private folder at the default location', async () => {
    const { statSync } = await import('node:fs');
    const env = { XDG_DATA_HOME: dir };
    expect(await runKeys('create', [], { name: 'mode' }, fakeIo().io, env)).toBe(0);
    const path = defaultDbPath(env);
    expect(existsSync(path)).toBe(true);
    for (const f of [path, `${path}-wal`, `${path}-shm`]) {
      if (existsSync(f)) expect(statSync(f).mode & 0o077).toBe(0);
    }
    expect(statSync(join(dir, 'vigil')).mode & 0o077).toBe(0);
  });
});
