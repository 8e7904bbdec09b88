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
  return (s ?? '').replace(/[\r\n]+/g, ' ').replace(/[^\x20-\x7e]/g, '?').slice(0, 300);
}

/**
 * Sends one message on a fresh connection. Partial acceptance (some recipients refused) is
 * answered with a 4xx: Postfix then retries all recipients, so those already accepted may get a
 * second copy; a 250 would have lost the refused ones without a bounce.
 */
export function relayMessage(to: HostPort, env: RelayEnvelope, message: Buffer, opts: RelayOptions): Promise<RelayResult> {
  return new Promise((resolve) => {
    let settled = false;
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
    const done = (r: RelayResult) => {
      if (settled) return;
      settled = true;
      if (r.ok) conn.quit();
      else conn.close();
      resolve(r);
    };
    // an SMTP error has responseCode when the next hop answered, none when the connection failed
    const failed = (err: SMTPConnection.SMTPError | undefined, what: string) => {
      const code = err?.responseCode;
      if (code && code >= 500) done({ ok: false, code, text: `5.0.0 next hop refused the message: ${oneLine(err?.response)}` });
      else if (code && code >= 400) done({ ok: false, code: 451, text: `4.3.0 next hop deferred the message: ${oneLine(err?.response)}` });
      else done({ ok: false, code: 451, text: `4.4.1 next hop ${to.host}:${to.port} ${what}: ${oneLine(err?.message ?? err?.code)}` });
    };
    conn.once('error', (err: SMTPConnection.SMTPError) => failed(err, 'failed'));
    conn.connect((err) => {
      if (err) return failed(err, 'unreachable');
      conn.send({ from: env.from, to: env.to, ...(env.eightBit ? { use8BitMime: true } : {}), size: message.length } as SMTPConnection.Envelope, message, (err2, info) => {
        if (err2) return failed(err2, 'failed');
        if (info.rejected.length) {
          return done({ ok: false, code: 451, text: `4.3.0 next hop refused ${info.rejected.length} of ${env.to.length} recipients; retry` });
        }
        done({ ok: true, code: 250, text: `2.0.0 Ok: ${oneLine(info.response)}` });
      });
    });
  });
}
