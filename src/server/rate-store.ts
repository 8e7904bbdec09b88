/**
 * Per-key rate limits across replicas: a store for @fastify/rate-limit that counts in the shared
 * database (`Store.countRequest`, fixed windows on the database's clock), so N replicas behind a
 * load balancer allow `server.rate_limit_per_minute` per key in all, not N times it. Used when the
 * store is shared (`sharedAcrossProcesses`: PostgreSQL); a SQLite store serves one process, whose
 * in-memory counter is exact and costs no write.
 *
 * A counter the database cannot answer fails the request with E_STORE_UNAVAILABLE (503): the
 * scan's own INSERT would fail the same way, and a limiter that lets everything through when the
 * database is slow would be no limit.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RateCount, Store } from '../store/index.js';

type Callback = (err: Error | null, result?: RateCount) => void;

/**
 * The constructor @fastify/rate-limit's `store` option takes, or null when counting in memory is
 * right. `windowMs` is the plugin's timeWindow (the plugin also passes it to `incr`).
 */
export function sharedRateStore(store: Store, windowMs: number): FastifyRateLimitStoreCtor | null {
  const count = store.countRequest?.bind(store);
  if (!store.sharedAcrossProcesses || !count) return null;
  return class SharedRateStore implements FastifyRateLimitStore {
    incr(key: string, cb: Callback, timeWindow?: number): void {
      count(key, timeWindow ?? windowMs).then(
        (r) => cb(null, r),
        (err: Error) => cb(err),
      );
    }
    // one counter table for every route: route-level options change `max`, not where counts live
    child(): SharedRateStore {
      return this;
    }
  };
}
