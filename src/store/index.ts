export type {
  ApiKeyRecord,
  Feedback,
  FeedbackLabel,
  NewFeedback,
  PurgeResult,
  KeyRole,
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
