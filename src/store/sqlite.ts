/**
 * The embedded store: one SQLite file through better-sqlite3 (WAL mode, versioned migrations).
 * better-sqlite3 is synchronous; each call is microseconds, so the async `Store` methods simply
 * wrap it. Keep the SQL portable (no SQLite-only types beyond JSON text) so PostgreSQL can follow.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Category, InputKind, Verdict, VerdictLabel } from '../core/index.js';
import { VigilError } from '../core/index.js';
import { MIGRATIONS } from './migrations.js';
import { urlsOfVerdict } from './urls.js';
import type {
  ApiKeyRecord,
  Feedback,
  NewFeedback,
  SaveVerdictInput,
  Stats,
  StatsQuery,
  Store,
  StoredVerdict,
  VerdictPage,
  VerdictQuery,
  VerdictSummary,
} from './types.js';

type Db = Database.Database;

interface VerdictRow {
  seq: number;
  id: string;
  created_at: string;
  kind: InputKind;
  target: string;
  verdict: VerdictLabel;
  score: number;
  categories: string;
  subject: string;
  sender: string;
}

interface FullVerdictRow extends VerdictRow {
  urls: string;
  verdict_json: string;
  raw_stored: number;
}

interface KeyRow {
  id: string;
  name: string;
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

const SUMMARY_COLUMNS = 'seq, id, created_at, kind, target, verdict, score, categories, subject, sender';

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for tests. */
  path: string;
}

