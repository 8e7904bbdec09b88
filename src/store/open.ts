/**
 * `openStore(db)`: the one place that turns `--db` into a store. The engine comes from the value:
 *
 * - absent or empty: the default SQLite file (`$XDG_DATA_HOME/vigil/vigil.db`), its folder created;
 * - `postgres://…` or `postgresql://…`: PostgreSQL (a URL is never taken as a file path: before this
 *   seam `--db postgres://host/db` made a folder named `postgres:` with a SQLite file in it);
 * - `sqlite:PATH` (also `sqlite://PATH`, `sqlite::memory:`), or any other value: a SQLite file path;
 * - any other `scheme://…`: refused with E_STORE naming the engines known.
 */
import { VigilError } from '../core/index.js';
import { dbLocation } from './paths.js';
import { PgStore, redactDbUrl } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export type StoreLocation =
  { engine: 'sqlite'; path: string; createDir: boolean } | { engine: 'postgres'; url: string };

const POSTGRES = /^postgres(ql)?:\/\//i;
const ANY_URL = /^([a-z][a-z0-9+.-]*):\/\//i;

/** Where `--db` points, without opening anything. */
export function storeLocation(db: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreLocation {
  if (db !== undefined && POSTGRES.test(db)) return { engine: 'postgres', url: db };
  if (db !== undefined && /^postgres(ql)?:/i.test(db)) {
    throw new VigilError(
      'E_STORE',
      `--db ${db} is not a PostgreSQL URL; write postgres://user@host:5432/database`,
    );
  }
  if (db !== undefined && /^sqlite:/i.test(db)) {
    const rest = db.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!rest)
      throw new VigilError('E_STORE', '--db sqlite: needs a path, e.g. sqlite:/var/lib/vigil/vigil.db');
    return { engine: 'sqlite', path: rest, createDir: false };
  }
  const scheme = db === undefined ? null : ANY_URL.exec(db)?.[1];
  if (scheme) {
    throw new VigilError(
      'E_STORE',
      `--db ${redactDbUrl(db as string)}: unknown database engine "${scheme}"; use a SQLite path (or sqlite:PATH) or postgres://user@host/database`,
    );
  }
  return { engine: 'sqlite', ...dbLocation(db, env) };
}

/** What to print for a location: the path, or the URL with its password hidden. */
export function describeStore(where: StoreLocation): string {
  return where.engine === 'postgres' ? redactDbUrl(where.url) : where.path;
}

export interface OpenStoreOptions {
  env?: NodeJS.ProcessEnv;
  /** Refuse (E_STORE) instead of creating a new database (`vigil purge`). */
  mustExist?: boolean;
  /** The runtime's kinds (`vigil.kinds`), listed in the stats even before a verdict of that kind. */
  kinds?: readonly string[];
}

/** Open (and migrate) the store `--db` names. */
export async function openStore(db: string | undefined, opts: OpenStoreOptions = {}): Promise<Store> {
  const where = storeLocation(db, opts.env);
  const kinds = opts.kinds ?? [];
  if (where.engine === 'postgres')
    return PgStore.open({ url: where.url, mustExist: opts.mustExist === true, kinds });
  // an existing database only: a purge must never create one, nor its folder
  const mustExist = opts.mustExist === true;
  return new SqliteStore({ path: where.path, createDir: where.createDir && !mustExist, mustExist, kinds });
}
