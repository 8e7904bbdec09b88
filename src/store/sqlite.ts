/**
 * The embedded store: one SQLite file through better-sqlite3 (WAL mode, versioned migrations).
 * better-sqlite3 is synchronous; each call is microseconds, so the async `Store` methods simply
 * wrap it. Keep the SQL portable (no SQLite-only types beyond JSON text) so PostgreSQL can follow.
 */
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Category, InputKind, Verdict, VerdictLabel } from '../core/index.js';
import { VigilError, isVigilError } from '../core/index.js';
import { MIGRATIONS } from './migrations.js';
import { MAX_STORED_URLS, urlsOfVerdict } from './urls.js';
import type {
  ApiKeyRecord,
  Feedback,
  NewFeedback,
  PurgeResult,
  SaveVerdictInput,
  KeyRole,
  SignalStats,
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
  evidence_stored: number;
}

interface KeyRow {
  id: string;
  name: string;
  hash: string;
  created_at: string;
  revoked_at: string | null;
  role: KeyRole;
}

const SUMMARY_COLUMNS = 'seq, id, created_at, kind, target, verdict, score, categories, subject, sender';

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for tests. */
  path: string;
  /**
   * Create the file's own folder (mode 0700) when it is missing. Only for the default location: a
   * path the user typed whose folder does not exist is a typo, refused with E_STORE (creating
   * `/typo/x/` and then failing, or succeeding in the wrong place, helps nobody).
   */
  createDir?: boolean;
  /** Refuse (E_STORE) instead of creating a new database file (`vigil purge`). */
  mustExist?: boolean;
  /** The runtime's kinds (`vigil.kinds`): listed in `stats().by_kind` even with no verdict yet. */
  kinds?: readonly string[];
}

function prepareLocation(path: string, createDir: boolean): void {
  const dir = dirname(path);
  if (!existsSync(dir)) {
    if (!createDir) {
      throw new VigilError(
        'E_STORE',
        `the folder of the database ${path} does not exist (${dir}); create it or fix the path`,
        { path },
      );
    }
    // the database holds verdicts on people's mail: keep it private to the user
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } else if (!statSync(dir).isDirectory()) {
    throw new VigilError('E_STORE', `the database ${path} cannot be created: ${dir} is not a folder`, {
      path,
    });
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new VigilError('E_STORE', `the database path ${path} is a folder, not a file`, { path });
  }
}

/**
 * A SQLite file that holds tables but no `migrations` table belongs to another program: migrating
 * it would write Vigil's tables into someone else's database.
 */
