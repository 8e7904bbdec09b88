/**
 * Failed authentications per client address, in fixed one-minute windows. Keys have 256 random
 * bits, so guessing one is hopeless, but an unthrottled 401 loop costs a hash and a database read
 * per request (56,000 wrong keys in 8 s were answered at full speed) and hides real traffic; past
 * the limit an address gets 429 E_RATE_LIMIT, without a key check, until its window ends.
 *
 * Memory is bounded: at most `maxAddresses` windows are kept; when full, ended windows are dropped
 * first, then the oldest (a flood from many addresses evicts itself, not the service).
 */
export const DEFAULT_AUTH_FAILURES_PER_MINUTE = 30;
export const AUTH_FAILURE_WINDOW_MS = 60_000;
/** Most client addresses tracked at once. */
export const MAX_TRACKED_ADDRESSES = 50_000;

interface Window {
  start: number;
  failures: number;
}

export class AuthFailureThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly maxFailures: number,
    readonly windowMs: number = AUTH_FAILURE_WINDOW_MS,
    readonly maxAddresses: number = MAX_TRACKED_ADDRESSES,
  ) {}

  /** Seconds until `address` may try again, or 0 when it is not blocked. */
  retryAfter(address: string, now: number): number {
    const w = this.windows.get(address);
    if (!w) return 0;
    const left = w.start + this.windowMs - now;
    if (left <= 0) {
      this.windows.delete(address);
      return 0;
    }
    return w.failures >= this.maxFailures ? Math.ceil(left / 1000) : 0;
  }

  /** Record one failed authentication from `address`. */
  fail(address: string, now: number): void {
    const w = this.windows.get(address);
    if (w && now - w.start < this.windowMs) {
      w.failures += 1;
      return;
    }
    if (w) this.windows.delete(address);
    if (this.windows.size >= this.maxAddresses) this.evict(now);
    this.windows.set(address, { start: now, failures: 1 });
  }

  /** Number of addresses tracked (tests assert the bound). */
  get size(): number {
    return this.windows.size;
  }

  private evict(now: number): void {
    for (const [a, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(a);
    // Map iterates in insertion order: the first entries are the oldest windows
    for (const a of this.windows.keys()) {
      if (this.windows.size < this.maxAddresses) break;
      this.windows.delete(a);
    }
  }
}
