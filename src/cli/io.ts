import type { Readable, Writable } from 'node:stream';
import { VigilError } from '../core/index.js';
import { escapeControl } from './print.js';

/** The CLI's window on the world; tests pass a fake one and run commands in-process. */
export interface CliIo {
  /**
   * Writes to standard output. A returned promise means the reader is slower than we write
   * (back-pressure): await it before writing more, so a million verdicts never pile up in memory.
   */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  /**
   * Reads standard input (used by `vigil scan -`). With `maxBytes`, stops reading after
   * `maxBytes + 1` bytes (the extra byte tells the caller the input was cut): an endless stdin
   * (`< /dev/zero`) must not grow memory without bound.
   */
  readStdin(maxBytes?: number): Promise<Buffer>;
  /** Standard input as chunks, read as they come (line input of `--kind url|domain -`); absent: `readStdin`. */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  /** Whether stdout is a terminal (colours, progress bars). */
  isTTY: boolean;
}

/** Reads a stream up to `maxBytes + 1` bytes (all of it without a limit), then stops reading it. */
export async function readBounded(stream: AsyncIterable<Uint8Array>, maxBytes = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = Buffer.isBuffer(c) ? c : Buffer.from(c);
    const room = maxBytes + 1 - total;
    if (b.length >= room) {
      chunks.push(b.subarray(0, room));
      total += room;
      break; // leaving the loop ends the iteration: the stream is not read any further
    }
    chunks.push(b);
    total += b.length;
  }
  return Buffer.concat(chunks, total);
}

/** One line of line input, or a line over the limit (then reading stops: it is not a list). */
export type InputLine = { line: string; n: number } | { tooLong: true; n: number };

/**
 * Lines of a stream, trimmed, blank ones skipped, read as they come (a list of ten million URLs is
 * never held in memory). A line longer than `maxLineBytes` ends the input: nothing that long is a
 * URL or a domain, and a stream without newlines (`/dev/zero`) would otherwise never end.
 */
export async function* readLines(
  stream: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let n = 0;
  const take = function* (b: Buffer): Generator<InputLine> {
    const line = Buffer.concat([...pending, b])
      .toString('utf8')
      .trim();
    pending = [];
    pendingBytes = 0;
    n++;
    if (line) yield { line, n };
  };
  for await (const c of stream) {
    let b = Buffer.isBuffer(c) ? c : Buffer.from(c);
    for (let nl = b.indexOf(0x0a); nl >= 0; nl = b.indexOf(0x0a)) {
      if (pendingBytes + nl > maxLineBytes) {
        yield { tooLong: true, n: n + 1 };
        return;
      }
      yield* take(b.subarray(0, nl));
      b = b.subarray(nl + 1);
    }
    if (pendingBytes + b.length > maxLineBytes) {
      yield { tooLong: true, n: n + 1 };
      return;
    }
    if (b.length) {
      // copy: the stream may reuse its chunk buffers
      pending.push(Buffer.from(b));
      pendingBytes += b.length;
    }
  }
  if (pendingBytes) yield* take(Buffer.alloc(0));
}

/** A CliIo over real streams (`processIo` is this over the process's own). */
export function createStreamIo(s: {
  stdin: Readable | (() => Readable);
  stdout: Writable;
  stderr: Writable;
  isTTY?: boolean;
}): CliIo {
  // process.stdin is created on first use: a command that never reads it must not open it
  const stdin = () => (typeof s.stdin === 'function' ? s.stdin() : s.stdin);
  return {
    stdout: (t) => {
      if (s.stdout.destroyed || s.stdout.writableEnded) return;
      if (s.stdout.write(t)) return;
      // the reader is slow: wait until the kernel took what is queued (or the stream is gone)
      return new Promise<void>((resolve) => {
        const done = () => {
          s.stdout.off('drain', done);
          s.stdout.off('close', done);
          s.stdout.off('error', done);
          resolve();
        };
        s.stdout.on('drain', done);
        s.stdout.on('close', done);
        s.stdout.on('error', done);
      });
    },
    stderr: (t) => {
      if (!s.stderr.destroyed && !s.stderr.writableEnded) s.stderr.write(t);
    },
    readStdin: (maxBytes) => readBounded(stdin(), maxBytes),
    stdinChunks: () => stdin(),
    isTTY: Boolean(s.isTTY),
  };
}

export const processIo: CliIo = createStreamIo({
  stdin: () => process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stdout.isTTY),
});

/** A command's failure as its exit code: a VigilError's message and code, anything else a bug report. */
export function exitCodeFor(err: unknown, io: CliIo, command = 'vigil'): number {
  if (err instanceof VigilError) {
    io.stderr(`${command}: ${escapeControl(err.message)}\n`);
    return err.exitCode;
  }
  io.stderr(`${command}: ${(err as Error)?.stack ?? String(err)}\n`);
  return 2;
}
