/**
 * The store behind `vigil serve`: verdicts, analyst feedback and API keys. The interface is async and
 * small on purpose, so a PostgreSQL implementation can follow the SQLite one without touching the
 * server. Raw messages are personal data: a store keeps them only when the caller passes `raw`
 * (the server does so only under `--keep-raw`).
 */
import type { Category, InputKind, Verdict, VerdictLabel } from '../core/index.js';

/** One row of the history: what the list endpoint and the dashboard table show. */
export interface VerdictSummary {
  /** Public id, `vrd_` + 24 hex characters. */
  id: string;
  /** ISO 8601 timestamp (UTC) of when the scan was stored. */
  created_at: string;
  kind: InputKind;
  target: string;
  verdict: VerdictLabel;
  score: number;
  categories: Category[];
  /** Email subject ('' for url/domain verdicts). */
  subject: string;
  /** Email sender as written in From ('' for url/domain verdicts). */
  sender: string;
}

/** A stored verdict with everything kept about it. */
export interface StoredVerdict extends VerdictSummary {
  /** URLs named by the verdict (the URL itself, or the links found in evidence). */
  urls: string[];
  /** Whether the raw message was kept (only with `--keep-raw`). */
  raw_stored: boolean;
  /**
   * Whether evidence text and fired messages were kept (only with `--keep-evidence`); otherwise each
   * signal's evidence is `{ where }` and its message the signal's generic summary.
   */
  evidence_stored: boolean;
  /** The verdict JSON as stored: as returned by the scan, redacted unless `evidence_stored`. */
  result: Verdict;
}

export interface SaveVerdictInput {
  verdict: Verdict;
  createdAt: Date;
  /** The raw input; stored only when given (the server passes it only under --keep-raw). */
  raw?: Uint8Array;
  /** URLs to store with the verdict; default `urlsOfVerdict(verdict)`. */
  urls?: string[];
  /** Whether `verdict` still holds evidence text (false: it was redacted with `redactVerdict`). */
  evidenceStored?: boolean;
}

/** What a purge removed. */
export interface PurgeResult {
  verdicts: number;
  feedback: number;
}

export interface VerdictQuery {
  kind?: InputKind;
  verdict?: VerdictLabel;
  /** Only verdicts created at or after this time. */
  since?: Date;
  /** Only verdicts created before this time (exclusive). */
  until?: Date;
  /** Only verdicts whose `categories` include this one. */
  category?: Category;
  /**
   * Search text, 1..200 characters: a verdict matches when the sender, the subject, the target
   * (file name, URL or domain) or one of its stored URLs contains it, case-insensitively for ASCII
   * letters. Plain substring: `%`, `_` and `\` are literal characters, never wildcards. A domain
   * (`fabrikarn.example`) therefore finds mail from it, links to it and verdicts on it.
   */
  search?: string;
  /** Page size, 1..200. */
  limit: number;
  /** Opaque cursor from the previous page's `next_cursor`. */
  cursor?: string;
}

