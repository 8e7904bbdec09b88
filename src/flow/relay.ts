/**
 * Hands a message on to the next hop (Postfix's re-injection smtpd) with nodemailer's SMTP client.
 * The filter answers its own client only after the next hop has answered, so a message is never
 * acknowledged before someone else has taken responsibility for it.
 */
import { hostname } from 'node:os';
import SMTPConnection from 'nodemailer/lib/smtp-connection';

export interface HostPort {
  host: string;
  port: number;
}

export interface RelayEnvelope {
  /** '' for the null sender (bounces: `MAIL FROM:<>`). */
  from: string;
  to: string[];
  /** BODY=8BITMIME was given to the filter: hand it on the same way. */
  eightBit: boolean;
}

/** What the next hop answered: `code` is the SMTP reply code to give our own client. */
export interface RelayResult {
  ok: boolean;
  code: number;
  /** One line for the SMTP reply and the log (the next hop's own words where it gave some). */
  text: string;
}

export interface RelayOptions {
  /** Connect, greeting and per-command timeout. */
  timeoutMs: number;
}

function oneLine(s: string | undefined): string {
  return (s ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .slice(0, 300);
}

/** Hands messages to one next hop, reusing idle connections (no connect, greeting and EHLO per message). */
export interface Relay {
  send(env: RelayEnvelope, message: Buffer): Promise<RelayResult>;
  /** Closes the idle connections. */
  close(): void;
}

interface Idle {
  conn: SMTPConnection;
  timer: NodeJS.Timeout;
  onEnd: () => void;
}

/** Idle connections are closed after this long (Postfix's smtpd waits 300 s for a command). */
const IDLE_MS = 10_000;

export function createRelay(to: HostPort, opts: RelayOptions & { maxIdle: number }): Relay {
  const idle: Idle[] = [];
  let closed = false;
  const take = (): SMTPConnection | null => {
    const i = idle.pop();
    if (!i) return null;
    clearTimeout(i.timer);
    i.conn.off('end', i.onEnd);
    return i.conn;
  };
  const putBack = (conn: SMTPConnection) => {
    if (closed || idle.length >= opts.maxIdle) return conn.quit();
    const entry: Idle = {
      conn,
      timer: setTimeout(() => drop(entry, true), IDLE_MS),
      onEnd: () => drop(entry, false),
    };
    entry.timer.unref();
    // the next hop closed it while idle (its own timeout, a restart): forget it
    conn.once('end', entry.onEnd);
    idle.push(entry);
  };
  const drop = (entry: Idle, quit: boolean) => {
    const k = idle.indexOf(entry);
    if (k >= 0) idle.splice(k, 1);
    clearTimeout(entry.timer);
    entry.conn.off('end', entry.onEnd);
    if (quit) entry.conn.quit();
    else entry.conn.close();
  };
  return {
    async send(env, message) {
      const reused = take();
      if (reused) {
        const r = await sendOn(reused, to, env, message);
        // a reused connection the next hop closed meanwhile: once more on a fresh one (a reply
        // lost after the message was taken could mean a second copy; never a lost one)
        if (!r.result.ok && r.connectionFailed) return (await sendFresh()).result;
        if (r.reusable) putBack(reused);
        return r.result;
      }
      return (await sendFresh()).result;

      async function sendFresh() {
        const conn = await openConnection(to, opts);
        if ('result' in conn) return { ...conn, connectionFailed: true, reusable: false };
        const r = await sendOn(conn.conn, to, env, message);
        if (r.reusable) putBack(conn.conn);
        return r;
      }
    },
    close() {
      closed = true;
      for (const e of [...idle]) drop(e, true);
    },
  };
}

function failure(to: HostPort, err: SMTPConnection.SMTPError | undefined, what: string): RelayResult {
  const code = err?.responseCode;
  if (code && code >= 500)
    return { ok: false, code, text: `5.0.0 next hop refused the message: ${oneLine(err?.response)}` };
  if (code && code >= 400)
    return { ok: false, code: 451, text: `4.3.0 next hop deferred the message: ${oneLine(err?.response)}` };
  return {
    ok: false,
    code: 451,
    text: `4.4.1 next hop ${to.host}:${to.port} ${what}: ${oneLine(err?.message ?? err?.code)}`,
  };
}

function openConnection(
  to: HostPort,
  opts: RelayOptions,
): Promise<{ conn: SMTPConnection } | { result: RelayResult }> {
  return new Promise((resolve) => {
    const conn = new SMTPConnection({
      host: to.host,
      port: to.port,
      name: hostname(),
      // loopback to the MTA's own re-injection service; TLS there protects nothing
      ignoreTLS: true,
      connectionTimeout: opts.timeoutMs,
      greetingTimeout: opts.timeoutMs,
      socketTimeout: opts.timeoutMs,
    });
    let settled = false;
    // an idle connection's later errors (the server closing it) must not be unhandled
    conn.on('error', (err: SMTPConnection.SMTPError) => {
      if (settled) return;
      settled = true;
      conn.close();
      resolve({ result: failure(to, err, 'unreachable') });
    });
    conn.connect((err) => {
      if (settled) return;
      settled = true;
      if (err) {
        conn.close();
        return resolve({ result: failure(to, err, 'unreachable') });
      }
      resolve({ conn });
    });
  });
}

/**
 * One transaction on an open connection. Partial acceptance (some recipients refused) is answered
 * with a 4xx: Postfix then retries all recipients, so those already accepted may get a second
 * copy; a 250 would have lost the refused ones without a bounce.
 */
function sendOn(
  conn: SMTPConnection,
  to: HostPort,
  env: RelayEnvelope,
  message: Buffer,
): Promise<{ result: RelayResult; reusable: boolean; connectionFailed: boolean }> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: RelayResult, reusable: boolean, connectionFailed = false) => {
      if (settled) return;
      settled = true;
      conn.off('error', onError);
      conn.off('end', onEnd);
      if (!reusable) conn.close();
      resolve({ result, reusable, connectionFailed });
    };
    const onError = (err: SMTPConnection.SMTPError) =>
      done(failure(to, err, 'failed'), false, !err.responseCode);
    const onEnd = () => done(failure(to, undefined, 'closed the connection'), false, true);
    conn.on('error', onError);
    conn.once('end', onEnd);
    conn.send(
      {
        from: env.from,
        to: env.to,
        ...(env.eightBit ? { use8BitMime: true } : {}),
        size: message.length,
      } as SMTPConnection.Envelope,
      message,
      (err, info) => {
        if (err) return done(failure(to, err, 'failed'), false, !err.responseCode);
        if (info.rejected.length) {
          return done(
            {
              ok: false,
              code: 451,
              text: `4.3.0 next hop refused ${info.rejected.length} of ${env.to.length} recipients; retry`,
            },
            false,
          );
        }
        done({ ok: true, code: 250, text: `2.0.0 Ok: ${oneLine(info.response)}` }, true);
      },
    );
  });
}

/** Sends one message on a fresh connection (no reuse). */
export async function relayMessage(
  to: HostPort,
  env: RelayEnvelope,
  message: Buffer,
  opts: RelayOptions,
): Promise<RelayResult> {
  const relay = createRelay(to, { ...opts, maxIdle: 0 });
  try {
    return await relay.send(env, message);
  } finally {
    relay.close();
  }
}
