/**
 * A pool of worker threads that scan emails on every core, for `vigil scan`, `vigil eval email` and
 * `vigil serve`. Each worker prepares the analyzer once (config, models, tables: src/pool/prepare.ts)
 * and scans one message at a time; the pool hands a message to an idle worker, a second one to each
 * worker so none waits on the main thread between two, and queues the rest.
 * With one job nothing is spawned: the scan runs in this thread (start-up stays cheap).
 *
 * Errors cross the thread boundary as data: a VigilError comes back as a VigilError with the same
 * code, message and details, so exit codes and HTTP statuses do not change. A worker that dies
 * (out of memory, a crash in native code) fails only its message with E_INTERNAL and is replaced.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { VigilError, type ErrorCode } from '../core/index.js';
import type { PoolReply, PoolResult, PoolSetup } from './protocol.js';
import { prepareScan } from './prepare.js';

export type { PoolResult, PoolSetup } from './protocol.js';

/** The default `--jobs`: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** `--jobs N`: a positive integer, at most 256 (more threads than that is a typo). */
export function parseJobs(value: string | number | undefined): number {
  if (value === undefined) return defaultJobs();
  const s = String(value).trim();
  if (!/^[0-9]+$/.test(s) || Number(s) < 1 || Number(s) > 256)
    throw new VigilError('E_USAGE', `--jobs must be a whole number from 1 to 256, not "${s}"`);
  return Number(s);
}

export interface EmailPool {
  /** Worker threads (0: scans run in this thread). */
  readonly workers: number;
  scan(raw: Uint8Array, target?: string): Promise<PoolResult>;
  /** The most tasks one worker has held at once (at most WORKER_DEPTH; 0 without workers). */
  readonly peakDepth: number;
  /** Stop the workers; pending scans fail with E_INTERNAL. */
  close(): Promise<void>;
}

/**
 * The compiled worker (dist/pool/worker.js), or null when this module runs from the TypeScript
 * sources (vitest): worker threads cannot load .ts files, and a worker from a stale dist/ would scan
 * with other code than the test imports. There the pool runs in this thread, unless
 * VIGIL_POOL_DIST_WORKERS=1 asks for the built workers (test/pool tests that need the build).
 */
function workerFile(): URL | null {
  const here = new URL(import.meta.url);
  if (!here.pathname.endsWith('.ts')) return new URL('./worker.js', here);
  if (process.env.VIGIL_POOL_DIST_WORKERS !== '1') return null;
  const built = new URL('../../dist/pool/worker.js', here);
  return existsSync(fileURLToPath(built)) ? built : null;
}

function rebuild(e: NonNullable<PoolReply['error']>): Error {
  if (e.code) {
    const err = new VigilError(e.code as ErrorCode, '', e.details ?? {});
    err.message = e.message; // the worker's message already carries code and hint
    return err;
  }
  return new Error(e.message);
}

interface Slot {
  worker: Worker;
  /** Tasks posted to this worker, oldest first (it scans them one at a time, in that order). */
  inflight: { id: number; resolve: (r: PoolResult) => void; reject: (e: Error) => void }[];
}

/**
 * Tasks posted to one worker at a time. With one, a worker sat idle from its reply until the main
 * thread had taken the verdict and posted the next message (on a loaded machine, most of a
 * message's time); with two, the next message is already in its queue.
 */
export const WORKER_DEPTH = 2;

