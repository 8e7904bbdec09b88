/**
 * `vigil scan`: verdicts for files, directories (every *.eml below), stdin (`-`), URLs or domains.
 * Returns the exit code: 0 all clean, 1 any suspicious or malicious, 2 a usage error or an input
 * that could not be analysed (named on stderr; the other inputs are still scanned).
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { isVigilError, VigilError, type Verdict } from '../core/index.js';
import { loadConfig } from '../config/index.js';
import { KINDS } from '../analyzers.js';
import { createVigil, type Vigil } from '../vigil.js';
import { listEml, readInputFile } from './files.js';
import { readLines, type CliIo } from './io.js';
import { countMboxMessages, splitMbox, startsWithEnvelope, type MboxMessage } from './mbox.js';
import { escapeControl, formatVerdict, formatVerdictJson } from './print.js';
import { createEmailPool, mapOrdered, parseJobs } from '../pool/index.js';
import { Progress, type Outcome } from './progress.js';

export { listEml } from './files.js';

export interface ScanOptions {
  config?: string;
  json?: boolean;
  kind?: string;
  /** false with --no-model: rules only. */
  model?: boolean;
  verifyAuth?: boolean;
  clientIp?: string;
  helo?: string;
  mailFrom?: string;
  /** No progress line and no summary on a terminal. */
  quiet?: boolean;
  /** Milliseconds clock for the progress line (tests). */
  now?: () => number;
  /** `--jobs N`: worker threads for email (default: the number of cores; 1: this thread only). */
  jobs?: string | number;
  /** `--ocr`: read the text of inline and attached images (slow: ~0.3 s an image). */
  ocr?: boolean;
}

