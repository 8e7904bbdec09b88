/**
 * The shared store: PostgreSQL through `pg`, for any number of `vigil serve` replicas over one
 * database. A connection pool per process; several rows that change together change in one
 * transaction; verdicts from concurrent scans are written in batches (group commit: while one
 * INSERT is in flight, the next scans queue and go in the next multi-row INSERT, so a busy replica
 * makes one round trip for many scans, and an idle one adds no delay).
 *
 * A scan's promise resolves only after its row is committed: a replica killed mid-request has
 * either stored the verdict and not answered, or answered after it was stored — never answered a
 * verdict that is not in the database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Category, InputKind, Verdict, VerdictLabel } from '../core/index.js';
import { VigilError, isVigilError } from '../core/index.js';
import { PG_MIGRATIONS, PG_RATE_TABLE } from './pg-migrations.js';
import type { Migration } from './migrations.js';
import { MAX_STORED_URLS, urlsOfVerdict } from './urls.js';
import type {
  ApiKeyRecord,
  Feedback,
  NewFeedback,
  KeyRole,
  PurgeResult,
  RateCount,
  SignalStats,
  SaveVerdictInput,
  Stats,
  StatsQuery,
  Store,
  StoredVerdict,
  VerdictPage,
  VerdictQuery,
  VerdictSummary,
} from './types.js';

/** Connections per process when the URL sets no `max` (`?max=N` in the URL overrides it). */
export const DEFAULT_PG_POOL_SIZE = 10;
/** Most verdicts in one INSERT (13 parameters each; PostgreSQL allows 65,535 per statement). */
export const MAX_VERDICT_BATCH = 500;
/** How long a new connection may take before the store reports the database unreachable. */
export const PG_CONNECT_TIMEOUT_MS = 5_000;
/** Statement timeout: a stuck query fails the request instead of holding a connection forever. */
export const PG_STATEMENT_TIMEOUT_MS = 30_000;
// any value works as long as every Vigil uses the same: pg_advisory_xact_lock(key) for migrations
const MIGRATION_LOCK = 0x76_69_67_69; // "vigi"

type Queryable = pg.Pool | pg.PoolClient;

interface VerdictRow {
  seq: string;
  id: string;
  created_at: Date;
  kind: InputKind;
  target: string;
  verdict: VerdictLabel;
  score: number;
  categories: Category[];
  subject: string;
  sender: string;
}

interface KeyRow {
  id: string;
  name: string;
  hash: string;
  created_at: Date;
  revoked_at: Date | null;
  role: KeyRole;
}

const SUMMARY_COLUMNS = 'seq, id, created_at, kind, target, verdict, score, categories, subject, sender';
const KEY_COLUMNS = 'id, name, hash, created_at, revoked_at, role';

export interface PgStoreOptions {
  /** `postgres://user:password@host:port/database?max=10` (libpq-style URL). */
  url: string;
  /** Refuse (E_STORE) when the database has no Vigil schema yet instead of creating it (`vigil purge`). */
  mustExist?: boolean;
  /** Override the migrations (tests: a database from a newer Vigil). */
  migrations?: readonly Migration[];
  /** The runtime's kinds (`vigil.kinds`): listed in `stats().by_kind` even with no verdict yet. */
  kinds?: readonly string[];
}

/** The URL with its password replaced by `***`, for messages and logs. */
export function redactDbUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:\/\/([^:/@]*):[^@]*@/, '://$1:***@');
  }
}

// connection-level failures (refused, reset, DNS, server shutting down or starting up, too many
// clients): the database cannot be reached right now, which is a 503, not a bug
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);
function isUnreachable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (e.code && UNREACHABLE_CODES.has(e.code)) return true;
  // 08xxx connection exceptions, 57P01-57P03 admin shutdown / crash shutdown / cannot connect now, 53300 too many connections
  if (e.code && (/^08/.test(e.code) || /^57P0[123]$/.test(e.code) || e.code === '53300')) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|not currently accepting connections|the database system is (starting up|shutting down)/i.test(
    e.message ?? '',
  );
}

/**
 * A driver error as Vigil's: unreachable becomes E_STORE_UNAVAILABLE (503). The message does not
 * name the server (an API client has no business knowing where the database is); opening the
 * store, which only the operator sees, adds the URL with its password hidden.
 */