export interface VerdictPage {
  items: VerdictSummary[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  next_cursor: string | null;
}

export type FeedbackLabel = 'malicious' | 'benign';

/**
 * Analyst feedback on one verdict. Stored for a human-reviewed retraining run; nothing reads it to
 * retrain automatically (poisoned feedback is an attack).
 */
export interface Feedback {
  id: string;
  verdict_id: string;
  label: FeedbackLabel;
  note: string;
  /** Id of the API key that sent it (null with --insecure-no-auth). */
  key_id: string | null;
  created_at: string;
}

export interface NewFeedback {
  verdictId: string;
  label: FeedbackLabel;
  note: string;
  keyId: string | null;
  createdAt: Date;
}

/** Counts for the dashboard overview. */
export interface StatsQuery {
  since: Date;
  bucket: 'hour' | 'day';
}

export interface StatsBucket {
  /** Start of the bucket, ISO 8601 (UTC). */
  start: string;
  clean: number;
  suspicious: number;
  malicious: number;
  categories: Partial<Record<Category, number>>;
}

export interface Stats {
  totals: Record<VerdictLabel, number>;
  by_kind: Record<InputKind, number>;
  by_category: Partial<Record<Category, number>>;
  series: StatsBucket[];
}

/**
 * Signals over time, like rspamd's symbol statistics: in how many stored verdicts each signal
 * fired, per bucket, and how many scans were stored per bucket with their mean analysis time.
 */
export interface SignalStats {
  /** Per signal id: the number of verdicts in the period where it fired (a verdict counts once per id). */
  by_signal: Record<string, number>;
  series: SignalStatsBucket[];
}

export interface SignalStatsBucket {
  /** Start of the bucket, ISO 8601 (UTC), as in `Stats.series`. */
  start: string;
  /** Verdicts stored in the bucket (throughput). */
  scans: number;
  /** Mean `elapsed_ms` of those verdicts (analysis time, not HTTP). */
  mean_elapsed_ms: number;
  signals: Record<string, number>;
}

/**
 * What a key may do. `read`: history, verdicts, stats, status. `scan`: read + scan. `admin`: scan +
 * feedback and the raw messages kept with --keep-raw (key management is the CLI's, on the host).
 */
export const KEY_ROLES = ['read', 'scan', 'admin'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** An API key as stored: never the key itself, only its SHA-256. */
export interface ApiKeyRecord {
  /** Public key id, `key_` + 12 hex characters; also embedded in the key. */
  id: string;
  name: string;
  /** Hex SHA-256 of the whole key string. */
  hash: string;
  created_at: string;
  revoked_at: string | null;
  /** What the key may do; keys created before roles existed are `admin` (they could do everything). */
  role: KeyRole;
}

/** One request counted in a fixed window (the shape @fastify/rate-limit's stores return). */
export interface RateCount {
  /** Requests counted in the current window, this one included. */
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

export interface Store {
  /**
   * True when several processes (replicas of `vigil serve`) share this store: per-key rate limits
   * then count in the store (`countRequest`) instead of in each process.
   */
  readonly sharedAcrossProcesses?: boolean;
  /** Throws E_STORE_UNAVAILABLE when the database cannot be reached (readiness). */
  ping(): Promise<void>;
  /**
   * Count one request for `key` in the current fixed window of `windowMs`, on the database's clock,
   * shared by every process on this store. Only stores that are `sharedAcrossProcesses` have it.
   */
  countRequest?(key: string, windowMs: number): Promise<RateCount>;

  saveVerdict(input: SaveVerdictInput): Promise<VerdictSummary>;
  getVerdict(id: string): Promise<StoredVerdict | null>;
  listVerdicts(query: VerdictQuery): Promise<VerdictPage>;
  /** The raw message, when it was kept. */
  getRaw(id: string): Promise<Uint8Array | null>;

  /** Returns null when the verdict does not exist. */
  addFeedback(input: NewFeedback): Promise<Feedback | null>;
  listFeedback(verdictId: string): Promise<Feedback[]>;

  stats(query: StatsQuery): Promise<Stats>;
  /**
   * Per-signal counts and throughput over time, bucketed like `stats` (same `since` and bucket
   * starts). Reads signal ids from each stored verdict (ids are kept even when evidence is not).
   */
  signalStats(query: StatsQuery): Promise<SignalStats>;

  getKey(id: string): Promise<ApiKeyRecord | null>;
  listKeys(): Promise<ApiKeyRecord[]>;
  /**
   * Create a key (role default `admin`). A name is unique among active keys: a duplicate throws
   * `E_KEY_NAME_TAKEN`.
   */
  createKey(key: {
    id: string;
    name: string;
    hash: string;
    createdAt: Date;
    role?: KeyRole;
  }): Promise<ApiKeyRecord>;
  /**
   * Revoke one active key, by id or else by name; null when no active key matches. A name that
   * matches several active keys (possible only in a store without the unique index) throws
   * `E_KEY_AMBIGUOUS` listing their ids, and nothing is revoked.
   */
  revokeKey(idOrName: string, at: Date): Promise<ApiKeyRecord | null>;
  /** Number of keys that are not revoked. */
  countActiveKeys(): Promise<number>;

  /**
   * Delete verdicts (with their raw messages) and feedback created before `before`, or all of them
   * when `before` is null. API keys are kept. Deleted content is overwritten, not just unlinked.
   */
  purge(before: Date | null): Promise<PurgeResult>;

  close(): Promise<void>;
}
