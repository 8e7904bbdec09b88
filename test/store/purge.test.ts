/**
 * `vigil purge` and `Store.purge`: deletes verdicts (with raw messages) and feedback by age or all,
 * keeps keys, overwrites what it deletes, and never creates a database.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runPurge } from '../../src/cli/purge.js';
import { SqliteStore } from '../../src/store/index.js';
import { eml, fakeVigil } from '../server/helpers.js';

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

const DAY = 86_400_000;
const NOW = new Date('2026-12-03T09:00:00Z');
const SECRET = 'ZZ-SECRET-EVIDENCE-4711';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-purge-'));
  db = join(dir, 'v.db');
  const s = new SqliteStore({ path: db });
  const v = await fakeVigil().scan('email', Buffer.from(eml('phish')));
  v.signals[0]!.evidence[0]!.text = SECRET.repeat(5);
  const old = await s.saveVerdict({
    verdict: v,
    createdAt: new Date(NOW.getTime() - 10 * DAY),
    raw: Buffer.from(`raw ${SECRET}`),
  });
  await s.saveVerdict({ verdict: { ...v, signals: [] }, createdAt: new Date(NOW.getTime() - 1 * DAY) });
  await s.addFeedback({
    verdictId: old.id,
    label: 'benign',
    note: 'fp',
    keyId: null,
    createdAt: new Date(NOW.getTime() - 9 * DAY),
  });
  await s.createKey({ id: 'key_aaaaaaaaaaaa', name: 'ci', hash: 'a'.repeat(64), createdAt: NOW });
  await s.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const counts = () => {
  const s = new SqliteStore({ path: db });
  const n = (t: string) => (s.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  const c = { verdicts: n('verdicts'), feedback: n('feedback'), keys: n('api_keys') };
  s.db.close();
  return c;
};

describe('vigil purge', () => {
  it('--older-than DAYS deletes older verdicts with their feedback and raw message, keeps keys', async () => {
    const c = fakeIo();
    expect(await runPurge({ db, olderThan: '5', json: true }, c.io, {}, NOW)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({
      verdicts: 1,
      feedback: 1,
      before: '2026-11-28T09:00:00.000Z',
    });
    expect(counts()).toEqual({ verdicts: 1, feedback: 0, keys: 1 });
  });

  it('overwrites what it deletes: the secret is gone from the database file and its WAL', async () => {
    const bytes = () =>
      [db, `${db}-wal`]
        .filter(existsSync)
        .map((f) => readFileSync(f).toString('latin1'))
        .join('');
    expect(bytes()).toContain(SECRET);
    expect(await runPurge({ db, olderThan: 5 }, fakeIo().io, {}, NOW)).toBe(0);
    expect(bytes()).not.toContain(SECRET);
  });

  it('--all deletes every verdict and all feedback', async () => {
    const c = fakeIo();
    expect(await runPurge({ db, all: true }, c.io, {}, NOW)).toBe(0);
    expect(c.out()).toMatch(/purged 2 verdict\(s\) and 1 feedback entry \(all\)/);
    expect(counts()).toEqual({ verdicts: 0, feedback: 0, keys: 1 });
  });

  it.each([
    ['nothing said', {}],
    ['both said', { all: true, olderThan: '3' }],
    ['zero days', { olderThan: '0' }],
    ['a fraction', { olderThan: '1.5' }],
    ['text', { olderThan: 'week' }],
  ])('refuses %s with E_USAGE and deletes nothing', async (_, opts) => {
    const c = fakeIo();
    expect(await runPurge({ db, ...opts }, c.io, {}, NOW)).toBe(2);
    expect(c.err()).toMatch(/E_USAGE/);
    expect(counts()).toEqual({ verdicts: 2, feedback: 1, keys: 1 });
  });

  it('refuses a database that does not exist, creating nothing (E_STORE)', async () => {
    const missing = join(dir, 'none.db');
    const c = fakeIo();
    expect(await runPurge({ db: missing, all: true }, c.io, {}, NOW)).toBe(2);
    expect(c.err()).toMatch(/E_STORE/);
    expect(existsSync(missing)).toBe(false);
    const d = fakeIo();
    expect(await runPurge({ all: true }, d.io, { XDG_DATA_HOME: join(dir, 'xdg') }, NOW)).toBe(2);
    expect(existsSync(join(dir, 'xdg', 'vigil', 'vigil.db'))).toBe(false);
  });
});
