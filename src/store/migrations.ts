/**
 * Versioned schema migrations. Append only: a released migration is never edited, a change is a new
 * version. The `migrations` table records what was applied. Types stay portable (TEXT, INTEGER,
 * REAL, BLOB) so the same steps translate to PostgreSQL.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'verdicts, feedback, api_keys',
    sql: `
      CREATE TABLE verdicts (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        id           TEXT NOT NULL UNIQUE,
        created_at   TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('email', 'url', 'domain')),
        target       TEXT NOT NULL,
        verdict      TEXT NOT NULL CHECK (verdict IN ('clean', 'suspicious', 'malicious')),
        score        REAL NOT NULL,
        categories   TEXT NOT NULL,          -- JSON array of category names
        subject      TEXT NOT NULL DEFAULT '',
        sender       TEXT NOT NULL DEFAULT '',
        urls         TEXT NOT NULL,          -- JSON array
        verdict_json TEXT NOT NULL,          -- the verdict exactly as returned
        raw          BLOB                    -- the raw message, only with --keep-raw
      );
      CREATE INDEX verdicts_created_at ON verdicts (created_at);
      CREATE INDEX verdicts_kind_verdict ON verdicts (kind, verdict, seq);
      CREATE INDEX verdicts_verdict ON verdicts (verdict, seq);

      -- analyst feedback: read by a human-reviewed retraining run, never by an automatic one
      CREATE TABLE feedback (
        id         TEXT PRIMARY KEY,
        verdict_id TEXT NOT NULL REFERENCES verdicts (id) ON DELETE CASCADE,
        label      TEXT NOT NULL CHECK (label IN ('malicious', 'benign')),
        note       TEXT NOT NULL DEFAULT '',
        key_id     TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX feedback_verdict ON feedback (verdict_id);

      -- API keys: only the SHA-256 of each key is stored; the key is shown once, at creation
      CREATE TABLE api_keys (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        hash       TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
    `,
  },
  {
    version: 2,
    name: 'unique names among active API keys',
    // Before version 2 `keys create` accepted a duplicate name and `keys revoke NAME` revoked every
    // key with it. A database with duplicate active names still opens: the newest key keeps the
    // name, each older one is renamed "NAME (key_…)" so that every key keeps working and `keys list`
    // tells them apart. A revoked key's name may be reused (its id still tells it apart).
    sql: `
      UPDATE api_keys SET name = name || ' (' || id || ')'
       WHERE revoked_at IS NULL
         AND EXISTS (SELECT 1 FROM api_keys newer
                      WHERE newer.name = api_keys.name AND newer.revoked_at IS NULL
                        AND (newer.created_at > api_keys.created_at
                             OR (newer.created_at = api_keys.created_at AND newer.id > api_keys.id)));
      CREATE UNIQUE INDEX api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;
    `,
  },
  {
    version: 3,
    name: 'verdicts.evidence_stored; feedback by age',
    // Rows written before version 3 kept evidence text and fired messages: 1 says so truthfully.
    sql: `
      ALTER TABLE verdicts ADD COLUMN evidence_stored INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX feedback_created_at ON feedback (created_at);
    `,
  },
  {
    version: 4,
    name: 'api_keys.role',
    // Keys made before roles could do everything: they become admin, so nothing stops working.
    sql: `
      ALTER TABLE api_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'admin' CHECK (role IN ('read', 'scan', 'admin'));
    `,
  },
  {
    version: 5,
    name: 'verdicts.kind: any registered kind',
    // Version 1 listed the kinds in a CHECK (email, url, domain), so a verdict of a kind added
    // later (README "Extending Vigil") could not be stored. The kinds are the runtime's
    // (`vigil.kinds`; the service only has routes for those); the column keeps a shape check.
    // SQLite cannot alter a CHECK: the table is rebuilt. Dropping it cascades to feedback (foreign
    // keys stay on inside the migration's transaction), so feedback is copied aside and restored,
    // and the AUTOINCREMENT sequence is carried over so purged sequence numbers are not reused.
    sql: `
      CREATE TEMP TABLE feedback_v4 AS SELECT * FROM feedback;
      CREATE TEMP TABLE sequence_v4 AS SELECT seq FROM sqlite_sequence WHERE name = 'verdicts';
      CREATE TABLE verdicts_v4 (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        id              TEXT NOT NULL UNIQUE,
        created_at      TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 32 AND kind NOT GLOB '*[^a-z0-9]*'),
        target          TEXT NOT NULL,
        verdict         TEXT NOT NULL CHECK (verdict IN ('clean', 'suspicious', 'malicious')),
        score           REAL NOT NULL,
        categories      TEXT NOT NULL,
        subject         TEXT NOT NULL DEFAULT '',
        sender          TEXT NOT NULL DEFAULT '',
        urls            TEXT NOT NULL,
        verdict_json    TEXT NOT NULL,
        raw             BLOB,
        evidence_stored INTEGER NOT NULL DEFAULT 1
      );
      INSERT INTO verdicts_v4 (seq, id, created_at, kind, target, verdict, score, categories, subject, sender, urls, verdict_json, raw, evidence_stored)
        SELECT seq, id, created_at, kind, target, verdict, score, categories, subject, sender, urls, verdict_json, raw, evidence_stored FROM verdicts;
      DROP TABLE verdicts;
      ALTER TABLE verdicts_v4 RENAME TO verdicts;
      UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT seq FROM temp.sequence_v4), 0)) WHERE name = 'verdicts';
      CREATE INDEX verdicts_created_at ON verdicts (created_at);
      CREATE INDEX verdicts_kind_verdict ON verdicts (kind, verdict, seq);
      CREATE INDEX verdicts_verdict ON verdicts (verdict, seq);
      INSERT INTO feedback SELECT * FROM temp.feedback_v4;
      DROP TABLE temp.feedback_v4;
      DROP TABLE temp.sequence_v4;
    `,
  },
];
