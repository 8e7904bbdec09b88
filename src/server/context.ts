import type { VigilConfig } from '../config/index.js';
import type { Store } from '../store/index.js';
import type { Metrics } from './metrics.js';
import type { Scanners } from './scanners.js';

/** What every route plugin receives: built once in buildApp. */
export interface RouteContext {
  config: VigilConfig;
  store: Store;
  scanners: Scanners;
  metrics: Metrics;
  clock: () => Date;
  /** Store the raw message with its verdict (--keep-raw). */
  keepRaw: boolean;
  /** Body limit for POST /v1/scan/email, in bytes. */
  emailBodyLimit: number;
}
