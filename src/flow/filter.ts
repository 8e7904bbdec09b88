/**
 * `vigil filter`: an SMTP content filter for Postfix, after the queue (`content_filter`) or before
 * it (`smtpd_proxy_filter`). It receives a message with nodemailer's smtp-server, scans it, writes
 * the X-Vigil-* fields (after removing any that came from outside), applies the policy for the
 * verdict and hands the message on to the next hop with nodemailer's SMTP client. It answers its own
 * client only after the next hop answered: a 250 means someone else holds the message.
 *
 * No mail is lost: whatever fails (the scan, the quarantine folder, the next hop) or when too many
 * messages wait, the answer is a 4xx (the MTA keeps the message and retries), or with
 * `filter.on_error: "pass"` the message is handed on unscanned, saying so in a header.
 */
import { hostname } from 'node:os';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { isVigilError, type Verdict } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';
import { rewriteHeaders, unscannedHeaders, verdictHeaders } from './headers.js';
import { quarantineMessage, quarantineNotice } from './quarantine.js';
import { createRelay, type HostPort, type RelayEnvelope, type RelayResult } from './relay.js';
import { createMessageScanner, type ScanMessage } from './scan.js';

export interface FilterOptions {
  listen: HostPort;
  nextHop: HostPort;
  config: VigilConfig;
  /** false: rules only (`--no-model`). */
  model?: boolean;
  /** The scan; default: the library's scanner for `config` (tests inject a failing one). */
  scan?: ScanMessage;
  /** One line per message (and per failure); default: none. */
  log?: (line: string) => void;
}

/** What happened to a message; counted in `FilterHandle.stats`. */
export type FilterOutcome =
  'tagged' | 'quarantined' | 'rejected' | 'unscanned' | 'deferred' | 'refused_by_next_hop';

export interface FilterHandle {
  /** Where it listens (the port the system chose when asked for 0). */
  address: HostPort;
  stats: Record<FilterOutcome, number>;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

/** Input errors: retrying cannot help, so the message is handed on unscanned whatever on_error says. */
const INPUT_ERRORS = new Set(['E_NOT_EMAIL', 'E_EMPTY_INPUT', 'E_MBOX']);

class SmtpReply extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** At most `max` scans at once, `queue` more waiting; past that, `acquire` returns false at once. */
function createGate(max: number, queue: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async acquire(): Promise<boolean> {
      if (running < max) {
        running++;
        return true;
      }
      if (waiting.length >= queue) return false;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return true; // the slot was handed over by release()
    },
    release(): void {
      const next = waiting.shift();
      if (next) next();
      else running--;
    },
  };
}

const esc = (s: string | undefined) => JSON.stringify(s ?? '').replace(/[^\x20-\x7e]/g, '?');