function storeError(err: unknown): unknown {
  if (isVigilError(err)) return err;
  if (isUnreachable(err))
    return new VigilError('E_STORE_UNAVAILABLE', `the database cannot be reached: ${(err as Error).message}`);
  return err;
}

function toSummary(r: VerdictRow): VerdictSummary {
  return {
    id: r.id,
    created_at: r.created_at.toISOString(),
    kind: r.kind,
    target: r.target,
    verdict: r.verdict,
    score: r.score,
    categories: r.categories,
    subject: r.subject,
    sender: r.sender,
  };
}

function toKey(r: KeyRow): ApiKeyRecord {
  return {
    id: r.id,
    name: r.name,
    hash: r.hash,
    created_at: r.created_at.toISOString(),
    revoked_at: r.revoked_at ? r.revoked_at.toISOString() : null,
    role: r.role,
  };
}

// the same cursor shape as the SQLite store: a client cannot tell the engines apart
const encodeCursor = (seq: string) => Buffer.from(`s${seq}`).toString('base64url');
function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^s(\d{1,15})$/.exec(text);
  if (!m?.[1]) throw new VigilError('E_BAD_REQUEST', 'cursor is not one returned by this server');
  return m[1];
}

interface PendingVerdict {
  params: unknown[];
  summary: VerdictSummary;
  resolve: (s: VerdictSummary) => void;
  reject: (err: unknown) => void;
}

export class PgStore implements Store {
  readonly sharedAcrossProcesses = true;
  readonly pool: pg.Pool;
  readonly url: string;
  private queue: PendingVerdict[] = [];
  private flushing = false;
  /** Number of INSERT statements written for verdicts (tests assert batching). */
  verdictInserts = 0;

  private readonly kinds: readonly string[];

  private constructor(url: string, pool: pg.Pool, kinds: readonly string[] = []) {
    this.url = url;
    this.pool = pool;
    this.kinds = [...kinds];
  }

  /** Connect, check the schema version and migrate. */
  static async open(opts: PgStoreOptions): Promise<PgStore> {
    const u = new URL(opts.url);
    const max = u.searchParams.get('max');
    u.searchParams.delete('max');
    if (max !== null && !/^[1-9]\d{0,3}$/.test(max)) {
      throw new VigilError(
        'E_USAGE',
        `max=${max} in the database URL must be a whole number of connections (1-9999)`,
      );
    }
    const config: pg.PoolConfig = {
      connectionString: u.toString(),
      max: max === null ? DEFAULT_PG_POOL_SIZE : Number(max),
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      statement_timeout: PG_STATEMENT_TIMEOUT_MS,
      application_name: 'vigil',
    };
    const pool = new pg.Pool(config);
    // an idle connection that the server drops (restart, failover) must not crash the process
    pool.on('error', () => {});
    const store = new PgStore(opts.url, pool, opts.kinds);
    try {
      await store.migrate(opts.migrations ?? PG_MIGRATIONS, opts.mustExist === true);
    } catch (err) {
      await pool.end().catch(() => {});
      const e = storeError(err);
      if (isVigilError(e) && e.code === 'E_STORE_UNAVAILABLE') {
        throw new VigilError(
          'E_STORE_UNAVAILABLE',
          `the database ${redactDbUrl(opts.url)} cannot be reached: ${(err as Error).message}`,
        );
      }
      if (isVigilError(e)) throw e;
      throw new VigilError(
        'E_STORE',
        `cannot use the database ${redactDbUrl(opts.url)}: ${(err as Error).message}`,
      );
    }
    return store;
  }

