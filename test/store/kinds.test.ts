/**
 * The store takes the runtime's kinds: a verdict of a kind added later (README "Extending Vigil")
 * is stored, `stats().by_kind` lists the runtime's kinds, and migration 5 lifts version 1's fixed
 * kind list from a database in use without losing its verdicts, feedback or sequence.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERDICT_SCHEMA, type Verdict } from '../../src/core/index.js';
import { MIGRATIONS, SqliteStore } from '../../src/store/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-kinds-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const verdict = (kind: string): Verdict => ({
  schema: VERDICT_SCHEMA,
  kind,
  target: `a ${kind}`,
  verdict: 'clean',
  score: 0.01,
  categories: [],
  signals: [],
  model: null,
  skipped: [],
  input: {},
  elapsed_ms: 0,
});

describe('store kinds', () => {
  it('stores any registered kind and lists the runtime kinds in stats', async () => {
    const s = new SqliteStore({ path: ':memory:', kinds: ['email', 'url', 'domain', 'sms'] });
    await s.saveVerdict({ verdict: verdict('sms'), createdAt: new Date() });
    await s.saveVerdict({ verdict: verdict('url'), createdAt: new Date() });
    const st = await s.stats({ since: new Date(0), bucket: 'day' });
    expect(st.by_kind).toEqual({ email: 0, url: 1, domain: 0, sms: 1 });
    // the column still refuses what no analyzer kind can be
    await expect(s.saveVerdict({ verdict: verdict('Bad Kind'), createdAt: new Date() })).rejects.toThrow(
      /CHECK/,
    );
    await expect(s.saveVerdict({ verdict: verdict(''), createdAt: new Date() })).rejects.toThrow(/CHECK/);
    await s.close();
  });

  it('migration 5 lifts the version 1 kind list and keeps verdicts, feedback and the sequence', async () => {
    const path = join(dir, 'v3.db');
    // a database as version 3 left it, in use: a verdict with feedback, and a purged older one
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    db.exec(
      'CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00Z');
    }
    const row = `INSERT INTO verdicts (id, created_at, kind, target, verdict, score, categories, urls, verdict_json) VALUES (?, '2026-11-01T00:00:00Z', 'email', 't', 'clean', 0.1, '[]', '[]', ?)`;
    db.prepare(row).run('vrd_000000000000000000000001', JSON.stringify(verdict('email')));
    db.prepare(row).run('vrd_000000000000000000000002', JSON.stringify(verdict('email')));
    db.prepare(
      "INSERT INTO feedback (id, verdict_id, label, created_at) VALUES ('fb_1', 'vrd_000000000000000000000001', 'benign', '2026-11-02T00:00:00Z')",
    ).run();
    db.prepare("DELETE FROM verdicts WHERE id = 'vrd_000000000000000000000002'").run();
    expect(() =>
      db.prepare(row.replace("'email'", "'sms'")).run('vrd_000000000000000000000003', '{}'),
    ).toThrow(/CHECK/);
    db.close();

    const s = new SqliteStore({ path, kinds: ['email', 'sms'] });
    expect(await s.listFeedback('vrd_000000000000000000000001')).toMatchObject([
      { id: 'fb_1', label: 'benign' },
    ]);
    expect(await s.getVerdict('vrd_000000000000000000000001')).not.toBeNull();
    const saved = await s.saveVerdict({
      verdict: verdict('sms'),
      createdAt: new Date('2026-11-03T00:00:00Z'),
    });
    const seqs = s.db.prepare('SELECT id, seq FROM verdicts ORDER BY seq').all() as {
      id: string;
      seq: number;
    }[];
    // the purged newest verdict's sequence number 2 is never handed out again (cursors stay unique)
    expect(seqs.map((r) => r.seq)).toEqual([1, 3]);
    expect(seqs[1]!.id).toBe(saved.id);
    // deleting a verdict still takes its feedback with it (the foreign key survived the rebuild)
    s.db.prepare("DELETE FROM verdicts WHERE id = 'vrd_000000000000000000000001'").run();
    expect(await s.listFeedback('vrd_000000000000000000000001')).toEqual([]);
    expect(s.db.prepare('SELECT MAX(version) AS v FROM migrations').get()).toEqual({
      v: MIGRATIONS.at(-1)!.version,
    });
    await s.close();
  });
});