export async function startFilter(opts: FilterOptions): Promise<FilterHandle> {
  const { config } = opts;
  const f = config.filter;
  const scan = opts.scan ?? createMessageScanner(config, { model: opts.model !== false });
  const log = opts.log ?? (() => undefined);
  const gate = createGate(f.max_concurrent_scans, f.max_queued);
  const stats: Record<FilterOutcome, number> = {
    tagged: 0,
    quarantined: 0,
    rejected: 0,
    unscanned: 0,
    deferred: 0,
    refused_by_next_hop: 0,
  };
  let seq = 0;

  // idle connections to the next hop are kept for the next message: one per scan slot
  const nextHop = createRelay(opts.nextHop, { timeoutMs: f.timeout_ms, maxIdle: f.max_concurrent_scans * 2 });
  const relay = (env: RelayEnvelope, message: Buffer) => nextHop.send(env, message);

  /** Scan with a wall-clock guard: a scan that never settles must not hold the SMTP session forever. */
  const scanGuarded = (raw: Buffer, target: string): Promise<Verdict> => {
    const guardMs = config.limits.time_ms * 5 + 5000;
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      scan(raw, target),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`scan did not finish within ${guardMs} ms`)), guardMs);
      }),
    ]).finally(() => clearTimeout(timer));
  };

  /** Decides and hands on one message; returns the reply for our client. */
  const handle = async (
    message: Buffer,
    env: RelayEnvelope,
    id: string,
  ): Promise<{ result: RelayResult; outcome: FilterOutcome; note: string }> => {
    const handOnUnscanned = async (why: string) => {
      const { message: out } = rewriteHeaders(message, (eol) => unscannedHeaders(why, eol));
      const result = await relay(env, out);
      return {
        result,
        outcome: result.ok ? ('unscanned' as const) : nextHopOutcome(result),
        note: `unscanned (${why})`,
      };
    };

    if (!(await gate.acquire())) {
      if (f.on_error === 'pass') return handOnUnscanned('filter overloaded');
      return {
        result: { ok: false, code: 451, text: '4.3.2 Vigil is overloaded; try again later' },
        outcome: 'deferred',
        note: 'overloaded',
      };
    }
    let verdict: Verdict;
    const scanStart = performance.now();
    try {
      // the analyzer reads at most limits.message_bytes (+1 to know it was cut, and say so in
      // `skipped`); the whole message is handed on whatever its size
      verdict = await scanGuarded(message.subarray(0, config.limits.message_bytes + 1), id);
    } catch (err) {
      const code = isVigilError(err) ? err.code : 'E_INTERNAL';
      if (INPUT_ERRORS.has(code)) return handOnUnscanned(`not analysable: ${code}`);
      log(`vigil filter: ${id}: scan failed: ${(err as Error).message.replace(/[^\x20-\x7e]/g, '?')}`);
      if (f.on_error === 'pass') return handOnUnscanned(`scan failed: ${code}`);
      return {
        result: {
          ok: false,
          code: 451,
          text: `4.3.0 Vigil could not scan the message (${code}); try again later`,
        },
        outcome: 'deferred',
        note: `scan failed ${code}`,
      };
    } finally {
      gate.release();
    }

    const action = verdict.verdict === 'clean' ? 'tag' : f.policy[verdict.verdict];
    const headers = (eol: string) => verdictHeaders(verdict, eol, { reasons: f.reasons });
    const note = `verdict=${verdict.verdict} score=${verdict.score.toFixed(3)} action=${action} scan_ms=${(performance.now() - scanStart).toFixed(1)}`;
    if (action === 'reject') {
      const why = [
        verdict.categories.join(', '),
        verdict.signals
          .slice(0, 3)
          .map((s) => s.id)
          .join(', '),
      ]
        .filter(Boolean)
        .join(': ');
      return {
        result: {
          ok: false,
          code: 550,
          text: `5.7.1 Message rejected as ${verdict.verdict} by Vigil (score ${verdict.score.toFixed(2)})${why ? `: ${why}` : ''}`,
        },
        outcome: 'rejected',
        note,
      };
    }
    const { message: tagged } = rewriteHeaders(message, headers);
    if (action === 'quarantine') {
      let qid: string;
      try {
        qid = await quarantineMessage(f.quarantine_dir!, tagged);
      } catch (err) {
        // the message was not kept: it must not be acknowledged
        log(
          `vigil filter: ${id}: quarantine failed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        );
        return {
          result: {
            ok: false,
            code: 451,
            text: '4.3.0 Vigil could not write the quarantine; try again later',
          },
          outcome: 'deferred',
          note: 'quarantine failed',
        };
      }
      if (!f.quarantine_notice)
        return {
          result: { ok: true, code: 250, text: `2.0.0 Ok: quarantined as ${qid}` },
          outcome: 'quarantined',
          note: `${note} quarantine=${qid}`,
        };
      const eol = tagged.includes('\r\n') ? '\r\n' : '\n';
      const notice = quarantineNotice(verdict, qid, { to: env.to, eol, headers: headers(eol) });
      const result = await relay(env, notice);
      // the message is safe in the quarantine whether or not the notice went out; a failed notice
      // is deferred so the recipients still learn of it (a retry quarantines a second copy)
      return {
        result,
        outcome: result.ok ? 'quarantined' : nextHopOutcome(result),
        note: `${note} quarantine=${qid}`,
      };
    }
    const result = await relay(env, tagged);
    return { result, outcome: result.ok ? 'tagged' : nextHopOutcome(result), note };
  };

  const onData = (
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (err?: Error | null, message?: string) => void,
  ) => {
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on('data', (c: Buffer) => {
      // over max_message_bytes smtp-server answers 552 itself; keep reading, stop keeping
      if (total + c.length <= f.max_message_bytes) chunks.push(c);
      total += c.length;
    });
    stream.on('end', () => {
      // never truncated and handed on: refused, and the sender's MTA bounces it with the reason
      if (stream.sizeExceeded || total > f.max_message_bytes) {
        return callback(
          new SmtpReply(
            552,
            `5.3.4 Message of ${total} bytes exceeds the filter's limit of ${f.max_message_bytes} bytes (filter.max_message_bytes)`,
          ),
        );
      }
      const message = Buffer.concat(chunks);
      const env: RelayEnvelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        eightBit: (session.envelope as { bodyType?: string }).bodyType === '8bitmime',
      };
      const id = `smtp:${session.id}.${++seq}`;
      const t0 = performance.now();
      handle(message, env, id)
        .catch((err: Error) => ({
          result: { ok: false, code: 451, text: '4.3.0 Vigil failed; try again later' },
          outcome: 'deferred' as const,
          note: `internal error: ${err.message}`,
        }))
        .then(({ result, outcome, note }) => {
          stats[outcome]++;
          log(
            `vigil filter: ${id} message-id=${esc(messageId(message))} from=<${esc(env.from).slice(1, -1)}> rcpts=${env.to.length} bytes=${message.length} ${note} reply=${result.code} ms=${(performance.now() - t0).toFixed(1)}`,
          );
          if (result.ok) callback(null, result.text);
          else callback(new SmtpReply(result.code, result.text));
        });
    });
  };

  const server = new SMTPServer({
    name: hostname(),
    banner: 'Vigil mail filter',
    // a loopback hop between two parts of the MTA: no AUTH, no TLS
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    // our replies carry their own enhanced codes (5.7.1 policy, 4.3.2 overloaded)
    hideENHANCEDSTATUSCODES: true,
    // DSN parameters are not handed on: without the keyword the MTA keeps DSN duty itself
    hideDSN: true,
    size: f.max_message_bytes,
    maxClients: f.max_clients,
    socketTimeout: f.timeout_ms,
    closeTimeout: 1000,
    // the client is the local MTA: a reverse DNS lookup per connection only adds delay (and
    // seconds of it where DNS is unreachable)
    disableReverseLookup: true,
    logger: false,
    onData,
  });
  server.on('error', (err) => log(`vigil filter: server error: ${err.message}`));

  await new Promise<void>((resolve, reject) => {
    const onErr = (err: Error) => reject(err);
    server.server.once('error', onErr);
    server.listen(opts.listen.port, opts.listen.host, () => {
      server.server.off('error', onErr);
      resolve();
    });
  });
  const addr = server.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.listen.port;

  return {
    address: { host: opts.listen.host, port },
    stats,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          nextHop.close();
          resolve();
        }),
      ),
  };
}

function nextHopOutcome(r: RelayResult): FilterOutcome {
  return r.code >= 500 ? 'refused_by_next_hop' : 'deferred';
}

/** The Message-ID for the log line, from the header block (bounded). */
function messageId(message: Buffer): string {
  const head = message.subarray(0, 64 * 1024).toString('latin1');
  const m = /^message-id[ \t]*:[ \t]*([^\r\n]*)/im.exec(head.split(/\r?\n\r?\n/, 1)[0] ?? '');
  return (m?.[1] ?? '').trim().slice(0, 200);
}