  private async migrate(migrations: readonly Migration[], mustExist: boolean): Promise<number> {
    const newest = migrations[migrations.length - 1]?.version ?? 0;
    return this.transaction(async (c) => {
      // several replicas starting at once on an empty database: one migrates, the others wait here
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const has = await c.query<{ t: string | null }>("SELECT to_regclass('migrations')::text AS t");
      if (!has.rows[0]?.t) {
        if (mustExist)
          throw new VigilError('E_STORE', `there is no Vigil database at ${redactDbUrl(this.url)}`);
        const tables = await c.query<{ n: string }>(
          "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
        );
        // tables but no migrations table: another program's schema; writing ours into it helps nobody
        if (Number(tables.rows[0]?.n ?? 0) > 0) {
          throw new VigilError(
            'E_STORE',
            `${redactDbUrl(this.url)} holds tables but is not Vigil's database (it has no migrations table); nothing was changed`,
          );
        }
        await c.query(
          'CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
        );
      }
      const row = await c.query<{ v: number | null }>('SELECT MAX(version) AS v FROM migrations');
      const current = row.rows[0]?.v ?? 0;
      if (current > newest) {
        throw new VigilError(
          'E_STORE',
          `the database schema (version ${current}) is newer than this Vigil knows (${newest}); upgrade Vigil`,
        );
      }
      for (const m of migrations) {
        if (m.version <= current) continue;
        if (m.sql.trim()) await c.query(m.sql);
        await c.query('INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, now())', [
          m.version,
          m.name,
        ]);
      }
      await c.query(PG_RATE_TABLE);
      return newest;
    });
  }