function refuseForeignDatabase(db: Db, path: string): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  if (tables.length && !tables.some((t) => t.name === 'migrations')) {
    throw new VigilError(
      'E_STORE',
      `${path} is a SQLite database but not Vigil's (it has no migrations table); nothing was changed`,
      { path },
    );
  }
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
      'E_STORE',
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
  return {
    id: r.id,
    name: r.name,
    hash: r.hash,
    created_at: r.created_at,
    revoked_at: r.revoked_at,
    role: r.role,
  };
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
  private readonly kinds: readonly string[];

  constructor(opts: SqliteStoreOptions) {
    this.kinds = [...(opts.kinds ?? [])];
    const path = opts.path;
    if (path !== ':memory:') prepareLocation(path, opts.createDir === true);
    if (opts.mustExist && path !== ':memory:' && !existsSync(path)) {
      throw new VigilError('E_STORE', `there is no database at ${path}`, { path });
    }
    const isNew = path === ':memory:' || !existsSync(path);
    try {
      this.db = new Database(path);
    } catch (err) {
      throw new VigilError('E_STORE', `cannot open the database ${path}: ${(err as Error).message}`, {
        path,
      });
    }
    try {
      // the first read of the file: a file that is not SQLite fails here ("file is not a database")
      refuseForeignDatabase(this.db, path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      // deleted verdicts (retention, `vigil purge`) are overwritten with zeros, not left in free pages
      this.db.pragma('secure_delete = ON');
      migrate(this.db);
    } catch (err) {
      this.db.close();
      if (isVigilError(err)) throw err;
      throw new VigilError('E_STORE', `${path} is not a usable SQLite database: ${(err as Error).message}`, {
        path,
      });
    }
    if (path !== ':memory:') {
      // the WAL and shared-memory files hold recent verdicts too: same mode as the database
      for (const f of [path, `${path}-wal`, `${path}-shm`]) {
        try {
          if (isNew || f !== path) chmodSync(f, 0o600);
        } catch {
          /* absent yet, or a file system without modes */
        }
      }
    }
    const db = this.db;
    this.stmts = {
      insertVerdict: db.prepare(
        `INSERT INTO verdicts (id, created_at, kind, target, verdict, score, categories, subject, sender, urls, verdict_json, raw, evidence_stored)
         VALUES (@id, @created_at, @kind, @target, @verdict, @score, @categories, @subject, @sender, @urls, @verdict_json, @raw, @evidence_stored)`,
      ),
      getVerdict: db.prepare(
        `SELECT ${SUMMARY_COLUMNS}, urls, verdict_json, raw IS NOT NULL AS raw_stored, evidence_stored FROM verdicts WHERE id = ?`,
      ),
      getRaw: db.prepare('SELECT raw FROM verdicts WHERE id = ?'),
      verdictExists: db.prepare('SELECT 1 FROM verdicts WHERE id = ?'),
      insertFeedback: db.prepare(
        'INSERT INTO feedback (id, verdict_id, label, note, key_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      listFeedback: db.prepare(
        'SELECT id, verdict_id, label, note, key_id, created_at FROM feedback WHERE verdict_id = ? ORDER BY created_at, id',
      ),
      insertKey: db.prepare(
        'INSERT INTO api_keys (id, name, hash, created_at, revoked_at, role) VALUES (?, ?, ?, ?, NULL, ?)',
      ),
      getKey: db.prepare('SELECT id, name, hash, created_at, revoked_at, role FROM api_keys WHERE id = ?'),
      listKeys: db.prepare(
        'SELECT id, name, hash, created_at, revoked_at, role FROM api_keys ORDER BY created_at, id',
      ),
      activeKeyById: db.prepare(
        'SELECT id, name, hash, created_at, revoked_at, role FROM api_keys WHERE id = ? AND revoked_at IS NULL',
      ),
      activeKeysByName: db.prepare(
        'SELECT id, name, hash, created_at, revoked_at, role FROM api_keys WHERE name = ? AND revoked_at IS NULL ORDER BY created_at, id',
      ),
      revokeKey: db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ?'),
      countActiveKeys: db.prepare('SELECT COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL'),
    };
  }

  async ping(): Promise<void> {
    // a local file: reachable as long as it is open
    if (!this.db.open) throw new VigilError('E_STORE_UNAVAILABLE', 'the database is closed');
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
      urls: JSON.stringify((input.urls ?? urlsOfVerdict(v)).slice(0, MAX_STORED_URLS)),
      verdict_json: JSON.stringify(v),
      raw: input.raw ? Buffer.from(input.raw.buffer, input.raw.byteOffset, input.raw.byteLength) : null,
      evidence_stored: input.evidenceStored === false ? 0 : 1,
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
      evidence_stored: Boolean(r.evidence_stored),
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
    if (q.until) {
      where.push('created_at < ?');
      params.push(q.until.toISOString());
    }
    if (q.category) {
      where.push('EXISTS (SELECT 1 FROM json_each(verdicts.categories) c WHERE c.value = ?)');
      params.push(q.category);
    }
    if (q.search) {
      // instr, not LIKE: the search text is literal (no % or _ wildcards); lower() folds ASCII only,
      // the same on both sides
      const needle = q.search.replace(/[A-Z]/g, (c) => c.toLowerCase());
      where.push(
        '(instr(lower(sender), ?) > 0 OR instr(lower(subject), ?) > 0 OR instr(lower(target), ?) > 0 OR instr(lower(urls), ?) > 0)',
      );
      params.push(needle, needle, needle, needle);
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
      by_kind: Object.fromEntries(this.kinds.map((k) => [k, 0])),
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
      stats.by_kind[r.kind] = (stats.by_kind[r.kind] ?? 0) + r.n;
    }
    for (const r of byCategory) {
      const s = bucketOf(r.b);
      s.categories[r.c] = (s.categories[r.c] ?? 0) + r.n;
      stats.by_category[r.c] = (stats.by_category[r.c] ?? 0) + r.n;
    }
    stats.series = [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start));
    return stats;
  }

  async signalStats(q: StatsQuery): Promise<SignalStats> {
    const width = q.bucket === 'hour' ? 13 : 10;
    const since = q.since.toISOString();
    const scans = this.db
      .prepare(
        `SELECT substr(created_at, 1, ${width}) AS b, COUNT(*) AS n, AVG(json_extract(verdict_json, '$.elapsed_ms')) AS ms
         FROM verdicts WHERE created_at >= ? GROUP BY b ORDER BY b`,
      )
      .all(since) as { b: string; n: number; ms: number | null }[];
    // DISTINCT per verdict: a signal fired twice in one message counts once
    const bySignal = this.db
      .prepare(
        `SELECT b, id, COUNT(*) AS n FROM (
           SELECT DISTINCT v.seq, substr(v.created_at, 1, ${width}) AS b, json_extract(j.value, '$.id') AS id
           FROM verdicts v, json_each(v.verdict_json, '$.signals') j WHERE v.created_at >= ?)
         WHERE id IS NOT NULL GROUP BY b, id ORDER BY b, id`,
      )
      .all(since) as { b: string; id: string; n: number }[];
    const startOf = (b: string) => (q.bucket === 'hour' ? `${b}:00:00.000Z` : `${b}T00:00:00.000Z`);
    const buckets = new Map<string, SignalStats['series'][number]>();
    for (const r of scans) {
      buckets.set(r.b, {
        start: startOf(r.b),
        scans: r.n,
        mean_elapsed_ms: Math.round((r.ms ?? 0) * 100) / 100,
        signals: {},
      });
    }
    const out: SignalStats = { by_signal: {}, series: [] };
    for (const r of bySignal) {
      const bucket = buckets.get(r.b);
      if (bucket) bucket.signals[r.id] = r.n;
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
    const created_at = k.createdAt.toISOString();
    const role = k.role ?? 'admin';
    const taken = () => {
      const other = (this.stmts.activeKeysByName.all(k.name) as KeyRow[])[0];
      return new VigilError(
        'E_KEY_NAME_TAKEN',
        `an active key is already named "${k.name}"${other ? ` (${other.id})` : ''}`,
      );
    };
    if ((this.stmts.activeKeysByName.all(k.name) as KeyRow[]).length) throw taken();
    try {
      this.stmts.insertKey.run(k.id, k.name, k.hash, created_at, role);
    } catch (err) {
      // another process created the same name between the check and the insert: the index decides
      if (
        (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
        /api_keys\.name/.test((err as Error).message)
      )
        throw taken();
      throw err;
    }
    return { id: k.id, name: k.name, hash: k.hash, created_at, revoked_at: null, role };
  }

  async getKey(id: string): Promise<ApiKeyRecord | null> {
    const r = this.stmts.getKey.get(id) as KeyRow | undefined;
    return r ? toKey(r) : null;
  }

  async listKeys(): Promise<ApiKeyRecord[]> {
    return (this.stmts.listKeys.all() as KeyRow[]).map(toKey);
  }

  async revokeKey(idOrName: string, at: Date): Promise<ApiKeyRecord | null> {
    const when = at.toISOString();
    return this.db.transaction(() => {
      // an id first: key names that look like ids are refused at creation
      const byId = this.stmts.activeKeyById.get(idOrName) as KeyRow | undefined;
      const rows = byId ? [byId] : (this.stmts.activeKeysByName.all(idOrName) as KeyRow[]);
      if (rows.length > 1) {
        throw new VigilError(
          'E_KEY_AMBIGUOUS',
          `${rows.length} active keys are named "${idOrName}": ${rows.map((r) => r.id).join(', ')}; nothing was revoked`,
          { ids: rows.map((r) => r.id) },
        );
      }
      const row = rows[0];
      if (!row) return null;
      this.stmts.revokeKey.run(when, row.id);
      return { ...toKey(row), revoked_at: when };
    })();
  }

  async countActiveKeys(): Promise<number> {
    return (this.stmts.countActiveKeys.get() as { n: number }).n;
  }

  async purge(before: Date | null): Promise<PurgeResult> {
    const result = this.db.transaction(() => {
      if (before === null) {
        const feedback = this.db.prepare('DELETE FROM feedback').run().changes;
        const verdicts = this.db.prepare('DELETE FROM verdicts').run().changes;
        return { verdicts, feedback };
      }
      const cutoff = before.toISOString();
      // feedback of a purged verdict goes with it (ON DELETE CASCADE); count it first
      const feedback = (
        this.db
          .prepare(
            'SELECT COUNT(*) AS n FROM feedback WHERE created_at < ? OR verdict_id IN (SELECT id FROM verdicts WHERE created_at < ?)',
          )
          .get(cutoff, cutoff) as { n: number }
      ).n;
      this.db.prepare('DELETE FROM feedback WHERE created_at < ?').run(cutoff);
      const verdicts = this.db.prepare('DELETE FROM verdicts WHERE created_at < ?').run(cutoff).changes;
      return { verdicts, feedback };
    })();
    // the WAL file still holds the deleted pages until a checkpoint copies them back and truncates it
    if (result.verdicts || result.feedback) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function openSqliteStore(path: string, opts: { createDir?: boolean } = {}): SqliteStore {
  return new SqliteStore({ path, ...opts });
}
