/**
 * PostgreSQL schema migrations: the same versions as the SQLite ones (src/store/migrations.ts), so
 * "schema version N" means the same tables and rules on both engines, written in PostgreSQL's own
 * types (timestamptz, jsonb, bytea, bigserial). KEEP IN SYNC with src/store/migrations.ts: a new
 * SQLite version gets a PostgreSQL version with the same number (an empty `sql` when the change is
 * SQLite-only), and the contract suite (test/store/contract.ts) runs on both.
 *
 * Append only: a released migration is never edited. Each runs in one transaction with the
 * migration lock held (several replicas may start at once on an empty database).
 */
import type { Migration } from './migrations.js';

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'verdicts, feedback, api_keys',
    sql: `
      CREATE TABLE verdicts (
        seq          BIGSERIAL PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        created_at   TIMESTAMPTZ NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('email', 'url', 'domain')),
        target       TEXT NOT NULL,
        verdict      TEXT NOT NULL CHECK (verdict IN ('clean', 'suspicious', 'malicious')),
        score        DOUBLE PRECISION NOT NULL,
        categories   JSONB NOT NULL,
        subject      TEXT NOT NULL DEFAULT '',
        sender       TEXT NOT NULL DEFAULT '',
        urls         JSONB NOT NULL,
        -- TEXT, not JSONB: the verdict is kept byte for byte as returned (JSONB reorders keys)
        verdict_json TEXT NOT NULL,
        raw          BYTEA
      );
      CREATE INDEX verdicts_created_at ON verdicts (created_at);
      CREATE INDEX verdicts_kind_verdict ON verdicts (kind, verdict, seq);
      CREATE INDEX verdicts_verdict ON verdicts (verdict, seq);

      CREATE TABLE feedback (
        id         TEXT PRIMARY KEY,
        verdict_id TEXT NOT NULL REFERENCES verdicts (id) ON DELETE CASCADE,
        label      TEXT NOT NULL CHECK (label IN ('malicious', 'benign')),
        note       TEXT NOT NULL DEFAULT '',
        key_id     TEXT,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX feedback_verdict ON feedback (verdict_id);

      CREATE TABLE api_keys (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        hash       TEXT NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL,
        revoked_at TIMESTAMPTZ
      );
    `,
  },
  {
    version: 2,
    name: 'unique names among active API keys',
    // a PostgreSQL store never held duplicate active names (it starts at this Vigil): the index only
    sql: `CREATE UNIQUE INDEX api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;`,
  },
  {
    version: 3,
    name: 'verdicts.evidence_stored; feedback by age',
    sql: `
      ALTER TABLE verdicts ADD COLUMN evidence_stored BOOLEAN NOT NULL DEFAULT TRUE;
      CREATE INDEX feedback_created_at ON feedback (created_at);
    `,
  },
  {
    version: 4,
    name: 'api_keys.role',
    // as SQLite's version 4: keys made before roles could do everything, so they become admin
    sql: `ALTER TABLE api_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'admin' CHECK (role IN ('read', 'scan', 'admin'));`,
  },
  {
    version: 5,
    name: 'verdicts.kind: any runtime kind',
    // as SQLite's version 5: the kinds come from the analyzer registry (src/analyzers.ts), so the
    // column checks the shape of a kind name, not a fixed list
    sql: `
      ALTER TABLE verdicts DROP CONSTRAINT IF EXISTS verdicts_kind_check;
      ALTER TABLE verdicts ADD CONSTRAINT verdicts_kind_check CHECK (kind ~ '^[a-z0-9]{1,32}$');
    `,
  },
];

/**
 * Tables outside the numbered schema, created on every open: the shared per-key request counters
 * (fixed one-minute windows; rows are overwritten in place, one per key, so the table stays as
 * small as the number of keys and client addresses seen in a window).
 */
export const PG_RATE_TABLE = `
  CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (
    key          TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    count        INTEGER NOT NULL
  );
`;