/** Apply every migration newer than the database's version, each in its own transaction. */
export function migrate(db: Db): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const newest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > newest) {
    throw new VigilError(
      'E_CONFIG',
      `the database schema (version ${current}) is newer than this Vigil knows (${newest}); upgrade Vigil`,
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
  return newest;
}

function toSummary(r: VerdictRow): VerdictSummary {
  return {
    id: r.id,
    created_at: r.created_at,
    kind: r.kind,
    target: r.target,
    verdict: r.verdict,
    score: r.score,
    categories: JSON.parse(r.categories) as Category[],
    subject: r.subject,
    sender: r.sender,
  };
}

function toKey(r: KeyRow): ApiKeyRecord {
  return { id: r.id, name: r.name, hash: r.hash, created_at: r.created_at, revoked_at: r.revoked_at };
}

const encodeCursor = (seq: number) => Buffer.from(`s${seq}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^s(\d{1,15})$/.exec(text);
  if (!m) throw new VigilError('E_BAD_REQUEST', 'cursor is not one returned by this server');
  return Number(m[1]);
}

export class SqliteStore implements Store {
  readonly db: Db;
  private readonly stmts;

  constructor(opts: SqliteStoreOptions) {
    if (opts.path !== ':memory:') {
      const dir = dirname(opts.path);
      // the database holds verdicts on people's mail: keep it private to the user
      if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
    }
    const isNew = opts.path === ':memory:' || !existsSync(opts.path);
    try {
      this.db = new Database(opts.path);
    } catch (err) {
      throw new VigilError('E_CONFIG', `cannot open database ${opts.path}: ${(err as Error).message}`);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    if (opts.path !== ':memory:') {
      // the WAL and shared-memory files hold recent verdicts too: same mode as the database
      for (const f of [opts.path, `${opts.path}-wal`, `${opts.path}-shm`]) {
        try {
          if (isNew || f !== opts.path) chmodSync(f, 0o600);
        } catch {
          /* absent yet, or a file system without modes */
        }
      }
    }
    const db = this.db;
    this.stmts = {
      insertVerdict: db.prepare(
        `INSERT INTO verdicts (id, created_at, kind, target, verdict, score, categories, subject, sender, urls, verdict_json, raw)
         VALUES (@id, @created_at, @kind, @target, @verdict, @score, @categories, @subject, @sender, @urls, @verdict_json, @raw)`,
      ),
      getVerdict: db.prepare(
        `SELECT ${SUMMARY_COLUMNS}, urls, verdict_json, raw IS NOT NULL AS raw_stored FROM verdicts WHERE id = ?`,
      ),
      getRaw: db.prepare('SELECT raw FROM verdicts WHERE id = ?'),
      verdictExists: db.prepare('SELECT 1 FROM verdicts WHERE id = ?'),
      insertFeedback: db.prepare(
        'INSERT INTO feedback (id, verdict_id, label, note, key_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      listFeedback: db.prepare(
        'SELECT id, verdict_id, label, note, key_id, created_at FROM feedback WHERE verdict_id = ? ORDER BY created_at, id',
      ),
      insertKey: db.prepare('INSERT INTO api_keys (id, name, hash, created_at, revoked_at) VALUES (?, ?, ?, ?, NULL)'),
      getKey: db.prepare('SELECT id, name, hash, created_at, revoked_at FROM api_keys WHERE id = ?'),
      listKeys: db.prepare('SELECT id, name, hash, created_at, revoked_at FROM api_keys ORDER BY created_at, id'),
      findKeysToRevoke: db.prepare(
        'SELECT id, name, hash, created_at, revoked_at FROM api_keys WHERE (id = ? OR name = ?) AND revoked_at IS NULL',
      ),
      revokeKey: db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ?'),
      countActiveKeys: db.prepare('SELECT COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL'),
    };
  }

  async saveVerdict(input: SaveVerdictInput): Promise<VerdictSummary> {
    const v: Verdict = input.verdict;
    const row = {
      id: `vrd_${randomBytes(12).toString('hex')}`,
      created_at: input.createdAt.toISOString(),
      kind: v.kind,
      target: v.target,
      verdict: v.verdict,
      score: v.score,
      categories: JSON.stringify(v.categories),
      subject: v.input.subject ?? '',
      sender: v.input.from ?? '',
      urls: JSON.stringify(urlsOfVerdict(v)),
      verdict_json: JSON.stringify(v),
      raw: input.raw ? Buffer.from(input.raw.buffer, input.raw.byteOffset, input.raw.byteLength) : null,
    };
    this.stmts.insertVerdict.run(row);
    return {
      id: row.id,
      created_at: row.created_at,
      kind: v.kind,
      target: v.target,
      verdict: v.verdict,
      score: v.score,
      categories: [...v.categories],
      subject: row.subject,
      sender: row.sender,
    };
  }

  async getVerdict(id: string): Promise<StoredVerdict | null> {
    const r = this.stmts.getVerdict.get(id) as FullVerdictRow | undefined;
    if (!r) return null;
    return {
      ...toSummary(r),
      urls: JSON.parse(r.urls) as string[],
      raw_stored: Boolean(r.raw_stored),
      result: JSON.parse(r.verdict_json) as Verdict,
    };
  }

  async getRaw(id: string): Promise<Uint8Array | null> {
    const r = this.stmts.getRaw.get(id) as { raw: Buffer | null } | undefined;
    return r?.raw ? new Uint8Array(r.raw) : null;
  }

  async listVerdicts(q: VerdictQuery): Promise<VerdictPage> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (q.kind) {
      where.push('kind = ?');
      params.push(q.kind);
    }
    if (q.verdict) {
      where.push('verdict = ?');
      params.push(q.verdict);
    }
    if (q.since) {
      where.push('created_at >= ?');
      params.push(q.since.toISOString());
    }
    if (q.cursor) {
      where.push('seq < ?');
      params.push(decodeCursor(q.cursor));
    }
    const limit = Math.max(1, Math.min(200, Math.trunc(q.limit)));
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM verdicts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, limit + 1) as VerdictRow[];
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toSummary),
      next_cursor: rows.length > limit && last ? encodeCursor(last.seq) : null,
    };
  }

  async addFeedback(f: NewFeedback): Promise<Feedback | null> {
    if (!this.stmts.verdictExists.get(f.verdictId)) return null;
    const fb: Feedback = {
      id: `fb_${randomBytes(12).toString('hex')}`,
      verdict_id: f.verdictId,
      label: f.label,
      note: f.note,
      key_id: f.keyId,
      created_at: f.createdAt.toISOString(),
    };
    this.stmts.insertFeedback.run(fb.id, fb.verdict_id, fb.label, fb.note, fb.key_id, fb.created_at);
    return fb;
  }

  async listFeedback(verdictId: string): Promise<Feedback[]> {
    return this.stmts.listFeedback.all(verdictId) as Feedback[];
  }

  async stats(q: StatsQuery): Promise<Stats> {
    // ISO timestamps: the first 13 characters are the hour, the first 10 the day
    const width = q.bucket === 'hour' ? 13 : 10;
    const since = q.since.toISOString();
    const byVerdict = this.db
      .prepare(
        `SELECT substr(created_at, 1, ${width}) AS b, verdict, kind, COUNT(*) AS n FROM verdicts
         WHERE created_at >= ? GROUP BY b, verdict, kind ORDER BY b`,
      )
      .all(since) as { b: string; verdict: VerdictLabel; kind: InputKind; n: number }[];
    const byCategory = this.db
      .prepare(
        `SELECT substr(v.created_at, 1, ${width}) AS b, j.value AS c, COUNT(*) AS n
         FROM verdicts v, json_each(v.categories) j WHERE v.created_at >= ? GROUP BY b, c ORDER BY b`,
      )
      .all(since) as { b: string; c: Category; n: number }[];

    const stats: Stats = {
      totals: { clean: 0, suspicious: 0, malicious: 0 },
      by_kind: { email: 0, url: 0, domain: 0 },
      by_category: {},
      series: [],
    };
    const buckets = new Map<string, Stats['series'][number]>();
    const bucketOf = (b: string) => {
      let s = buckets.get(b);
      if (!s) {
        const start = q.bucket === 'hour' ? `${b}:00:00.000Z` : `${b}T00:00:00.000Z`;
        s = { start, clean: 0, suspicious: 0, malicious: 0, categories: {} };
        buckets.set(b, s);
      }
      return s;
    };
    for (const r of byVerdict) {
      bucketOf(r.b)[r.verdict] += r.n;
      stats.totals[r.verdict] += r.n;
      stats.by_kind[r.kind] += r.n;
    }
    for (const r of byCategory) {
      const s = bucketOf(r.b);
      s.categories[r.c] = (s.categories[r.c] ?? 0) + r.n;
      stats.by_category[r.c] = (stats.by_category[r.c] ?? 0) + r.n;
    }
    stats.series = [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start));
    return stats;
  }

  async createKey(k: { id: string; name: string; hash: string; createdAt: Date }): Promise<ApiKeyRecord> {
    const created_at = k.createdAt.toISOString();
    this.stmts.insertKey.run(k.id, k.name, k.hash, created_at);
    return { id: k.id, name: k.name, hash: k.hash, created_at, revoked_at: null };
  }

  async getKey(id: string): Promise<ApiKeyRecord | null> {
    const r = this.stmts.getKey.get(id) as KeyRow | undefined;
    return r ? toKey(r) : null;
  }

  async listKeys(): Promise<ApiKeyRecord[]> {
    return (this.stmts.listKeys.all() as KeyRow[]).map(toKey);
  }

  async revokeKey(idOrName: string, at: Date): Promise<ApiKeyRecord[]> {
    const when = at.toISOString();
    return this.db.transaction(() => {
      const rows = this.stmts.findKeysToRevoke.all(idOrName, idOrName) as KeyRow[];
      for (const r of rows) this.stmts.revokeKey.run(when, r.id);
      return rows.map((r) => ({ ...toKey(r), revoked_at: when }));
    })();
  }

  async countActiveKeys(): Promise<number> {
    return (this.stmts.countActiveKeys.get() as { n: number }).n;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function openSqliteStore(path: string): SqliteStore {
  return new SqliteStore({ path });
}
