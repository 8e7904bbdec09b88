export type {
  ApiKeyRecord,
  Feedback,
  FeedbackLabel,
  NewFeedback,
  PurgeResult,
  KeyRole,
  RateCount,
  SaveVerdictInput,
  SignalStats,
  SignalStatsBucket,
  Stats,
  StatsBucket,
  StatsQuery,
  Store,
  StoredVerdict,
  VerdictPage,
  VerdictQuery,
  VerdictSummary,
} from './types.js';
export { SqliteStore, openSqliteStore, migrate } from './sqlite.js';
export { MIGRATIONS } from './migrations.js';
export { KEY_ROLES } from './types.js';
export type { Migration } from './migrations.js';
export { urlsOfVerdict, MAX_STORED_URLS } from './urls.js';
export { defaultDbPath, dbLocation } from './paths.js';
export { redactVerdict } from './redact.js';
export { openStore, storeLocation, describeStore } from './open.js';
export type { OpenStoreOptions, StoreLocation } from './open.js';
export { PgStore, redactDbUrl, DEFAULT_PG_POOL_SIZE, MAX_VERDICT_BATCH } from './postgres.js';
export type { PgStoreOptions } from './postgres.js';
export { PG_MIGRATIONS } from './pg-migrations.js';