/** A pool of `jobs` workers (jobs ≤ 1: no threads, the scan runs here). */
export function createEmailPool(setup: PoolSetup, jobs: number): EmailPool {
  const file = jobs > 1 ? workerFile() : null;
  if (!file) {
    const scan = prepareScan(setup);
    return { workers: 0, peakDepth: 0, scan, close: async () => {} };
  }
  const queue: {
    id: number;
    raw: Uint8Array;
    target: string | undefined;
    resolve: (r: PoolResult) => void;
    reject: (e: Error) => void;
  }[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let peakDepth = 0;

  const pump = () => {
    // idle workers first, then a second task to each
    for (let depth = 1; depth <= WORKER_DEPTH; depth++)
      for (const slot of slots) {
        if (slot.inflight.length >= depth || !queue.length) continue;
        const t = queue.shift()!;
        slot.inflight.push({ id: t.id, resolve: t.resolve, reject: t.reject });
        peakDepth = Math.max(peakDepth, slot.inflight.length);
        slot.worker.ref(); // a scan in progress keeps the process alive
        slot.worker.postMessage({ id: t.id, raw: t.raw, target: t.target });
      }
  };

  const spawn = (): Slot => {
    // node:worker_threads loaded when a pool starts a worker, not by a one-thread scan
    const worker = new (process.getBuiltinModule('node:worker_threads').Worker)(file, { workerData: setup });
    const slot: Slot = { worker, inflight: [] };
    worker.on('message', (m: PoolReply) => {
      const k = m.id < 0 ? -1 : slot.inflight.findIndex((b) => b.id === m.id);
      if (k < 0) return;
      const b = slot.inflight.splice(k, 1)[0]!;
      if (!slot.inflight.length) slot.worker.unref();
      if (m.error) b.reject(rebuild(m.error));
      else b.resolve(m.result!);
      pump();
    });
    const die = (why: string) => {
      const lost = slot.inflight.splice(0);
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      for (const b of lost) b.reject(new VigilError('E_INTERNAL', `the scanning worker stopped (${why})`));
      if (!closed) {
        slots.push(spawn());
        pump();
      }
    };
    worker.on('error', (err) => die(err.message));
    worker.on('exit', (code) => {
      if (slots.includes(slot)) die(`exit code ${code}`);
    });
    // an idle pool must not keep the process alive (a CLI run ends when its work is done)
    worker.unref();
    return slot;
  };
  for (let i = 0; i < jobs; i++) slots.push(spawn());

  return {
    workers: jobs,
    get peakDepth() {
      return peakDepth;
    },
    scan(raw, target) {
      if (closed) return Promise.reject(new VigilError('E_INTERNAL', 'the worker pool is closed'));
      return new Promise<PoolResult>((resolve, reject) => {
        queue.push({ id: nextId++, raw, target, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const all = slots.splice(0);
      for (const t of queue.splice(0)) t.reject(new VigilError('E_INTERNAL', 'the worker pool is closed'));
      for (const s of all)
        for (const b of s.inflight.splice(0))
          b.reject(new VigilError('E_INTERNAL', 'the worker pool is closed'));
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * How far `mapOrdered` may run ahead of the oldest unfinished item, in windows. A window of
 * `workers * 4` alone let one slow message (0.3 s, beside a median of 4 ms on the dev set) stall
 * the pool: nothing new started until it was handed over, so the other workers drained their few
 * tasks and sat idle until it finished (issue 13: ~0.3–0.8 s idle a worker over 2,300 messages).
 */
export const LOOKAHEAD_WINDOWS = 16;

/**
 * Run `work` over `items` with at most `window` in flight and hand each result to `done` in input
 * order (a verdict list keeps the order of its inputs however the workers finish). Work goes on
 * past an unfinished item, up to `lookahead` items (default `window * LOOKAHEAD_WINDOWS`) started
 * and not yet handed to `done`: only finished results wait, never more than that many. `done` is
 * awaited, so a slow reader of the output holds the work back instead of results piling up.
 * If `done` throws, nothing new starts and the error is thrown (what is in flight finishes unread).
 */
export async function mapOrdered<T, R>(
  items: readonly T[],
  window: number,
  work: (item: T, index: number) => Promise<R>,
  done: (
    item: T,
    result: { ok: true; value: R } | { ok: false; error: unknown },
    index: number,
  ) => Promise<void> | void,
  lookahead: number = Math.max(1, window) * LOOKAHEAD_WINDOWS,
): Promise<void> {
  type Settled = { ok: true; value: R } | { ok: false; error: unknown };
  const inFlight = Math.max(1, window);
  const ahead = Math.max(inFlight, lookahead);
  const finished = new Map<number, Settled>();
  let next = 0; // the next item to start
  let head = 0; // the next item to hand to `done`
  let running = 0;
  let stopped = false;
  let wake: (() => void) | null = null;
  const settle = (i: number, r: Settled) => {
    finished.set(i, r);
    running--;
    fill();
    if (i === head && wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const fill = () => {
    while (!stopped && next < items.length && running < inFlight && next - head < ahead) {
      const i = next++;
      running++;
      let p: Promise<R>;
      try {
        p = work(items[i]!, i);
      } catch (error) {
        p = Promise.reject(error); // thrown before its promise: that item failed, like a rejection
      }
      p.then(
        (value) => settle(i, { ok: true, value }),
        (error: unknown) => settle(i, { ok: false, error }),
      );
    }
  };
  try {
    fill();
    while (head < items.length) {
      if (!finished.has(head)) await new Promise<void>((resolve) => (wake = resolve));
      const i = head++;
      const r = finished.get(i)!;
      finished.delete(i);
      fill();
      await done(items[i]!, r, i);
    }
  } finally {
    stopped = true;
  }
}
