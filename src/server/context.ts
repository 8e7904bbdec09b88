import type { VigilConfig } from '../config/index.js';
import type { Store } from '../store/index.js';
import type { Metrics } from './metrics.js';
import type { Vigil } from '../vigil.js';

/** What every route plugin receives: built once in buildApp. */
export interface RouteContext {
  config: VigilConfig;
  store: Store;
  /** The runtime: its kinds, signals and `scan`. */
  vigil: Vigil;
  metrics: Metrics;
  clock: () => Date;
  /** Store the raw message with its verdict (--keep-raw). */
  keepRaw: boolean;
  /** Store evidence text and fired messages (--keep-evidence); otherwise the verdict is redacted. */
  keepEvidence: boolean;
  /** Generic summary of each signal id, for redacted verdicts. */
  summaryOf: (id: string) => string | undefined;
  /** Body limit for POST /v1/scan/email, in bytes. */
  emailBodyLimit: number;
  /** Days verdicts are kept (null: forever), as the retention sweep uses it. */
  retentionDays?: number | null;
  /** Requests per minute per key, as the rate limiter uses it. */
  rateLimitPerMinute?: number;
}
