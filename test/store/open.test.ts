/**
 * Opening the database (issue 10 #9): a typo in --db must not create folders, and a file that is
 * not a Vigil database is refused with E_STORE naming the file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore, dbLocation, openStore, storeLocation } from '../../src/store/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const openErr = (path: string, createDir = false) => {
  try {
    new SqliteStore({ path, createDir }).db.close();
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error('opened');
};

describe('a path the user gave', () => {
  it('whose folder does not exist is refused, and no folder is created', () => {
    const path = join(dir, 'typo', 'x', 'v.db');
    const err = openErr(path);
    expect(err.code).toBe('E_STORE');
    expect(err?.message).toContain(path);
    expect(err?.message).toMatch(/does not exist/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });

  it('that is a folder, or under a file, is refused', () => {
    expect(openErr(dir)).toMatchObject({ code: 'E_STORE', message: expect.stringMatching(/is a folder/) });
    writeFileSync(join(dir, 'file'), 'x');
    expect(openErr(join(dir, 'file', 'v.db'))).toMatchObject({
      code: 'E_STORE',
      message: expect.stringMatching(/not a folder/),
    });
  });

  it('that is not a SQLite database is refused with E_STORE naming it, and left untouched', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    const err = openErr(path);
    expect(err.code).toBe('E_STORE');
    expect(err?.message).toContain(path);
    expect(err?.message).toMatch(/not a usable SQLite database/);
    expect(readFileSync(path, 'utf8')).toMatch(/^these are my notes/);
  });

  it("that is another program's SQLite database is refused and not migrated", () => {
    const path = join(dir, 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    expect(openErr(path)).toMatchObject({ code: 'E_STORE', message: expect.stringMatching(/not Vigil's/) });
    const again = new Database(path);
    const tables = again.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    again.close();
    expect(tables).toEqual([{ name: 'contacts' }]);
  });

  it('in an existing folder is created, and an empty file is initialised', () => {
    const s = new SqliteStore({ path: join(dir, 'v.db') });
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM migrations').get()).toMatchObject({
      n: expect.any(Number),
    });
    s.db.close();
    writeFileSync(join(dir, 'empty.db'), '');
    new SqliteStore({ path: join(dir, 'empty.db') }).db.close();
  });
});

describe('the default location', () => {
  it("creates the file's own folder, private to the user", () => {
    const where = dbLocation(undefined, { XDG_DATA_HOME: join(dir, 'data') });
    expect(where).toEqual({ path: join(dir, 'data', 'vigil', 'vigil.db'), createDir: true });
    mkdirSync(join(dir, 'data'));
    new SqliteStore(where).db.close();
    expect(statSync(join(dir, 'data', 'vigil')).mode & 0o077).toBe(0);
    expect(dbLocation('/srv/v.db')).toEqual({ path: '/srv/v.db', createDir: false });
  });
});

describe('--db chooses the engine (openStore)', () => {
  it('takes postgres:// and postgresql:// as servers, never as paths', () => {
    expect(storeLocation('postgres://vigil@db.example:5432/vigil')).toEqual({
      engine: 'postgres',
      url: 'postgres://vigil@db.example:5432/vigil',
    });
    expect(storeLocation('postgresql://db.example/vigil')).toMatchObject({ engine: 'postgres' });
    expect(() => storeLocation('postgres:db.example')).toThrow(/not a PostgreSQL URL/);
  });

  it('takes sqlite:PATH, sqlite:///PATH and a bare path as SQLite files', () => {
    expect(storeLocation('sqlite:/var/lib/vigil/v.db')).toEqual({
      engine: 'sqlite',
      path: '/var/lib/vigil/v.db',
      createDir: false,
    });
    expect(storeLocation('sqlite:///var/lib/vigil/v.db')).toMatchObject({ path: '/var/lib/vigil/v.db' });
    expect(storeLocation('sqlite::memory:')).toMatchObject({ engine: 'sqlite', path: ':memory:' });
    expect(storeLocation('./v.db')).toEqual({ engine: 'sqlite', path: './v.db', createDir: false });
    expect(storeLocation(undefined, { XDG_DATA_HOME: '/x' })).toEqual({
      engine: 'sqlite',
      path: '/x/vigil/vigil.db',
      createDir: true,
    });
    expect(() => storeLocation('sqlite:')).toThrow(/needs a path/);
  });

  it('refuses any other scheme with E_STORE, hiding a password, and creates nothing', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const err = await openStore('mysql://root:pw@db.example/vigil').then(
        () => null,
        (e: unknown) => e as Error & { code: string },
      );
      expect(err).toMatchObject({
        code: 'E_STORE',
        message: expect.stringMatching(/unknown database engine "mysql"/),
      });
      expect(err?.message).not.toContain(':pw@');
      expect(existsSync(join(dir, 'mysql:'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it('opens SQLite through the seam, and purge (mustExist) refuses a missing file without creating its folder', async () => {
    const s = await openStore(`sqlite:${join(dir, 'v.db')}`);
    expect(s).toBeInstanceOf(SqliteStore);
    await s.close();
    await expect(openStore(join(dir, 'none.db'), { mustExist: true })).rejects.toMatchObject({
      code: 'E_STORE',
    });
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
    await expect(
      openStore(undefined, { mustExist: true, env: { XDG_DATA_HOME: join(dir, 'data') } }),
    ).rejects.toMatchObject({ code: 'E_STORE' });
    expect(existsSync(join(dir, 'data', 'vigil'))).toBe(false);
  });
});
