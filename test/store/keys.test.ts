/**
 * API key names are unique among active keys; revoke takes an id or an unambiguous name (issue 10
 * #8: `keys revoke NAME` revoked every key with that name, `keys create` accepted a duplicate).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/server/index.js';
import { MIGRATIONS, SqliteStore } from '../../src/store/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-keys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const key = (id: string, name: string, at: string) => ({
  id,
  name,
  hash: id.padEnd(64, '0'),
  createdAt: new Date(at),
});

describe('key names', () => {
  it('refuse a duplicate active name with E_KEY_NAME_TAKEN, naming the holder', async () => {
    const s = new SqliteStore({ path: ':memory:' });
    const first = await createApiKey(s, 'ci');
    await expect(createApiKey(s, 'ci')).rejects.toMatchObject({
      code: 'E_KEY_NAME_TAKEN',
      message: expect.stringContaining(first.record.id),
    });
    await expect(createApiKey(s, ' ci ')).rejects.toMatchObject({ code: 'E_KEY_NAME_TAKEN' });
    expect(await s.listKeys()).toHaveLength(1);
    await s.close();
  });

  it('may be reused once the key that had it is revoked', async () => {
    const s = new SqliteStore({ path: ':memory:' });
    const old = await createApiKey(s, 'ci');
    expect((await s.revokeKey('ci', new Date()))?.id).toBe(old.record.id);
    const next = await createApiKey(s, 'ci');
    expect(next.record.id).not.toBe(old.record.id);
    expect(await s.countActiveKeys()).toBe(1);
    await s.close();
  });

  it('refuse a name shaped like a key id', async () => {
    const s = new SqliteStore({ path: ':memory:' });
    await expect(createApiKey(s, 'key_0123456789ab')).rejects.toMatchObject({ code: 'E_USAGE' });
    await s.close();
  });
});

describe('revoke', () => {
  it('revokes exactly one key, by id or by name', async () => {
    const s = new SqliteStore({ path: ':memory:' });
    await s.createKey(key('key_aaaaaaaaaaaa', 'ci', '2026-12-01T00:00:00Z'));
    await s.createKey(key('key_bbbbbbbbbbbb', 'ana', '2026-12-01T00:00:01Z'));
    await s.createKey(key('key_cccccccccccc', 'bob', '2026-12-01T00:00:02Z'));
    expect((await s.revokeKey('ci', new Date()))?.id).toBe('key_aaaaaaaaaaaa');
    expect((await s.revokeKey('key_bbbbbbbbbbbb', new Date()))?.name).toBe('ana');
    expect(await s.revokeKey('key_bbbbbbbbbbbb', new Date())).toBeNull();
    expect(await s.revokeKey('nobody', new Date())).toBeNull();
    expect(await s.countActiveKeys()).toBe(1);
    await s.close();
  });

  it('refuses an ambiguous name, listing the ids, and revokes nothing', async () => {
    const s = new SqliteStore({ path: ':memory:' });
    // a store without the unique index (another implementation, or a hand-edited file)
    s.db.exec('DROP INDEX api_keys_active_name');
    await s.createKey(key('key_aaaaaaaaaaaa', 'ci', '2026-12-01T00:00:00Z'));
    await s.createKey(key('key_bbbbbbbbbbbb', 'other', '2026-12-01T00:00:01Z'));
    s.db.prepare("UPDATE api_keys SET name = 'ci' WHERE id = 'key_bbbbbbbbbbbb'").run();
    const err = await s.revokeKey('ci', new Date()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'E_KEY_AMBIGUOUS' });
    expect((err as Error).message).toMatch(/key_aaaaaaaaaaaa, key_bbbbbbbbbbbb/);
    expect(await s.countActiveKeys()).toBe(2);
    await s.close();
  });
});

describe('migration 2 on a database with duplicate names', () => {
  it('opens it: the newest key keeps the name, older ones are renamed with their id, all keep working', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    db.exec(
      'CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    db.exec(MIGRATIONS[0]!.sql);
    db.prepare("INSERT INTO migrations VALUES (1, 'v1', '2026-11-01T00:00:00Z')").run();
    const ins = db.prepare(
      'INSERT INTO api_keys (id, name, hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?)',
    );
    ins.run('key_000000000001', 'ci', 'a'.repeat(64), '2026-11-01T00:00:00.000Z', null);
    ins.run('key_000000000002', 'ci', 'b'.repeat(64), '2026-11-02T00:00:00.000Z', null);
    ins.run('key_000000000003', 'ci', 'c'.repeat(64), '2026-11-03T00:00:00.000Z', null);
    ins.run('key_000000000004', 'ci', 'd'.repeat(64), '2026-11-04T00:00:00.000Z', '2026-11-05T00:00:00.000Z');
    // a verdict stored by version 1 kept its evidence: migration 3 must say so
    db.prepare(
      `INSERT INTO verdicts (id, created_at, kind, target, verdict, score, categories, urls, verdict_json)
       VALUES ('vrd_000000000000000000000001', '2026-11-01T00:00:00.000Z', 'domain', 'a.example', 'clean', 0.1, '[]', '[]', '{"signals":[]}')`,
    ).run();
    db.close();

    const s = new SqliteStore({ path });
    const names = Object.fromEntries((await s.listKeys()).map((k) => [k.id, k.name]));
    expect(names).toEqual({
      key_000000000001: 'ci (key_000000000001)',
      key_000000000002: 'ci (key_000000000002)',
      key_000000000003: 'ci',
      key_000000000004: 'ci',
    });
    expect(await s.countActiveKeys()).toBe(3);
    expect((await s.revokeKey('ci', new Date()))?.id).toBe('key_000000000003');
    expect(await s.countActiveKeys()).toBe(2);
    expect((await s.getVerdict('vrd_000000000000000000000001'))?.evidence_stored).toBe(true);
    await s.close();
  });
});

describe('key roles (schema version 4)', () => {
  it('keys made before roles existed become admin, so every key keeps working', async () => {
    const { SqliteStore, MIGRATIONS } = await import('../../src/store/index.js');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(':memory:');
    db.exec(
      'CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    db.prepare(
      "INSERT INTO api_keys (id, name, hash, created_at) VALUES ('key_000000000001', 'old', 'h', '2025-01-01')",
    ).run();
    const { migrate } = await import('../../src/store/index.js');
    migrate(db);
    expect(db.prepare('SELECT role FROM api_keys').get()).toEqual({ role: 'admin' });
    expect(() => db.prepare("UPDATE api_keys SET role = 'root'").run()).toThrow(/CHECK/);
    db.close();
    const s = new SqliteStore({ path: ':memory:' });
    expect(
      await s.createKey({
        id: 'key_000000000002',
        name: 'r',
        hash: 'h2',
        createdAt: new Date(),
        role: 'read',
      }),
    ).toMatchObject({ role: 'read' });
    expect((await s.getKey('key_000000000002'))?.role).toBe('read');
    await s.close();
  });
});
