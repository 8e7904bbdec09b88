/**
 * The store contract on PostgreSQL (test/store/contract.ts): a new database per case on one
 * throw-away server, plus what only a shared store does (counters across handles, group commit,
 * another program's database refused, an unreachable server reported as such).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PG_MIGRATIONS, PgStore, openStore } from '../../src/store/index.js';
import { postgresOrSkip } from '../helpers/postgres.js';
import { makeVerdict, runStoreContract } from './contract.js';

const server = await postgresOrSkip('the PostgreSQL store contract');
let n = 0;

async function sql(url: string, text: string): Promise<void> {
  const c = new pg.Client(url);
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

describe.skipIf(!server)('postgres', () => {
  if (!server) return;
  const fresh = async () => {
    const url = server.createDatabase(`contract_${++n}`);
    return {
      url,
      open: () => openStore(url),
      markNewerSchema: () => sql(url, "INSERT INTO migrations VALUES (999, 'future', now())"),
    };
  };
  runStoreContract('postgres', fresh);

  describe('shared by replicas', () => {
    it('counts requests per key in one window across handles', async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      try {
        const counts = [];
        for (let i = 0; i < 3; i++)
          counts.push(
            (await a.countRequest!('key:a', 60_000)).current,
            (await b.countRequest!('key:a', 60_000)).current,
          );
        expect(counts).toEqual([1, 2, 3, 4, 5, 6]);
        const other = await b.countRequest!('key:b', 60_000);
        expect(other.current).toBe(1);
        expect(other.ttl).toBeGreaterThan(0);
        expect(other.ttl).toBeLessThanOrEqual(60_000);
        // concurrent increments lose nothing
        const many = await Promise.all(
          Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).countRequest!('key:c', 60_000)),
        );
        expect(many.map((x) => x.current).sort((x, y) => x - y)).toEqual(
          Array.from({ length: 40 }, (_, i) => i + 1),
        );
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('starts a new window when the old one is over', async () => {
      const db = await fresh();
      const s = await db.open();
      try {
        await s.countRequest!('key:w', 60_000);
        await s.countRequest!('key:w', 60_000);
        // the row of a window that has ended (moved back by hand) restarts at 1
        await sql(db.url, "UPDATE rate_limits SET window_start = window_start - 120000 WHERE key = 'key:w'");
        expect((await s.countRequest!('key:w', 60_000)).current).toBe(1);
      } finally {
        await s.close();
      }
    });

    it('writes concurrent scans in few multi-row INSERTs (group commit)', async () => {
      const db = await fresh();
      const s = (await db.open()) as PgStore;
      try {
        const before = s.verdictInserts;
        await Promise.all(
          Array.from({ length: 200 }, () =>
            s.saveVerdict({ verdict: makeVerdict('url', false), createdAt: new Date() }),
          ),
        );
        expect(s.verdictInserts - before).toBeLessThanOrEqual(2);
        expect((await s.listVerdicts({ limit: 200 })).items).toHaveLength(200);
      } finally {
        await s.close();
      }
    });

    it('migrates once when several replicas start at once on an empty database', async () => {
      const db = await fresh();
      const stores = await Promise.all(Array.from({ length: 4 }, () => db.open()));
      await Promise.all(stores.map((s) => s.close()));
      const c = new pg.Client(db.url);
      await c.connect();
      const versions = (await c.query('SELECT version FROM migrations ORDER BY version')).rows.map(
        (r) => r.version,
      );
      await c.end();
      expect(versions).toEqual(PG_MIGRATIONS.map((m) => m.version));
    });

    it("refuses another program's database and leaves it untouched", async () => {
      const url = server.createDatabase(`foreign_${++n}`);
      await sql(url, 'CREATE TABLE contacts (name TEXT)');
      await expect(openStore(url)).rejects.toMatchObject({
        code: 'E_STORE',
        message: expect.stringMatching(/not Vigil's/),
      });
      const c = new pg.Client(url);
      await c.connect();
      const tables = (
        await c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
      ).rows;
      await c.end();
      expect(tables).toEqual([{ table_name: 'contacts' }]);
    });

    it('purge --must-exist refuses an empty database instead of creating the schema', async () => {
      const url = server.createDatabase(`empty_${++n}`);
      await expect(openStore(url, { mustExist: true })).rejects.toMatchObject({
        code: 'E_STORE',
        message: expect.stringMatching(/no Vigil database/),
      });
    });

    it('reports a server that is down as E_STORE_UNAVAILABLE, with the password hidden', async () => {
      const url = `postgres://vigil:s3cret@127.0.0.1:${server.port}/nosuchdb_${++n}`.replace(
        String(server.port),
        '1',
      );
      const err = await openStore(url).then(
        () => null,
        (e: unknown) => e as Error & { code: string },
      );
      expect(err).toMatchObject({ code: 'E_STORE_UNAVAILABLE' });
      expect(err?.message).not.toContain('s3cret');
      expect(err?.message).toContain('***');
    });

    it('a store whose server goes away answers ping and reads with E_STORE_UNAVAILABLE', async () => {
      const db = await fresh();
      const s = await db.open();
      try {
        await s.ping();
        // end every connection of this database from the server side, then refuse new ones
        await sql(server.url, `ALTER DATABASE ${db.url.split('/').pop()} ALLOW_CONNECTIONS false`);
        await sql(
          server.url,
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db.url.split('/').pop()}'`,
        );
        await expect(s.ping()).rejects.toMatchObject({ code: 'E_STORE_UNAVAILABLE' });
        await expect(s.ping()).rejects.toMatchObject({ code: 'E_STORE_UNAVAILABLE' });
      } finally {
        await s.close();
      }
    });
  });
});