  /** Run `fn` in one transaction on one connection; rolled back when it throws. */
  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw storeError(err);
    }
    let broken = false;
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw storeError(err);
    } finally {
      // a connection whose ROLLBACK failed is in an unknown state: drop it instead of reusing it
      client.release(broken);
    }
  }

  private async q<R extends pg.QueryResultRow>(
    sql: string,
    params: unknown[] = [],
    on: Queryable = this.pool,
  ): Promise<pg.QueryResult<R>> {
    try {
      return await on.query<R>(sql, params);
    } catch (err) {
      throw storeError(err);
    }
  }

  async ping(): Promise<void> {
    await this.q('SELECT 1');
  }

  saveVerdict(input: SaveVerdictInput): Promise<VerdictSummary> {
    const v: Verdict = input.verdict;
    const summary: VerdictSummary = {
      id: `vrd_${randomBytes(12).toString('hex')}`,
      created_at: input.createdAt.toISOString(),
      kind: v.kind,
      target: v.target,
      verdict: v.verdict,
      score: v.score,
      categories: [...v.categories],
      subject: v.input.subject ?? '',
      sender: v.input.from ?? '',
    };
    const params = [
      summary.id,
      summary.created_at,
      v.kind,
      v.target,
      v.verdict,
      v.score,
      JSON.stringify(v.categories),
      summary.subject,
      summary.sender,
      JSON.stringify((input.urls ?? urlsOfVerdict(v)).slice(0, MAX_STORED_URLS)),
      JSON.stringify(v),
      input.raw ? Buffer.from(input.raw.buffer, input.raw.byteOffset, input.raw.byteLength) : null,
      input.evidenceStored !== false,
    ];
    return new Promise((resolve, reject) => {
      this.queue.push({ params, summary, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /**
   * Write queued verdicts, up to MAX_VERDICT_BATCH per INSERT, until the queue is empty. One
   * statement is atomic: a batch is stored whole or not at all, and every scan in it gets the
   * same outcome.
   */
  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      // let the scans that finish in this turn of the event loop join the first batch
      await new Promise((r) => setImmediate(r));
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_VERDICT_BATCH);
        const values: string[] = [];
        const params: unknown[] = [];
        for (const p of batch) {
          const base = params.length;
          values.push(`(${p.params.map((_, i) => `$${base + i + 1}`).join(', ')})`);
          params.push(...p.params);
        }
        try {
          this.verdictInserts += 1;
          await this.q(
            `INSERT INTO verdicts (id, created_at, kind, target, verdict, score, categories, subject, sender, urls, verdict_json, raw, evidence_stored)
             VALUES ${values.join(', ')}`,
            params,
          );
          for (const p of batch) p.resolve(p.summary);
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  async getVerdict(id: string): Promise<StoredVerdict | null> {
    const r = await this.q<
      VerdictRow & { urls: string[]; verdict_json: string; raw_stored: boolean; evidence_stored: boolean }
    >(
      `SELECT ${SUMMARY_COLUMNS}, urls, verdict_json, raw IS NOT NULL AS raw_stored, evidence_stored FROM verdicts WHERE id = $1`,
      [id],
    );
    const row = r.rows[0];
    if (!row) return null;
    return {
      ...toSummary(row),
      urls: row.urls,
      raw_stored: row.raw_stored,
      evidence_stored: row.evidence_stored,
      result: JSON.parse(row.verdict_json) as Verdict,
    };
  }

  async getRaw(id: string): Promise<Uint8Array | null> {
    const r = await this.q<{ raw: Buffer | null }>('SELECT raw FROM verdicts WHERE id = $1', [id]);
    const raw = r.rows[0]?.raw;
    return raw ? new Uint8Array(raw) : null;
  }

  async listVerdicts(query: VerdictQuery): Promise<VerdictPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.kind) add('kind = ?', query.kind);
    if (query.verdict) add('verdict = ?', query.verdict);
    if (query.since) add('created_at >= ?', query.since.toISOString());
    if (query.until) add('created_at < ?', query.until.toISOString());
    // jsonb_exists, not the `?` operator: `?` is this helper's placeholder
    if (query.category) add('jsonb_exists(categories, ?)', query.category);
    if (query.search) {
      // strpos, not LIKE: the search text is literal (no % or _ wildcards), folded like SQLite's (ASCII)
      const needle = query.search.replace(/[A-Z]/g, (c) => c.toLowerCase());
      params.push(needle);
      const p = `$${params.length}`;
      const fold = (col: string) =>
        `translate(${col}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;
      where.push(
        `(strpos(${fold('sender')}, ${p}) > 0 OR strpos(${fold('subject')}, ${p}) > 0 OR strpos(${fold('target')}, ${p}) > 0 OR strpos(${fold('urls::text')}, ${p}) > 0)`,
      );
    }
    if (query.cursor) add('seq < ?', decodeCursor(query.cursor));
    const limit = Math.max(1, Math.min(200, Math.trunc(query.limit)));
    params.push(limit + 1);
    const rows = (
      await this.q<VerdictRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM verdicts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT $${params.length}`,
        params,
      )
    ).rows;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toSummary),
      next_cursor: rows.length > limit && last ? encodeCursor(String(last.seq)) : null,
    };
  }

  async addFeedback(f: NewFeedback): Promise<Feedback | null> {
    const fb: Feedback = {
      id: `fb_${randomBytes(12).toString('hex')}`,
      verdict_id: f.verdictId,
      label: f.label,
      note: f.note,
      key_id: f.keyId,
      created_at: f.createdAt.toISOString(),
    };
    // one statement: the verdict cannot be purged between the check and the insert
    const r = await this.q(
      `INSERT INTO feedback (id, verdict_id, label, note, key_id, created_at)
       SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM verdicts WHERE id = $2)`,
      [fb.id, fb.verdict_id, fb.label, fb.note, fb.key_id, fb.created_at],
    );
    return r.rowCount ? fb : null;
  }

  async listFeedback(verdictId: string): Promise<Feedback[]> {
    const r = await this.q<Omit<Feedback, 'created_at'> & { created_at: Date }>(
      'SELECT id, verdict_id, label, note, key_id, created_at FROM feedback WHERE verdict_id = $1 ORDER BY created_at, id',
      [verdictId],
    );
    return r.rows.map((x) => ({ ...x, created_at: x.created_at.toISOString() }));
  }

  async stats(query: StatsQuery): Promise<Stats> {
    const unit = query.bucket === 'hour' ? 'hour' : 'day';
    const since = query.since.toISOString();
    // buckets in UTC, like the SQLite store's prefixes of ISO timestamps
    const bucket = `date_trunc('${unit}', created_at AT TIME ZONE 'UTC')`;
    const [byVerdict, byCategory] = await Promise.all([
      this.q<{ b: Date; verdict: VerdictLabel; kind: InputKind; n: number }>(
        `SELECT ${bucket} AS b, verdict, kind, COUNT(*)::int AS n FROM verdicts
         WHERE created_at >= $1 GROUP BY b, verdict, kind ORDER BY b`,
        [since],
      ),
      this.q<{ b: Date; c: Category; n: number }>(
        `SELECT ${bucket} AS b, c, COUNT(*)::int AS n FROM verdicts, jsonb_array_elements_text(categories) AS c
         WHERE created_at >= $1 GROUP BY b, c ORDER BY b`,
        [since],
      ),
    ]);
    const stats: Stats = {
      totals: { clean: 0, suspicious: 0, malicious: 0 },
      by_kind: Object.fromEntries(this.kinds.map((k) => [k, 0])),
      by_category: {},
      series: [],
    };
    const buckets = new Map<string, Stats['series'][number]>();
    // a timestamp without time zone comes back as a local-time Date: read its fields as UTC
    const startOf = (d: Date) =>
      new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours())).toISOString();
    const bucketOf = (d: Date) => {
      const start = startOf(d);
      let s = buckets.get(start);
      if (!s) {
        s = { start, clean: 0, suspicious: 0, malicious: 0, categories: {} };
        buckets.set(start, s);
      }
      return s;
    };
    for (const r of byVerdict.rows) {
      bucketOf(r.b)[r.verdict] += r.n;
      stats.totals[r.verdict] += r.n;
      stats.by_kind[r.kind] = (stats.by_kind[r.kind] ?? 0) + r.n;
    }
    for (const r of byCategory.rows) {
      const s = bucketOf(r.b);
      s.categories[r.c] = (s.categories[r.c] ?? 0) + r.n;
      stats.by_category[r.c] = (stats.by_category[r.c] ?? 0) + r.n;
    }
    stats.series = [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start));
    return stats;
  }

  async signalStats(query: StatsQuery): Promise<SignalStats> {
    const unit = query.bucket === 'hour' ? 'hour' : 'day';
    const since = query.since.toISOString();
    const bucket = `date_trunc('${unit}', created_at AT TIME ZONE 'UTC')`;
    const [scans, bySignal] = await Promise.all([
      this.q<{ b: Date; n: number; ms: number | null }>(
        `SELECT ${bucket} AS b, COUNT(*)::int AS n, AVG((verdict_json::jsonb ->> 'elapsed_ms')::float8) AS ms
         FROM verdicts WHERE created_at >= $1 GROUP BY b ORDER BY b`,
        [since],
      ),
      // DISTINCT per verdict: a signal fired twice in one message counts once
      this.q<{ b: Date; id: string; n: number }>(
        `SELECT b, id, COUNT(*)::int AS n FROM (
           SELECT DISTINCT seq, ${bucket} AS b, s ->> 'id' AS id
           FROM verdicts, jsonb_array_elements(verdict_json::jsonb -> 'signals') AS s WHERE created_at >= $1) x
         WHERE id IS NOT NULL GROUP BY b, id ORDER BY b, id`,
        [since],
      ),
    ]);
    const startOf = (d: Date) =>
      new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours())).toISOString();
    const buckets = new Map<string, SignalStats['series'][number]>();
    for (const r of scans.rows) {
      const start = startOf(r.b);
      buckets.set(start, {
        start,
        scans: r.n,
        mean_elapsed_ms: Math.round((r.ms ?? 0) * 100) / 100,
        signals: {},
      });
    }
    const out: SignalStats = { by_signal: {}, series: [] };
    for (const r of bySignal.rows) {
      const b = buckets.get(startOf(r.b));
      if (b) b.signals[r.id] = r.n;
      out.by_signal[r.id] = (out.by_signal[r.id] ?? 0) + r.n;
    }
    out.series = [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start));
    return out;
  }

  async createKey(k: {
    id: string;
    name: string;
    hash: string;
    createdAt: Date;
    role?: KeyRole;
  }): Promise<ApiKeyRecord> {
    try {
      const r = await this.q<KeyRow>(
        `INSERT INTO api_keys (id, name, hash, created_at, revoked_at, role) VALUES ($1, $2, $3, $4, NULL, $5) RETURNING ${KEY_COLUMNS}`,
        [k.id, k.name, k.hash, k.createdAt.toISOString(), k.role ?? 'admin'],
      );
      return toKey(r.rows[0] as KeyRow);
    } catch (err) {
      // the partial unique index decides, also between replicas creating the same name at once
      if ((err as { code?: string; constraint?: string }).constraint === 'api_keys_active_name') {
        const other = await this.q<{ id: string }>(
          'SELECT id FROM api_keys WHERE name = $1 AND revoked_at IS NULL',
          [k.name],
        );
        const id = other.rows[0]?.id;
        throw new VigilError(
          'E_KEY_NAME_TAKEN',
          `an active key is already named "${k.name}"${id ? ` (${id})` : ''}`,
        );
      }
      throw err;
    }
  }

  async getKey(id: string): Promise<ApiKeyRecord | null> {
    const r = await this.q<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = $1`, [id]);
    return r.rows[0] ? toKey(r.rows[0]) : null;
  }

  async listKeys(): Promise<ApiKeyRecord[]> {
    return (await this.q<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys ORDER BY created_at, id`)).rows.map(
      toKey,
    );
  }

  async revokeKey(idOrName: string, at: Date): Promise<ApiKeyRecord | null> {
    return this.transaction(async (c) => {
      // FOR UPDATE: two replicas revoking at once see one active key, and one of them revokes it
      const byId = await c.query<KeyRow>(
        `SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = $1 AND revoked_at IS NULL FOR UPDATE`,
        [idOrName],
      );
      const rows = byId.rows.length
        ? byId.rows
        : (
            await c.query<KeyRow>(
              `SELECT ${KEY_COLUMNS} FROM api_keys WHERE name = $1 AND revoked_at IS NULL ORDER BY created_at, id FOR UPDATE`,
              [idOrName],
            )
          ).rows;
      if (rows.length > 1) {
        throw new VigilError(
          'E_KEY_AMBIGUOUS',
          `${rows.length} active keys are named "${idOrName}": ${rows.map((r) => r.id).join(', ')}; nothing was revoked`,
          { ids: rows.map((r) => r.id) },
        );
      }
      const row = rows[0];
      if (!row) return null;
      const done = await c.query<KeyRow>(
        `UPDATE api_keys SET revoked_at = $1 WHERE id = $2 RETURNING ${KEY_COLUMNS}`,
        [at.toISOString(), row.id],
      );
      return toKey(done.rows[0] as KeyRow);
    });
  }

  async countActiveKeys(): Promise<number> {
    const r = await this.q<{ n: number }>('SELECT COUNT(*)::int AS n FROM api_keys WHERE revoked_at IS NULL');
    return r.rows[0]?.n ?? 0;
  }

  async purge(before: Date | null): Promise<PurgeResult> {
    return this.transaction(async (c) => {
      if (before === null) {
        const feedback = (await c.query('DELETE FROM feedback')).rowCount ?? 0;
        const verdicts = (await c.query('DELETE FROM verdicts')).rowCount ?? 0;
        return { verdicts, feedback };
      }
      const cutoff = before.toISOString();
      // feedback of a purged verdict goes with it (ON DELETE CASCADE): delete it explicitly to count it
      const feedback =
        (
          await c.query(
            'DELETE FROM feedback WHERE created_at < $1 OR verdict_id IN (SELECT id FROM verdicts WHERE created_at < $1)',
            [cutoff],
          )
        ).rowCount ?? 0;
      const verdicts = (await c.query('DELETE FROM verdicts WHERE created_at < $1', [cutoff])).rowCount ?? 0;
      return { verdicts, feedback };
    });
  }

  async countRequest(key: string, windowMs: number): Promise<RateCount> {
    // the database's clock, not each replica's: every replica agrees on when a window starts
    const r = await this.q<{ count: number; window_start: string; now_ms: string }>(
      `WITH t AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now_ms)
       INSERT INTO rate_limits AS r (key, window_start, count)
       SELECT $1, t.now_ms - t.now_ms % $2, 1 FROM t
       ON CONFLICT (key) DO UPDATE
         SET count = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.count + 1 ELSE 1 END,
             window_start = EXCLUDED.window_start
       RETURNING count, window_start, (SELECT now_ms FROM t) AS now_ms`,
      [key, windowMs],
    );
    const row = r.rows[0];
    if (!row) throw new VigilError('E_STORE', 'the rate counter returned no row');
    return { current: row.count, ttl: Number(row.window_start) + windowMs - Number(row.now_ms) };
  }

  async close(): Promise<void> {
    // scans queued for the next batch are still written before the pool ends
    while (this.flushing || this.queue.length) await new Promise((r) => setTimeout(r, 5));
    await this.pool.end();
  }
}
