import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SqliteStore } from '../../src/store/index.js';
import { fakeVigil } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const vigil = fakeVigil();
const verdict = () => vigil.scan('domain', 'paypa1.example');

describe('SqliteStore', () => {
  it('records migrations once and keeps data across reopening', async () => {
    const path = join(dir, 'v.db');
    const a = new SqliteStore({ path });
    const saved = await a.saveVerdict({
      verdict: await verdict(),
      createdAt: new Date('2026-11-29T10:00:00Z'),
    });
    await a.close();
    const b = new SqliteStore({ path });
    const rows = b.db.prepare('SELECT version FROM migrations').all();
    expect(rows).toHaveLength(MIGRATIONS.length);
    expect(b.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((await b.getVerdict(saved.id))?.target).toBe('paypa1.example');
    await b.close();
  });

  it('refuses a database from a newer Vigil', async () => {
    const path = join(dir, 'v.db');
    const a = new SqliteStore({ path });
    a.db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    await a.close();
    expect(() => new SqliteStore({ path })).toThrow(/newer than this Vigil knows/);
  });

  it('rejects a forged cursor and clamps the page size', async () => {
    const s = new SqliteStore({ path: ':memory:' });
    for (let i = 0; i < 3; i++) await s.saveVerdict({ verdict: await verdict(), createdAt: new Date() });
    await expect(s.listVerdicts({ limit: 10, cursor: 'bm9wZQ' })).rejects.toMatchObject({
      code: 'E_BAD_REQUEST',
    });
    expect((await s.listVerdicts({ limit: 0 })).items).toHaveLength(1);
    expect((await s.listVerdicts({ limit: 10_000 })).items).toHaveLength(3);
    await s.close();
  });

  it('keeps feedback apart from the verdict and refuses feedback on unknown ids', async () => {
    const s = new SqliteStore({ path: ':memory:' });
    const v = await s.saveVerdict({ verdict: await verdict(), createdAt: new Date() });
    expect(
      await s.addFeedback({
        verdictId: 'vrd_nope',
        label: 'benign',
        note: '',
        keyId: null,
        createdAt: new Date(),
      }),
    ).toBeNull();
    await s.addFeedback({
      verdictId: v.id,
      label: 'benign',
      note: 'fp',
      keyId: 'key_1',
      createdAt: new Date(),
    });
    expect(await s.listFeedback(v.id)).toMatchObject([{ label: 'benign', note: 'fp', key_id: 'key_1' }]);
    expect((await s.getVerdict(v.id))?.verdict).toBe('malicious');
    await s.close();
  });

  it('revokes keys by id or name and counts active ones', async () => {
    const s = new SqliteStore({ path: ':memory:' });
    await s.createKey({ id: 'key_a', name: 'ci', hash: 'a'.repeat(64), createdAt: new Date() });
    await s.createKey({ id: 'key_b', name: 'ana', hash: 'b'.repeat(64), createdAt: new Date() });
    expect(await s.countActiveKeys()).toBe(2);
    expect((await s.revokeKey('ci', new Date()))?.id).toBe('key_a');
    expect((await s.revokeKey('key_b', new Date()))?.id).toBe('key_b');
    expect(await s.revokeKey('key_b', new Date())).toBeNull();
    expect(await s.countActiveKeys()).toBe(0);
    await s.close();
  });
});