export async function runScan(inputs: string[], opts: ScanOptions, io: CliIo): Promise<number> {
  const kind = opts.kind ?? 'email';
  if (!KINDS.includes(kind)) {
    io.stderr(`vigil: --kind must be one of ${KINDS.join(', ')} (E_USAGE)\n`);
    return 2;
  }
  if (!inputs.length) {
    io.stderr(
      'vigil: scan needs at least one input (a file, a directory, - for stdin, or URLs/domains with --kind) (E_USAGE)\n',
    );
    return 2;
  }
  if (opts.verifyAuth && !opts.clientIp) {
    io.stderr('vigil: --verify-auth needs --client-ip (the connecting IP the MTA saw) (E_USAGE)\n');
    return 2;
  }
  let config;
  try {
    config = loadConfig(opts.config);
    if (opts.ocr) config = { ...config, ocr: true };
  } catch (err) {
    io.stderr(`vigil: ${escapeControl((err as Error).message)}\n`);
    return 2;
  }
  let vigil: Vigil;
  try {
    vigil = createVigil(config, { model: opts.model !== false });
  } catch (err) {
    io.stderr(`vigil: ${escapeControl((err as Error).message)}\n`);
    return 2;
  }
  const verifyAuth =
    opts.verifyAuth && opts.clientIp
      ? {
          ip: opts.clientIp,
          ...(opts.helo ? { helo: opts.helo } : {}),
          ...(opts.mailFrom ? { mailFrom: opts.mailFrom } : {}),
        }
      : undefined;

  let worst = 0;
  let failed = false;
  // mailboxes (Maildir folders, mbox files) in the inputs: the run ends with a summary line
  const mailboxes = { count: 0 };
  const summary: MailboxSummary = { clean: 0, suspicious: 0, malicious: 0, failed: 0 };
  const tally = (v: Verdict) => void summary[v.verdict]++;
  const maildirRoots: string[] = [];
  const inMaildir = new Set<string>();
  const maxBytes = config.limits.message_bytes;
  // a progress line only on a terminal, over many inputs, and not with --quiet (set up below,
  // once the number of inputs is known)
  let progress: Progress | null = null;
  const startProgress = (total: number | null) => {
    const many = total === null || total > 1;
    progress = new Progress({
      write: (t) => io.stderr(t),
      enabled: io.isTTY && !opts.quiet && many,
      total,
      label: 'vigil scan',
      ...(opts.now ? { now: opts.now } : {}),
    });
  };
  const tick = (o: Outcome) => (progress as Progress | null)?.tick(o);
  // awaited: a slow reader (a SIEM pipe) holds the scan back instead of the verdicts piling up
  // a message of a mailbox is named by its Message-ID too (the file name or offset says little)
  const emit = async (v: Verdict, mailbox = false) => {
    if (v.verdict !== 'clean') worst = 1;
    (progress as Progress | null)?.clear();
    await io.stdout(
      opts.json
        ? formatVerdictJson(v)
        : formatVerdict(v, { color: io.isTTY, ...(mailbox ? { messageId: true } : {}) }),
    );
    tick(v.verdict);
  };
  // file names and messages carry attacker-chosen bytes (a name with ESC or a newline): escaped
  const fail = (what: string, err: unknown) => {
    failed = true;
    (progress as Progress | null)?.clear();
    const msg = isVigilError(err) ? err.message : `${(err as Error).message} (E_INTERNAL)`;
    io.stderr(`vigil: ${escapeControl(what)}: ${escapeControl(msg)}\n`);
    tick('error');
  };
  const finish = (code: number) => {
    (progress as Progress | null)?.finish();
    return code;
  };

  // a `text` kind (url, domain …) takes its inputs as arguments or lines of stdin; a `bytes`
  // kind (email) takes files, directories of *.eml and stdin as one input
  if (vigil.inputOf(kind) === 'text') {
    startProgress(inputs.includes('-') ? null : inputs.length);
    const one = async (item: string) => {
      try {
        await emit(await vigil.scan(kind, item));
      } catch (err) {
        fail(item, err);
      }
    };
    for (const input of inputs) {
      if (input !== '-') {
        await one(input);
        continue;
      }
      // one per line, scanned as they arrive; a line over limits.message_bytes ends the input
      const chunks = io.stdinChunks ? io.stdinChunks() : oneChunk(io.readStdin(maxBytes));
      for await (const l of readLines(chunks, maxBytes)) {
        if ('tooLong' in l) {
          fail(
            `stdin line ${l.n}`,
            new VigilError(
              'E_INPUT_TOO_LARGE',
              `longer than limits.message_bytes=${maxBytes}; the rest of stdin was not read`,
            ),
          );
        } else await one(l.line);
      }
    }
    return finish(failed ? 2 : worst);
  }

  // expand directories first so output order is input order, files sorted within a directory
  const targets: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      targets.push('-');
      continue;
    }
    // synchronous (no node:fs/promises, no thread-pool round trip before the first verdict)
    let s: Stats | null = null;
    try {
      s = statSync(input);
    } catch {
      // missing or unreadable: read as a file below, which says why
    }
    if (s?.isDirectory()) {
      let files: string[] = [];
      try {
        // what the listing left out makes the run incomplete: exit 2, like an unreadable input
        files = await listEml(input, {
          maildir: (dir) => {
            mailboxes.count++;
            maildirRoots.push(dir);
          },
          onSkip: (what, why) => {
            failed = true;
            io.stderr(`vigil: ${escapeControl(what)}: not scanned: ${escapeControl(why)}\n`);
          },
        });
      } catch (err) {
        fail(
          input,
          new VigilError(
            'E_READ',
            `cannot list ${input}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
          ),
        );
        continue;
      }
      if (!files.length)
        fail(
          input,
          new VigilError('E_READ', `directory ${input} holds no *.eml files and no Maildir messages`),
        );
      targets.push(...files);
      for (const file of files) if (maildirRoots.some((d) => file.startsWith(d + sep))) inMaildir.add(file);
    } else targets.push(input);
  }
  // several messages: scanned by a pool of workers (one per core by default), printed in input order
  let jobs: number;
  try {
    jobs = parseJobs(opts.jobs);
  } catch (err) {
    io.stderr(`vigil: ${escapeControl((err as Error).message)}\n`);
    return 2;
  }
  // the pool runs the email analyzer; another kind that reads files scans in this thread
  const pool =
    kind === 'email' && targets.length > 1 && jobs > 1
      ? createEmailPool(
          { config, mode: 'scan', model: opts.model !== false, ...(verifyAuth ? { verifyAuth } : {}) },
          Math.min(jobs, targets.length),
        )
      : null;
  // read and scan (in a worker when there is a pool); what to print is decided in input order below
  type Scanned =
    | { kind: 'read-error'; error: VigilError }
    // raw: what was read, kept only when the mailbox cannot be read again (stdin, a FIFO, a device)
    | { kind: 'mailbox'; name: string; raw: Buffer | null }
    | { kind: 'verdict'; verdict: Verdict }
    | { kind: 'error'; name: string; error: unknown };
  const scanOne = async (target: string): Promise<Scanned> => {
    const name = target === '-' ? 'stdin' : target;
    let raw: Buffer;
    try {
      // never more than limits.message_bytes + 1: the analyzer cuts at the limit and says so
      raw = target === '-' ? await io.readStdin(maxBytes) : await readInputFile(target, maxBytes);
      if (raw.length > maxBytes + 1) raw = raw.subarray(0, maxBytes + 1);
    } catch (err) {
      return {
        kind: 'read-error',
        error: new VigilError(
          'E_READ',
          `cannot read ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        ),
      };
    }
    try {
      // a mailbox: several envelope lines, or one on top of more than the limit (the next may be further on)
      // a regular file is read again as a stream (scanMailbox): its bytes are not held while they
      // wait their turn (up to mapOrdered's lookahead of results wait, each could be a 50 MB mailbox)
      if (countMboxMessages(raw) || (raw.length > maxBytes && startsWithEnvelope(raw)))
        return { kind: 'mailbox', name, raw: isRegularFile(target) ? null : raw };
      return {
        kind: 'verdict',
        verdict: pool
          ? (await pool.scan(raw, name)).verdict
          : await vigil.scan(kind, raw, { target: name, ...(verifyAuth ? { verifyAuth } : {}) }),
      };
    } catch (err) {
      return { kind: 'error', name, error: err };
    }
  };
  startProgress(targets.length);
  try {
    await mapOrdered(targets, pool ? pool.workers * 4 : 1, scanOne, async (target, r) => {
      const o: Scanned = r.ok ? r.value : { kind: 'error', name: target, error: r.error };
      if (o.kind === 'read-error') {
        summary.failed++;
        fail(target, o.error);
      } else if (o.kind === 'mailbox') {
        // a mailbox: one verdict per message (README "Mailboxes"), scanned here, in order
        mailboxes.count++;
        try {
          await scanMailbox(target, o.name, o.raw);
        } catch (err) {
          summary.failed++;
          fail(o.name, err);
        }
      } else if (o.kind === 'verdict') {
        tally(o.verdict);
        await emit(o.verdict, inMaildir.has(target));
      } else {
        summary.failed++;
        fail(o.name, o.error);
      }
    });
  } finally {
    await pool?.close();
  }
  (progress as Progress | null)?.finish();
  if (mailboxes.count) {
    const line = formatSummary(summary, mailboxes.count);
    // --json keeps stdout JSON lines only: the summary goes to stderr there
    if (opts.json) io.stderr(line);
    else await io.stdout(line);
  }
  return failed ? 2 : worst;

  /**
   * Scans each message of an mbox mailbox. A regular file is read again as a stream, one message
   * at a time (memory holds one message); stdin or a device is split from what was read, at most
   * limits.message_bytes (+1), and what did not fit is reported.
   */
  async function scanMailbox(target: string, name: string, head: Buffer | null): Promise<void> {
    // head is null for a regular file (scanOne did not keep its bytes): read again, as a stream
    const regular = head === null;
    if (head === null) head = Buffer.alloc(0);
    const chunks: AsyncIterable<Uint8Array> = regular
      ? createReadStream(target, { highWaterMark: 1 << 20 })
      : oneChunk(Promise.resolve(head));
    // one message behind: a "mailbox" of one message (an envelope line on top of one large
    // message) is scanned and named as that file, like any single message
    let prev: MboxMessage | null = null;
    const one = async (m: MboxMessage, single: boolean) => {
      const where = single ? name : `${name}:${m.offset}`;
      try {
        const v = await vigil.scan(kind, m.raw, { target: where, ...(verifyAuth ? { verifyAuth } : {}) });
        tally(v);
        await emit(v, !single);
      } catch (err) {
        summary.failed++;
        fail(where, err);
      }
    };
    for await (const m of splitMbox(chunks, maxBytes)) {
      if (prev) await one(prev, false);
      prev = m;
    }
    if (prev) {
      const single = prev.index === 1;
      if (single) mailboxes.count--;
      await one(prev, single);
    }
    if (!regular && head.length > maxBytes) {
      summary.failed++;
      fail(
        name,
        new VigilError(
          'E_INPUT_TOO_LARGE',
          `mailbox on ${name} is larger than limits.message_bytes=${maxBytes}: messages after byte ${maxBytes} were not read; save it to a file and scan that`,
        ),
      );
    }
  }
}

interface MailboxSummary {
  clean: number;
  suspicious: number;
  malicious: number;
  failed: number;
}

/** The line after a mailbox scan: how many messages, of which verdict, how many not analysed. */
export function formatSummary(s: MailboxSummary, mailboxes: number): string {
  const total = s.clean + s.suspicious + s.malicious + s.failed;
  return (
    `vigil: ${total} message${total === 1 ? '' : 's'} (${mailboxes} mailbox${mailboxes === 1 ? '' : 'es'}): ` +
    `${s.malicious} malicious, ${s.suspicious} suspicious, ${s.clean} clean, ${s.failed} not analysed\n`
  );
}

/** Whether `target` (not stdin) is a regular file now: one that can be read again from the start. */
function isRegularFile(target: string): boolean {
  if (target === '-') return false;
  try {
    return statSync(target).isFile();
  } catch {
    return false;
  }
}

async function* oneChunk(p: Promise<Buffer>): AsyncGenerator<Uint8Array> {
  yield await p;
}
