/**
 * One worker of the email pool (src/pool/index.ts). It prepares the analyzer once (config, models,
 * tables) and then scans the messages the pool posts, one at a time, replying with the verdict or
 * the error. KEEP IN SYNC with `scanInProcess` in index.ts: a pooled scan must give the verdict an
 * in-process scan gives, byte for byte (apart from `elapsed_ms`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isVigilError } from '../core/index.js';
import type { PoolSetup, PoolReply, PoolTask } from './protocol.js';
import { prepareScan } from './prepare.js';

const setup = workerData as PoolSetup;
const port = parentPort!;
let scan: ReturnType<typeof prepareScan>;
try {
  scan = prepareScan(setup);
} catch (err) {
  // a broken model or config: every task fails with that error, the pool reports it
  const failure = toReply(-1, err);
  scan = async () => {
    throw Object.assign(new Error(failure.error!.message), { replyError: failure.error });
  };
}

// Warm-up before the first task: the models, the URL and domain tables and the phrase patterns load
// on first use, and on a loaded machine that first use ate the first message's time budget
// (limits.time_ms), so its verdict said "skipped: limit time_ms". A message with a link and a lure
// touches them all; its verdict is thrown away.
const WARM_UP = new TextEncoder().encode(
  'From: "Support" <help@warm-up.example>\r\nTo: b@warm-up.example\r\nSubject: verify your account\r\n' +
    'Content-Type: text/html; charset=utf-8\r\n\r\n<p>Verify your password within 24 hours or your account will be suspended: ' +
    '<a href="http://login.warm-up.example/verify">https://accounts.warm-up.example/</a></p>\r\n',
);
await scan(WARM_UP, 'warm-up.eml').catch(() => undefined);

function toReply(id: number, err: unknown): PoolReply {
  const e = err as Error & { replyError?: PoolReply['error'] };
  if (e?.replyError) return { id, error: e.replyError };
  if (isVigilError(err)) return { id, error: { code: err.code, message: err.message, details: err.details } };
  return { id, error: { message: e instanceof Error ? e.message : String(err) } };
}

// Tasks run one after the other, in the order posted (the pool posts up to WORKER_DEPTH): two at once
// would share the thread, and each one's time budget (limits.time_ms) would count the other's work.
let queue: Promise<void> = Promise.resolve();
port.on('message', (task: PoolTask) => {
  queue = queue.then(() => run(task));
});

async function run(task: PoolTask): Promise<void> {
  let reply: PoolReply;
  try {
    reply = { id: task.id, result: await scan(task.raw, task.target) };
  } catch (err) {
    reply = toReply(task.id, err);
  }
  try {
    port.postMessage(reply);
  } catch (err) {
    // a verdict that cannot be cloned is a bug: report it instead of leaving the task pending
    port.postMessage(toReply(task.id, err));
  }
}
port.postMessage({ id: -1, ready: true } satisfies PoolReply);
