/**
 * `vigil scan`: verdicts for files, directories (every *.eml below), stdin (`-`), URLs or domains.
 * Returns the exit code: 0 all clean, 1 any suspicious or malicious, 2 a usage error or an input
 * that could not be analysed (named on stderr; the other inputs are still scanned).
 */
import { stat } from 'node:fs/promises';
import { isVigilError, VigilError, type Verdict } from '../core/index.js';
import { loadConfig } from '../config/index.js';
import { createScanner } from '../scanner.js';
import { listEml, readInputFile } from './files.js';
import { readLines, type CliIo } from './io.js';
import { countMboxMessages } from './mbox.js';
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
  /** `--jobs N`: worker threads for email (default: the number of cores; 1: this thread only). */
  jobs?: string | number;
  /** No progress line and no summary on a terminal. */
  quiet?: boolean;
  /** Milliseconds clock for the progress line (tests). */
  now?: () => number;
}

const KINDS = ['email', 'url', 'domain'] as const;
type Kind = (typeof KINDS)[number];

export async function runScan(inputs: string[], opts: ScanOptions, io: CliIo): Promise<number> {
  const kind = (opts.kind ?? 'email') as Kind;
  if (!KINDS.includes(kind)) {
    io.stderr(`vigil: --kind must be one of ${KINDS.join(', ')} (E_USAGE)\n`);
    return 2;
  }
  if (!inputs.length) {
    io.stderr('vigil: scan needs at least one input (a file, a directory, - for stdin, or URLs/domains with --kind) (E_USAGE)\n');
    return 2;
  }
  if (opts.verifyAuth && !opts.clientIp) {
    io.stderr('vigil: --verify-auth needs --client-ip (the connecting IP the MTA saw) (E_USAGE)\n');
    return 2;
  }
  let config;
  try {
    config = loadConfig(opts.config);
  } catch (err) {
    io.stderr(`vigil: ${escapeControl((err as Error).message)}\n`);
    return 2;
  }
  const scanner = createScanner(config, {
    model: opts.model !== false,
    ...(opts.verifyAuth && opts.clientIp
      ? { verifyAuth: { ip: opts.clientIp, ...(opts.helo ? { helo: opts.helo } : {}), ...(opts.mailFrom ? { mailFrom: opts.mailFrom } : {}) } }
      : {}),
  });

  let worst = 0;
  let failed = false;
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
  const emit = async (v: Verdict) => {
    if (v.verdict !== 'clean') worst = 1;
    (progress as Progress | null)?.clear();
    await io.stdout(opts.json ? formatVerdictJson(v) : formatVerdict(v, { color: io.isTTY }));
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

  if (kind !== 'email') {
    startProgress(inputs.includes('-') ? null : inputs.length);
    const one = async (item: string) => {
      try {
        await emit(kind === 'url' ? scanner.url(item) : scanner.domain(item));
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
          fail(`stdin line ${l.n}`, new VigilError('E_INPUT_TOO_LARGE', `longer than limits.message_bytes=${maxBytes}; the rest of stdin was not read`));
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
    const s = await stat(input).catch(() => null);
    if (s?.isDirectory()) {
      let files: string[] = [];
      try {
        // what the listing left out makes the run incomplete: exit 2, like an unreadable input
        files = await listEml(input, {
          onSkip: (what, why) => {
            failed = true;
            io.stderr(`vigil: ${escapeControl(what)}: not scanned: ${escapeControl(why)}\n`);
          },
        });
      } catch (err) {
        fail(input, new VigilError('E_READ', `cannot list ${input}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`));
        continue;
      }
      if (!files.length) fail(input, new VigilError('E_READ', `directory ${input} holds no *.eml files`));
      targets.push(...files);
    } else targets.push(input);
  }
  startProgress(targets.length);
  // several messages: scanned by a pool of workers (one per core by default), printed in input order
  let jobs: number;
  try {
    jobs = parseJobs(opts.jobs);
  } catch (err) {
    io.stderr(`vigil: ${escapeControl((err as Error).message)}\n`);
    return 2;
  }
  const verifyAuth = opts.verifyAuth && opts.clientIp
    ? { ip: opts.clientIp, ...(opts.helo ? { helo: opts.helo } : {}), ...(opts.mailFrom ? { mailFrom: opts.mailFrom } : {}) }
    : undefined;
  const pool = targets.length > 1 && jobs > 1
    ? createEmailPool({ config, mode: 'scan', model: opts.model !== false, ...(verifyAuth ? { verifyAuth } : {}) }, Math.min(jobs, targets.length))
    : null;
  type Scanned = { what: string; verdict?: Verdict; error?: unknown };
  const scanOne = async (target: string): Promise<Scanned> => {
    const name = target === '-' ? 'stdin' : target;
    let raw: Buffer;
    try {
      // never more than limits.message_bytes + 1: the analyzer cuts at the limit and says so
      raw = target === '-' ? await io.readStdin(maxBytes) : await readInputFile(target, maxBytes);
      if (raw.length > maxBytes + 1) raw = raw.subarray(0, maxBytes + 1);
    } catch (err) {
      return { what: target, error: new VigilError('E_READ', `cannot read ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`) };
    }
    try {
      const n = countMboxMessages(raw);
      if (n) throw new VigilError('E_MBOX', `${name} is an mbox mailbox with ${n === 3 ? '3 or more' : n} messages, not one message`, { target: name });
      return { what: name, verdict: pool ? (await pool.scan(raw, name)).verdict : await scanner.email(raw, name) };
    } catch (err) {
      return { what: name, error: err };
    }
  };
  try {
    await mapOrdered(targets, pool ? pool.workers * 4 : 1, scanOne, async (_t, r) => {
      const o = r.ok ? r.value : { what: _t, error: r.error };
      if (o.verdict) await emit(o.verdict);
      else fail(o.what, o.error);
    });
  } finally {
    await pool?.close();
  }
  return finish(failed ? 2 : worst);
}

async function* oneChunk(p: Promise<Buffer>): AsyncGenerator<Uint8Array> {
  yield await p;
}
